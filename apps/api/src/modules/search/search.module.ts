import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { DealModule } from '../deal/deal.module.js';
import { KnowledgeFlowModule } from '../knowledge-flow/knowledge-flow.module.js';
import { UserModule } from '../user/user.module.js';
import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({
  imports: [AssetModule, DealModule, UserModule, KnowledgeFlowModule],
  providers: [SearchRepository, SearchService, SearchResolver],
})
export class SearchModule {}
