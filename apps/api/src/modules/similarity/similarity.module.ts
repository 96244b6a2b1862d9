import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { SimilarityRepository } from './similarity.repository.js';
import { SimilarityResolver } from './similarity.resolver.js';
import { SimilarityService } from './similarity.service.js';

@Module({
  imports: [AssetModule, CreditModule],
  providers: [SimilarityRepository, SimilarityService, SimilarityResolver],
  exports: [SimilarityService],
})
export class SimilarityModule {}
