import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { UserModule } from '../user/user.module.js';
import { RingRepository } from './ring.repository.js';
import { RingResolver } from './ring.resolver.js';
import { RingService } from './ring.service.js';

/** Review flags: credit rings (people who mostly credit each other) and credit spikes, for an admin's review. */
@Module({ imports: [AssetModule, CreditModule, UserModule], providers: [RingRepository, RingService, RingResolver] })
export class RingModule {}
