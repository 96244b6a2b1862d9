import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { UserModule } from '../user/user.module.js';
import { AssetEndorsementsResolver, EndorsementResolver } from './endorsement.resolver.js';
import { EndorsementRepository } from './endorsement.repository.js';
import { EndorsementService } from './endorsement.service.js';

@Module({
  imports: [AssetModule, CreditModule, UserModule],
  providers: [EndorsementRepository, EndorsementService, EndorsementResolver, AssetEndorsementsResolver],
  exports: [EndorsementRepository],
})
export class EndorsementModule {}
