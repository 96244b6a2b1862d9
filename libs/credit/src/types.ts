import type { AnswerRule, EndorsementKind, ReuseKind, ShareLinkRule } from './policy.js';
import type { AuthorShare } from './split.js';

/** An asset as the credit rules see it: who authored it with which share, and what it was adapted from. */
export interface AssetFacts {
  readonly assetId: string;
  readonly authors: readonly AuthorShare[];
  /** The asset this one was derived (adapted) from; absent or null for an original. */
  readonly parentAssetId?: string | null;
}

interface EventBase {
  /** Id of the recorded event; every entry it produces carries it as its source. */
  readonly eventId: string;
  readonly actorId: string;
  readonly occurredAt: Date;
}

/** First publication of an asset: credit goes to its own authors, the actor included. */
export interface PublishedEvent extends EventBase {
  readonly kind: 'PUBLISHED';
  readonly assetId: string;
}

/** ADAPT is not a REUSE kind here: it is credited by the ADAPTED event when the derived asset is published. */
export type CreditedReuseKind = Exclude<ReuseKind, 'ADAPT'>;

export interface ReuseEvent extends EventBase {
  readonly kind: 'REUSE';
  readonly assetId: string;
  readonly reuseKind: CreditedReuseKind;
  /** For USED_IN_DEAL: when the deal closed, if it had when the reuse was recorded (see `usedAfterClose`). */
  readonly dealClosedAt?: Date | null;
  /**
   * For SHARE_WITH_CUSTOMER: the share was a share link Byline created (worth `shareLink.created`), not a
   * self-reported share (worth `reuse.SHARE_WITH_CUSTOMER`). Both are the same reuse kind for the repeat rule.
   */
  readonly viaShareLink?: boolean;
}

/**
 * The first counted buyer session on a share link: the evidence that tops up the shared asset's credit
 * (`shareLink.firstBuyerSession`). `actorId` is the sharer, so the sharer's own assets earn nothing and the
 * sharer's daily cap towards each author applies.
 */
export interface ShareViewedEvent extends EventBase {
  readonly kind: 'SHARE_VIEWED';
  readonly assetId: string;
  readonly shareLinkId: string;
  readonly shareSessionId: string;
}

/**
 * A template was personalised for a deal: `assetId` is the template, whose authors earn `reuse.ADAPT`;
 * `derivedAssetId` is the personalised copy. The caller credits it once per actor, template and deal.
 */
export interface TemplatePersonalisedEvent extends EventBase {
  readonly kind: 'TEMPLATE_PERSONALISED';
  readonly assetId: string;
  readonly derivedAssetId: string;
  readonly dealId: string;
}

/**
 * The asker (`actorId`) accepted an answer to their question: its writer earns `answer.accepted`. It is about no
 * asset, so its entries name none (empty ids) and no lineage applies. The caller credits it once per question.
 */
export interface AnswerAcceptedEvent extends EventBase {
  readonly kind: 'ANSWER_ACCEPTED';
  readonly questionId: string;
  readonly answerId: string;
  readonly answererId: string;
}

/** A derived asset was published; `assetId` is the parent that was adapted, whose authors earn the credit. */
export interface AdaptedEvent extends EventBase {
  readonly kind: 'ADAPTED';
  readonly assetId: string;
  readonly derivedAssetId: string;
}

export interface EndorsedEvent extends EventBase {
  readonly kind: 'ENDORSED';
  readonly assetId: string;
  readonly endorsementKind: EndorsementKind;
}

/** Reverses the entries the endorsement created (`CreditContext.priorEntries`). */
export interface EndorsementWithdrawnEvent extends EventBase {
  readonly kind: 'ENDORSEMENT_WITHDRAWN';
  readonly assetId: string;
  readonly endorsementKind: EndorsementKind;
}

/** A deal closed WON; `actorId` is the deal's owner, `usedAssetIds` every asset recorded USED_IN_DEAL for it. */
export interface DealWonEvent extends EventBase {
  readonly kind: 'DEAL_WON';
  readonly dealId: string;
  readonly usedAssetIds: readonly string[];
}

/** A won deal left WON; reverses the entries of its standing DEAL_WON award (`CreditContext.priorEntries`). */
export interface DealWonReversedEvent extends EventBase {
  readonly kind: 'DEAL_WON_REVERSED';
  readonly dealId: string;
}

export type CreditEvent =
  | PublishedEvent
  | ReuseEvent
  | AdaptedEvent
  | EndorsedEvent
  | EndorsementWithdrawnEvent
  | DealWonEvent
  | DealWonReversedEvent
  | ShareViewedEvent
  | TemplatePersonalisedEvent
  | AnswerAcceptedEvent;

