import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { ReportController } from './report.controller.js';
import { ReportPdfRenderer } from './report-pdf.js';
import { ReportRepository } from './report.repository.js';
import { ReportResolver } from './report.resolver.js';
import { ReportService } from './report.service.js';

/** Authorship reports per person and team and period, with CSV export. */
@Module({
  imports: [CreditModule, UserModule, TeamModule],
  controllers: [ReportController],
  providers: [ReportRepository, ReportService, ReportResolver, ReportPdfRenderer],
  // People's profiles read the same engagement statement.
  exports: [ReportRepository],
})
export class ReportModule {}
