import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { UserModule } from '../user/user.module.js';
import { PeriodCloseRepository } from './period-close.repository.js';
import { PeriodCloseResolver } from './period-close.resolver.js';
import { PeriodCloseService } from './period-close.service.js';
import { PeriodSnapshotController } from './period-snapshot.controller.js';

/** Closing fiscal quarters, with a verifiable snapshot of each closed quarter's leaderboard. */
@Module({
  imports: [CreditModule, UserModule],
  controllers: [PeriodSnapshotController],
  providers: [PeriodCloseService, PeriodCloseRepository, PeriodCloseResolver],
})
export class PeriodCloseModule {}
