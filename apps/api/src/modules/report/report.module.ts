import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { ReportRepository } from './report.repository.js';
import { ReportResolver } from './report.resolver.js';
import { ReportService } from './report.service.js';

/** Authorship reports per person and team and period, with CSV export. */
@Module({
  imports: [CreditModule, UserModule, TeamModule],
  providers: [ReportRepository, ReportService, ReportResolver],
  // People's profiles read the same engagement statement.
  exports: [ReportRepository],
})
export class ReportModule {}
