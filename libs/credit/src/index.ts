export { computeCredit, endorsementReason } from './compute.js';
export {
  dealDateProblem,
  dealWonMove,
  EARLIEST_DEAL_DATE,
  usedAfterClose,
  type DealOutcomeKind,
  type DealWonMove,
} from './deal.js';
export { lineageAmounts } from './lineage.js';
export {
  fiscalYearOf,
  isSupportedInstant,
  periodContaining,
  periodKeysContaining,
  PERIOD_KINDS,
  type Period,
  type PeriodKey,
  type PeriodKind,
} from './period.js';
export {
  assertValidPolicy,
  ENDORSEMENT_KINDS,
  InvalidPolicyError,
  POLICY_V1,
  REUSE_KINDS,
  validatePolicy,
  type EndorsementKind,
  type PolicyFieldError,
  type PolicyValidation,
  type ReuseKind,
  type ScoringPolicy,
} from './policy.js';
export {
  LeaderboardMetricKey,
  REUSE_COUNTED,
  rollupDeltas,
  type RollupDelta,
  type RollupEntry,
  type RollupEvent,
} from './rollups.js';
export { ACTOR_CAPPED_TYPES, usageFrom, utcDay, type UsageEntry, type UsageEvent } from './usage.js';
export { splitByShares, splitEqually, type Allocation, type AuthorShare, type Portion } from './split.js';
export {
  CREDIT_REASONS,
  CreditInputError,
  type AdaptedEvent,
  type AssetFacts,
  type CapCode,
  type CreditContext,
  type CreditEntry,
  type CreditEvent,
  type CreditNote,
  type CreditNoteCode,
  type CreditReason,
  type CreditResult,
  type CreditRule,
  type CreditedReuseKind,
  type DealWonEvent,
  type DealWonReversedEvent,
  type EndorsedEvent,
  type EndorsementWithdrawnEvent,
  type EntryCap,
  type PublishedEvent,
  type ReuseEvent,
  type UsageDelta,
  type UsageSoFar,
} from './types.js';
