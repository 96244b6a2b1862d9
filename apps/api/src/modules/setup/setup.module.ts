import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { DealModule } from '../deal/deal.module.js';
import { ReuseModule } from '../reuse/reuse.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TeamModule } from '../team/team.module.js';
import { WinLossAnalysisModule } from '../win-loss/win-loss-analysis.module.js';
import { DemoActivity } from './demo-activity.js';
import { DemoDeals } from './demo-deals.js';
import { SetupRepository } from './setup.repository.js';
import { SetupService } from './setup.service.js';

@Module({
  imports: [TeamModule, TaxonomyModule, CreditModule, ReuseModule, DealModule, WinLossAnalysisModule],
  providers: [SetupService, SetupRepository, DemoActivity, DemoDeals],
  exports: [SetupService],
})
export class SetupModule {}
