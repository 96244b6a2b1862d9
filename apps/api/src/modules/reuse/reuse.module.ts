import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { UserModule } from '../user/user.module.js';
import { AssetStatsResolver, ReuseResolver } from './reuse.resolver.js';
import { ReuseRepository } from './reuse.repository.js';
import { ReuseService } from './reuse.service.js';

@Module({
  imports: [CreditModule, UserModule],
  providers: [ReuseRepository, ReuseService, ReuseResolver, AssetStatsResolver],
  exports: [ReuseRepository],
})
export class ReuseModule {}
