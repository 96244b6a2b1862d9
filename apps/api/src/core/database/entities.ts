import { AssetVersionEntity } from '../../modules/asset/asset-version.entity.js';
import { AssetEntity } from '../../modules/asset/asset.entity.js';
import { AttachmentEntity } from '../../modules/attachment/attachment.entity.js';
import { AuthorshipDeclineEntity, AuthorshipEntity } from '../../modules/authorship/authorship.entity.js';
import { ApprovalSettingsEntity, AssetApprovalEntity } from '../../modules/approval/approval.entity.js';
import { AccountEntity } from '../../modules/deal/account.entity.js';
import { DealAuditEntryEntity } from '../../modules/deal/deal-audit-entry.entity.js';
import { DealEntity } from '../../modules/deal/deal.entity.js';
import { WebhookDeliveryEntity } from '../../modules/deal/webhook-delivery.entity.js';
import { ClosedPeriodEntity } from '../../modules/credit/closed-period.entity.js';
import { CreditEntryEntity } from '../../modules/credit/credit-entry.entity.js';
import { CreditEventEntity } from '../../modules/credit/credit-event.entity.js';
import { CreditRollupEntity } from '../../modules/credit/credit-rollup.entity.js';
import { ScoringPolicyEntity } from '../../modules/credit/scoring-policy.entity.js';
import { EmbedTokenUseEntity } from '../../modules/embed/embed-token-use.entity.js';
import { EndorsementEntity } from '../../modules/endorsement/endorsement.entity.js';
import { FollowEntity } from '../../modules/follow/follow.entity.js';
import { NotificationDigestEntity } from '../../modules/notification/notification-digest.entity.js';
import { NotificationEntity } from '../../modules/notification/notification.entity.js';
import { NotificationSettingsEntity } from '../../modules/notification/notification-settings.entity.js';
import { ReuseEventEntity } from '../../modules/reuse/reuse-event.entity.js';
import { ShareLinkEntity } from '../../modules/share/share-link.entity.js';
import { ShareSessionEntity } from '../../modules/share/share-session.entity.js';
import { FileExtractionEntity } from '../../modules/file/file-extraction.entity.js';
import { FilePageEntity } from '../../modules/file/file-page.entity.js';
import { ShareSettingsEntity } from '../../modules/share/share-settings.entity.js';
import { TaxonomyTermEntity } from '../../modules/taxonomy/taxonomy-term.entity.js';
import { TemplatePersonalisationEntity } from '../../modules/template/template.entity.js';
import { TeamEntity } from '../../modules/team/team.entity.js';
import { UserEntity } from '../../modules/user/user.entity.js';
import { WinLossAnalysisEntity } from '../../modules/win-loss/win-loss-analysis.entity.js';
import { WinLossReasonEntity } from '../../modules/win-loss/win-loss-reason.entity.js';
import { UserIdentityEntity } from '../../modules/sso/user-identity.entity.js';
import {
  AttributionReviewEntity,
  SimilarityBandEntity,
  SimilarityMatchEntity,
  SimilaritySignatureEntity,
} from '../../modules/similarity/similarity.entity.js';
import { CommentEntity, CommentMentionEntity, CommentRevisionEntity } from '../../modules/comment/comment.entity.js';
import { QuestionEntity, QuestionExpertEntity } from '../../modules/question/question.entity.js';
import {
  AssetVerificationEntity,
  AssetVerificationStateEntity,
  ReviewDueNoticeEntity,
  ReviewIntervalEntity,
} from '../../modules/verification/verification.entity.js';
import { SearchGapEntity } from '../../modules/knowledge-flow/search-gap.entity.js';

export const ENTITIES = [
  UserEntity,
  TeamEntity,
  AssetEntity,
  AssetVersionEntity,
  AuthorshipEntity,
  AttachmentEntity,
  FollowEntity,
  TaxonomyTermEntity,
  AccountEntity,
  DealEntity,
  DealAuditEntryEntity,
  WebhookDeliveryEntity,
  CreditEventEntity,
  CreditEntryEntity,
  CreditRollupEntity,
  ScoringPolicyEntity,
  ClosedPeriodEntity,
  ReuseEventEntity,
  EndorsementEntity,
  WinLossReasonEntity,
  WinLossAnalysisEntity,
  ShareLinkEntity,
  ShareSessionEntity,
  ShareSettingsEntity,
  FileExtractionEntity,
  FilePageEntity,
  NotificationEntity,
  NotificationSettingsEntity,
  NotificationDigestEntity,
  EmbedTokenUseEntity,
  TemplatePersonalisationEntity,
  SimilaritySignatureEntity,
  SimilarityBandEntity,
  SimilarityMatchEntity,
  AttributionReviewEntity,
  UserIdentityEntity,
  CommentEntity,
  CommentRevisionEntity,
  CommentMentionEntity,
  QuestionEntity,
  QuestionExpertEntity,
  ReviewIntervalEntity,
  AssetVerificationStateEntity,
  AssetVerificationEntity,
  ReviewDueNoticeEntity,
  SearchGapEntity,
  AuthorshipDeclineEntity,
  ApprovalSettingsEntity,
  AssetApprovalEntity,
];
