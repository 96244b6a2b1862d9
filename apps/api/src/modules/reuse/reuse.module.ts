import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { UserModule } from '../user/user.module.js';
import { AssetStatsResolver, ReuseResolver } from './reuse.resolver.js';
import { ReuseService } from './reuse.service.js';

@Module({
  imports: [AssetModule, CreditModule, UserModule],
  providers: [ReuseService, ReuseResolver, AssetStatsResolver],
})
export class ReuseModule {}
