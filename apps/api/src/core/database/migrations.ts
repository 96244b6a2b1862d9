import { Init1795755590450 } from '../../../../../migrations/1795755590450-init.js';
import { Content1795756478234 } from '../../../../../migrations/1795756478234-content.js';
import { Deals1795756751957 } from '../../../../../migrations/1795756751957-deals.js';
import { Credit1795757069927 } from '../../../../../migrations/1795757069927-credit.js';
import { WinLossAnalyses1795759374574 } from '../../../../../migrations/1795759374574-win-loss-analyses.js';
import { ReportIndexes1795760286658 } from '../../../../../migrations/1795760286658-report-indexes.js';
import { DealAuditAndReplay1795800000000 } from '../../../../../migrations/1795800000000-deal-audit-and-replay.js';
import { AssetVersionVisibility1795810000000 } from '../../../../../migrations/1795810000000-asset-version-visibility.js';
import { CreditChain1795820000000 } from '../../../../../migrations/1795820000000-credit-chain.js';
import { ApplicationRole1795820000001 } from '../../../../../migrations/1795820000001-application-role.js';
import { DealReversalRollups1795860000000 } from '../../../../../migrations/1795860000000-deal-reversal-rollups.js';
import { ForeignKeys1795900000000 } from '../../../../../migrations/1795900000000-foreign-keys.js';
import { ScoringPolicyV21796000000000 } from '../../../../../migrations/1796000000000-scoring-policy-v2.js';
import { ShareLinks1796100000000 } from '../../../../../migrations/1796100000000-share-links.js';
import { EmbedTokenUses1796200000000 } from '../../../../../migrations/1796200000000-embed-token-uses.js';
import { Templates1796300000000 } from '../../../../../migrations/1796300000000-templates.js';
import { Files1796400000000 } from '../../../../../migrations/1796400000000-files.js';
import { Similarity1796500000000 } from '../../../../../migrations/1796500000000-similarity.js';
import { Comments1796600000000 } from '../../../../../migrations/1796600000000-comments.js';
import { NotificationDigests1796700000000 } from '../../../../../migrations/1796700000000-notification-digests.js';
import { OidcIdentities1796800000000 } from '../../../../../migrations/1796800000000-oidc-identities.js';
import { Questions1796900000000 } from '../../../../../migrations/1796900000000-questions.js';
import { Verification1797000000000 } from '../../../../../migrations/1797000000000-verification.js';
import { SearchGaps1797200000000 } from '../../../../../migrations/1797200000000-search-gaps.js';
import { CoauthorshipConsentAndApproval1797100000000 } from '../../../../../migrations/1797100000000-coauthorship-consent-and-approval.js';
import { SearchScale1797400000000 } from '../../../../../migrations/1797400000000-search-scale.js';

// Every migration, in order. Listed explicitly so the same build runs from src/ and dist/ without globbing.
export const MIGRATIONS = [
  Init1795755590450,
  Content1795756478234,
  Deals1795756751957,
  Credit1795757069927,
  WinLossAnalyses1795759374574,
  ReportIndexes1795760286658,
  DealAuditAndReplay1795800000000,
  AssetVersionVisibility1795810000000,
  CreditChain1795820000000,
  ApplicationRole1795820000001,
  DealReversalRollups1795860000000,
  ForeignKeys1795900000000,
  ScoringPolicyV21796000000000,
  ShareLinks1796100000000,
  EmbedTokenUses1796200000000,
  Templates1796300000000,
  Files1796400000000,
  Similarity1796500000000,
  Comments1796600000000,
  NotificationDigests1796700000000,
  OidcIdentities1796800000000,
  Questions1796900000000,
  Verification1797000000000,
  CoauthorshipConsentAndApproval1797100000000,
  SearchGaps1797200000000,
  SearchScale1797400000000,
];
