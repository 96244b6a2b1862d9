import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { UserModule } from '../user/user.module.js';
import { RingResolver } from './ring.resolver.js';
import { RingService } from './ring.service.js';

/** Credit rings: people who mostly credit each other, flagged for an admin's review. */
@Module({ imports: [CreditModule, UserModule], providers: [RingService, RingResolver] })
export class RingModule {}