/** What the caller already counted today (UTC) and recently, for the caps. Missing means none. */
export interface UsageSoFar {
  /**
   * When the actor last made the same reuse of the same asset: a REUSE of the same kind, an ADAPTED, a SHARE_VIEWED,
   * or a TEMPLATE_PERSONALISED for the same deal (see `usageFrom`).
   */
  readonly previousSameReuseAt?: Date | null;
  /** Points the actor already gave each beneficiary today from reuse, ADAPT, endorsements and accepted answers. */
  readonly givenTodayByActor?: Readonly<Record<string, number>>;
  /** Endorsement points (lineage included) each beneficiary already earned today. */
  readonly endorsementPointsToday?: Readonly<Record<string, number>>;
  /** Publications already credited to each author today. */
  readonly publicationsToday?: Readonly<Record<string, number>>;
}

export interface CreditContext {
  /** The event's asset(s) and their ancestors, up to `policy.lineage.maxGenerations` up; any order. */
  readonly assets?: readonly AssetFacts[];
  readonly usage?: UsageSoFar;
  /** For ENDORSEMENT_WITHDRAWN and DEAL_WON_REVERSED: the entries of the event being reversed. */
  readonly priorEntries?: readonly CreditEntry[];
}

export const CREDIT_REASONS = [
  'PUBLISHED',
  'REUSED_COPY',
  'SHARED_WITH_CUSTOMER',
  'USED_IN_DEAL',
  'ADAPTED',
  'DEAL_WON',
  'ENDORSED_HELPFUL',
  'ENDORSED_HELPED_WIN',
  'ENDORSED_VERIFIED',
  'LINEAGE',
  'REVERSAL',
  'SHARE_LINK_VIEWED',
  'TEMPLATE_PERSONALISED',
  'ANSWER_ACCEPTED',
] as const;
export type CreditReason = (typeof CREDIT_REASONS)[number];

/** The policy field that set an entry's points, e.g. `reuse.COPY`. */
export type CreditRule =
  | 'publication'
  | `reuse.${ReuseKind}`
  | `endorsement.${EndorsementKind}`
  | `shareLink.${ShareLinkRule}`
  | `answer.${AnswerRule}`
  | 'dealWonPool'
  | 'lineage'
  | 'reversal';

export type CapCode = 'ACTOR_BENEFICIARY_DAILY_CAP' | 'ENDORSEMENT_DAILY_CAP' | 'PUBLICATION_DAILY_CAP';

export interface EntryCap {
  readonly cap: CapCode;
  /** What the entry would have been without the cap. */
  readonly grossPoints: number;
}

/** One ledger row. */
export interface CreditEntry {
  readonly eventId: string;
  readonly beneficiaryId: string;
  /** Integer; negative only for REVERSAL. */
  readonly points: number;
  readonly reason: CreditReason;
  /** What the source asset earned: equals `reason` except for LINEAGE and REVERSAL entries. */
  readonly sourceReason: CreditReason;
  /** The asset whose authorship earned the points (the ancestor for LINEAGE). */
  readonly assetId: string;
  /** The asset the event was about (for DEAL_WON, the used asset). */
  readonly sourceAssetId: string;
  /** 0 for the asset itself, 1 for its parent, 2 for the grandparent, ... */
  readonly generation: number;
  readonly actorId: string;
  readonly rule: CreditRule;
  readonly policyVersion: number;
  readonly occurredAt: Date;
  /** Present when a daily cap reduced this entry. */
  readonly capped?: EntryCap;
}

export type CreditNoteCode =
  | 'NO_POINTS'
  | 'SELF_CREDIT'
  | 'REPEAT_REUSE'
  | 'NO_ELIGIBLE_AUTHOR'
  | 'ACTOR_REMOVED'
  | 'OWNER_AUTHORED_ASSET'
  | 'AFTER_DEAL_CLOSED'
  | CapCode;

/** Why (part of) the event's nominal points were not awarded, or why a split looks the way it does. */
export interface CreditNote {
  readonly code: CreditNoteCode;
  readonly message: string;
  /** Points not awarded for this reason; nominalPoints = awardedPoints + Σ withheld. */
  readonly withheld: number;
  readonly beneficiaryId?: string;
  readonly assetId?: string;
}

/** What to add to the caller's daily counters after recording the entries. */
export interface UsageDelta {
  /** Per beneficiary: points the actor gave that count towards the actor–beneficiary daily cap. */
  readonly givenByActor: Readonly<Record<string, number>>;
  /** Per beneficiary: points that count towards the endorsement daily cap. */
  readonly endorsementPoints: Readonly<Record<string, number>>;
  /** Authors who got a credited publication. */
  readonly publicationsCredited: readonly string[];
}

export interface CreditResult {
  readonly eventId: string;
  readonly policyVersion: number;
  /** What the event is worth under the policy before self-credit, eligibility and caps. */
  readonly nominalPoints: number;
  /** Σ entries.points, always. */
  readonly awardedPoints: number;
  readonly entries: readonly CreditEntry[];
  readonly notes: readonly CreditNote[];
  readonly usageDelta: UsageDelta;
}

export class CreditInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CreditInputError';
  }
}
