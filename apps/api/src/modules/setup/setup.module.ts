import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { AuthorshipModule } from '../authorship/authorship.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { DealModule } from '../deal/deal.module.js';
import { EndorsementModule } from '../endorsement/endorsement.module.js';
import { ReuseModule } from '../reuse/reuse.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { WinLossAnalysisModule } from '../win-loss/win-loss-analysis.module.js';
import { DemoActivity } from './demo-activity.js';
import { DemoDeals } from './demo-deals.js';
import { SetupRepository } from './setup.repository.js';
import { NotificationModule } from '../notification/notification.module.js';
import { SimilarityModule } from '../similarity/similarity.module.js';
import { SetupService } from './setup.service.js';

@Module({
  imports: [
    TeamModule,
    UserModule,
    TaxonomyModule,
    AssetModule,
    AuthorshipModule,
    EndorsementModule,
    CreditModule,
    ReuseModule,
    DealModule,
    WinLossAnalysisModule,
    SimilarityModule,
    NotificationModule,
  ],
  providers: [SetupService, SetupRepository, DemoActivity, DemoDeals],
  exports: [SetupService],
})
export class SetupModule {}
