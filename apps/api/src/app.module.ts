import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { CoreModule } from './core/core.module.js';
import type { CoreOptions } from './core/core.module.js';
import { AccessModule } from './modules/access/access.module.js';
import { AssetModule } from './modules/asset/asset.module.js';
import { AttachmentModule } from './modules/attachment/attachment.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CommentModule } from './modules/comment/comment.module.js';
import { QuestionModule } from './modules/question/question.module.js';
import { CreditModule } from './modules/credit/credit.module.js';
import { EmbedModule } from './modules/embed/embed.module.js';
import { EndorsementModule } from './modules/endorsement/endorsement.module.js';
import { KnowledgeFlowModule } from './modules/knowledge-flow/knowledge-flow.module.js';
import { LeaderboardModule } from './modules/leaderboard/leaderboard.module.js';
import { PeriodCloseModule } from './modules/period-close/period-close.module.js';
import { ReportModule } from './modules/report/report.module.js';
import { RingModule } from './modules/ring/ring.module.js';
import { ReuseModule } from './modules/reuse/reuse.module.js';
import { PeopleModule } from './modules/people/people.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { CrmImportModule } from './modules/crm-import/crm-import.module.js';
import { DealModule } from './modules/deal/deal.module.js';
import { FileModule } from './modules/file/file.module.js';
import { FollowModule } from './modules/follow/follow.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { NotificationModule } from './modules/notification/notification.module.js';
import { ShareModule } from './modules/share/share.module.js';
import { ApprovalModule } from './modules/approval/approval.module.js';
import { SetupModule } from './modules/setup/setup.module.js';
import { SimilarityModule } from './modules/similarity/similarity.module.js';
import { SsoModule } from './modules/sso/sso.module.js';
import { SuggestionModule } from './modules/suggestion/suggestion.module.js';
import { TeamModule } from './modules/team/team.module.js';
import { TemplateModule } from './modules/template/template.module.js';
import { UserModule } from './modules/user/user.module.js';
import { VerificationModule } from './modules/verification/verification.module.js';
import { WinLossModule } from './modules/win-loss/win-loss.module.js';

@Module({})
export class AppModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        AuthModule,
        SsoModule,
        UserModule,
        TeamModule,
        SetupModule,
        TaxonomyModule,
        AssetModule,
        AttachmentModule,
        FileModule,
        TemplateModule,
        SimilarityModule,
        FollowModule,
        CreditModule,
        ReuseModule,
        EndorsementModule,
        LeaderboardModule,
        DealModule,
        CrmImportModule,
        WinLossModule,
        SuggestionModule,
        VerificationModule,
        ReportModule,
        KnowledgeFlowModule,
        PeriodCloseModule,
        RingModule,
        NotificationModule,
        ShareModule,
        ApprovalModule,
        EmbedModule,
        AccessModule,
        SearchModule,
        PeopleModule,
        CommentModule,
        QuestionModule,
      ],
    };
  }
}
