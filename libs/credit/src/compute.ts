import { usedAfterClose } from './deal.js';
import { lineageAmounts } from './lineage.js';
import { assertValidPolicy, type EndorsementKind, type ScoringPolicy } from './policy.js';
import { compareIds, splitByShares, splitEqually } from './split.js';
import {
  CreditInputError,
  type AdaptedEvent,
  type AnswerAcceptedEvent,
  type AssetFacts,
  type CapCode,
  type CreditContext,
  type CreditEntry,
  type CreditEvent,
  type CreditNote,
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
  type ShareViewedEvent,
  type TemplatePersonalisedEvent,
  type UsageSoFar,
} from './types.js';

const HOUR_MS = 3_600_000;

const REUSE_REASON = {
  COPY: 'REUSED_COPY',
  SHARE_WITH_CUSTOMER: 'SHARED_WITH_CUSTOMER',
  USED_IN_DEAL: 'USED_IN_DEAL',
} as const satisfies Record<Exclude<CreditedReuseKind, 'VIEW'>, CreditReason>;

const ENDORSEMENT_REASON = {
  HELPFUL: 'ENDORSED_HELPFUL',
  HELPED_WIN: 'ENDORSED_HELPED_WIN',
  VERIFIED: 'ENDORSED_VERIFIED',
} as const satisfies Record<EndorsementKind, CreditReason>;

/** The ledger reason of an endorsement of this kind. */
export function endorsementReason(kind: EndorsementKind): CreditReason {
  return ENDORSEMENT_REASON[kind];
}

// An entry before it gets the event-wide fields (event, actor, policy version, time).
interface Draft {
  readonly beneficiaryId: string;
  readonly points: number;
  readonly reason: CreditReason;
  readonly sourceReason: CreditReason;
  readonly assetId: string;
  readonly sourceAssetId: string;
  readonly generation: number;
  readonly rule: CreditRule;
  readonly capped?: EntryCap;
}

interface Outcome {
  readonly nominal: number;
  readonly drafts: readonly Draft[];
  readonly notes: readonly CreditNote[];
  readonly givenByActor?: ReadonlyMap<string, number>;
  readonly endorsementPoints?: ReadonlyMap<string, number>;
  readonly publicationsCredited?: readonly string[];
}

// The ledger order: by source asset, up the lineage, then beneficiary. Independent of input order.
function compareDrafts(a: Draft, b: Draft): number {
  return (
    compareIds(a.sourceAssetId, b.sourceAssetId) ||
    a.generation - b.generation ||
    compareIds(a.assetId, b.assetId) ||
    compareIds(a.beneficiaryId, b.beneficiaryId) ||
    compareIds(a.reason, b.reason) ||
    a.points - b.points
  );
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function usageCount(counts: Readonly<Record<string, number>> | undefined, userId: string, what: string): number {
  if (counts === undefined || !Object.hasOwn(counts, userId)) {
    return 0;
  }
  const value = counts[userId];
  if (!isCount(value)) {
    throw new CreditInputError(`usage.${what}[${userId}] must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function indexAssets(assets: readonly AssetFacts[]): Map<string, AssetFacts> {
  const index = new Map<string, AssetFacts>();
  for (const asset of assets) {
    if (index.has(asset.assetId)) {
      throw new CreditInputError(`context.assets lists ${asset.assetId} twice`);
    }
    const authors = new Set<string>();
    for (const author of asset.authors) {
      if (!isCount(author.share)) {
        throw new CreditInputError(`share of ${author.userId} on ${asset.assetId} must be a non-negative integer`);
      }
      if (authors.has(author.userId)) {
        throw new CreditInputError(`${author.userId} is listed twice as an author of ${asset.assetId}`);
      }
      authors.add(author.userId);
    }
    index.set(asset.assetId, asset);
  }
  return index;
}

function requireAsset(assets: ReadonlyMap<string, AssetFacts>, assetId: string): AssetFacts {
  const asset = assets.get(assetId);
  if (asset === undefined) {
    throw new CreditInputError(`context.assets is missing ${assetId}`);
  }
  return asset;
}

function isAuthor(asset: AssetFacts, userId: string): boolean {
  return asset.authors.some((author) => author.userId === userId);
}

// [asset, parent, grandparent, ...], at most maxGenerations above the asset.
function ancestryChain(
  asset: AssetFacts,
  assets: ReadonlyMap<string, AssetFacts>,
  maxGenerations: number,
): AssetFacts[] {
  const chain = [asset];
  const seen = new Set([asset.assetId]);
  let current = asset;
  while (chain.length <= maxGenerations && current.parentAssetId != null) {
    const parentId = current.parentAssetId;
    if (seen.has(parentId)) {
      throw new CreditInputError(`the lineage of ${asset.assetId} loops back to ${parentId}`);
    }
    const parent = assets.get(parentId);
    if (parent === undefined) {
      throw new CreditInputError(`context.assets is missing ${parentId}, an ancestor of ${asset.assetId}`);
    }
    chain.push(parent);
    seen.add(parentId);
    current = parent;
  }
  return chain;
}

/**
 * What `asset` earns: `points` shared along its lineage, each generation's amount split by share over its
 * authors minus the actor. An amount nobody is left to receive is withheld, with a note.
 */
function earn(
  asset: AssetFacts,
  points: number,
  reason: CreditReason,
  rule: CreditRule,
  actorId: string,
  assets: ReadonlyMap<string, AssetFacts>,
  policy: ScoringPolicy,
  notes: CreditNote[],
): Draft[] {
  const chain = ancestryChain(asset, assets, policy.lineage.maxGenerations);
  const amounts = lineageAmounts(points, chain.length - 1, policy.lineage.percent);
  const drafts: Draft[] = [];
  chain.forEach((holder, generation) => {
    const amount = amounts[generation] ?? 0;
    if (amount === 0) {
      return;
    }
    const paid = holder.authors.filter((author) => author.share > 0);
    const eligible = paid.filter((author) => author.userId !== actorId);
    const actorRemoved = eligible.length < paid.length;
    if (eligible.length === 0) {
      notes.push(
        actorRemoved
          ? {
              code: 'SELF_CREDIT',
              message: `${actorId} is the only paid author of ${holder.assetId}, so its ${amount} points are not awarded`,
              withheld: amount,
              assetId: holder.assetId,
            }
          : {
              code: 'NO_ELIGIBLE_AUTHOR',
              message: `${holder.assetId} has no author with a share, so its ${amount} points are not awarded`,
              withheld: amount,
              assetId: holder.assetId,
            },
      );
      return;
    }
    if (actorRemoved) {
      notes.push({
        code: 'ACTOR_REMOVED',
        message: `${actorId} co-authored ${holder.assetId}; its ${amount} points go to the other authors by share`,
        withheld: 0,
        assetId: holder.assetId,
      });
    }
    for (const allocation of splitByShares(amount, eligible)) {
      if (allocation.points === 0) {
        continue;
      }
      drafts.push({
        beneficiaryId: allocation.userId,
        points: allocation.points,
        reason: generation === 0 ? reason : 'LINEAGE',
        sourceReason: reason,
        assetId: holder.assetId,
        sourceAssetId: asset.assetId,
        generation,
        rule: generation === 0 ? rule : 'lineage',
      });
    }
  });
  return drafts;
}

interface Capped {
  readonly drafts: Draft[];
  readonly givenByActor: Map<string, number>;
  readonly endorsementPoints: Map<string, number>;
}

/**
 * Daily caps, applied per beneficiary to the sum of everything this event gives them (own asset and lineage):
 * they get min(gross, room left today). The cut is not passed to anyone else, so a cap never raises another
 * author above their share. Within one beneficiary the room is filled in ledger order (own asset first).
 */
function applyDailyCaps(
  drafts: readonly Draft[],
  actorId: string,
  usage: UsageSoFar,
  policy: ScoringPolicy,
  endorsement: boolean,
  notes: CreditNote[],
): Capped {
  const byBeneficiary = new Map<string, Draft[]>();
  for (const draft of [...drafts].sort((a, b) => compareIds(a.beneficiaryId, b.beneficiaryId) || compareDrafts(a, b))) {
    const list = byBeneficiary.get(draft.beneficiaryId) ?? [];
    list.push(draft);
    byBeneficiary.set(draft.beneficiaryId, list);
  }
  const out: Draft[] = [];
  const givenByActor = new Map<string, number>();
  const endorsementPoints = new Map<string, number>();
  for (const [beneficiaryId, list] of byBeneficiary) {
    const gross = list.reduce((sum, draft) => sum + draft.points, 0);
    const given = usageCount(usage.givenTodayByActor, beneficiaryId, 'givenTodayByActor');
    const actorRoom = Math.max(0, policy.caps.perActorPerBeneficiaryDaily - given);
    const earned = endorsement ? usageCount(usage.endorsementPointsToday, beneficiaryId, 'endorsementPointsToday') : 0;
    const endorsementRoom = endorsement
      ? Math.max(0, policy.caps.perBeneficiaryEndorsementDaily - earned)
      : Number.POSITIVE_INFINITY;
    const awarded = Math.min(gross, actorRoom, endorsementRoom);
    const cap: CapCode = actorRoom <= endorsementRoom ? 'ACTOR_BENEFICIARY_DAILY_CAP' : 'ENDORSEMENT_DAILY_CAP';
    let room = awarded;
    for (const draft of list) {
      const points = Math.min(draft.points, room);
      room -= points;
      if (points === draft.points) {
        out.push(draft);
      } else if (points > 0) {
        out.push({ ...draft, points, capped: { cap, grossPoints: draft.points } });
      }
    }
    if (awarded < gross) {
      notes.push({
        code: cap,
        message:
          cap === 'ACTOR_BENEFICIARY_DAILY_CAP'
            ? `${actorId} already gave ${beneficiaryId} ${given} of ${policy.caps.perActorPerBeneficiaryDaily} ` +
              `points today; awarded ${awarded} of ${gross}`
            : `${beneficiaryId} already earned ${earned} of ${policy.caps.perBeneficiaryEndorsementDaily} ` +
              `endorsement points today; awarded ${awarded} of ${gross}`,
        withheld: gross - awarded,
        beneficiaryId,
      });
    }
    if (awarded > 0) {
      givenByActor.set(beneficiaryId, awarded);
      if (endorsement) {
        endorsementPoints.set(beneficiaryId, awarded);
      }
    }
  }
  return { drafts: out, givenByActor, endorsementPoints };
}

function nothing(nominal: number, note: CreditNote): Outcome {
  return { nominal, drafts: [], notes: [note] };
}

function noPoints(what: string): Outcome {
  return nothing(0, { code: 'NO_POINTS', message: `${what} earns no points under this policy`, withheld: 0 });
}

function creditPublication(
  event: PublishedEvent,
  assets: ReadonlyMap<string, AssetFacts>,
  usage: UsageSoFar,
  policy: ScoringPolicy,
): Outcome {
  const asset = requireAsset(assets, event.assetId);
  const nominal = policy.publication;
  if (nominal === 0) {
    return noPoints('a publication');
  }
  // Publication is the one credit that goes to the actor: authors are credited for their own work.
  // A derived asset's publication earns no lineage (its parent gets the ADAPTED credit instead).
  const paid = asset.authors.filter((author) => author.share > 0);
  if (paid.length === 0) {
    return nothing(nominal, {
      code: 'NO_ELIGIBLE_AUTHOR',
      message: `${asset.assetId} has no author with a share`,
      withheld: nominal,
      assetId: asset.assetId,
    });
  }
  const drafts: Draft[] = [];
  const notes: CreditNote[] = [];
  const credited: string[] = [];
  const limit = policy.caps.publicationsPerAuthorDaily;
  for (const allocation of splitByShares(nominal, paid)) {
    if (allocation.points === 0) {
      continue;
    }
    const already = usageCount(usage.publicationsToday, allocation.userId, 'publicationsToday');
    if (already >= limit) {
      // The capped author's part is withheld, not handed to co-authors: nobody earns above their share.
      notes.push({
        code: 'PUBLICATION_DAILY_CAP',
        message: `${allocation.userId} already has ${already} of ${limit} credited publications today`,
        withheld: allocation.points,
        beneficiaryId: allocation.userId,
        assetId: asset.assetId,
      });
      continue;
    }
    credited.push(allocation.userId);
    drafts.push({
      beneficiaryId: allocation.userId,
      points: allocation.points,
      reason: 'PUBLISHED',
      sourceReason: 'PUBLISHED',
      assetId: asset.assetId,
      sourceAssetId: asset.assetId,
      generation: 0,
      rule: 'publication',
    });
  }
  return { nominal, drafts, notes, publicationsCredited: credited };
}

function isRepeatReuse(event: CreditEvent, usage: UsageSoFar, policy: ScoringPolicy): boolean {
  const previous = usage.previousSameReuseAt;
  if (previous == null) {
    return false;
  }
  const elapsed = event.occurredAt.getTime() - previous.getTime();
  return elapsed >= 0 && elapsed < policy.caps.repeatReuseWindowHours * HOUR_MS;
}

/** The events about one asset whose authors earn from someone else's action. */
type AssetEvent = ReuseEvent | AdaptedEvent | EndorsedEvent | ShareViewedEvent | TemplatePersonalisedEvent;

// REUSE, ADAPTED, ENDORSED, SHARE_VIEWED and TEMPLATE_PERSONALISED: one asset, lineage, no self-credit, daily caps.
function creditAssetEvent(
  event: AssetEvent,
  assets: ReadonlyMap<string, AssetFacts>,
  usage: UsageSoFar,
  policy: ScoringPolicy,
): Outcome {
  const asset = requireAsset(assets, event.assetId);
  const described = describeAssetEvent(event, policy);
  if (described === null) {
    return noPoints('a VIEW');
  }
  const { nominal, reason, rule, what } = described;
  if (nominal === 0) {
    return noPoints(what);
  }
  if (
    event.kind === 'REUSE' &&
    event.reuseKind === 'USED_IN_DEAL' &&
    usedAfterClose(event.occurredAt, event.dealClosedAt)
  ) {
    return nothing(nominal, {
      code: 'AFTER_DEAL_CLOSED',
      message: `the deal closed before ${asset.assetId} was used in it; the use is recorded and earns nothing`,
      withheld: nominal,
      assetId: asset.assetId,
    });
  }
  if (isAuthor(asset, event.actorId)) {
    return nothing(nominal, {
      code: 'SELF_CREDIT',
      message:
        event.kind === 'ENDORSED'
          ? `${event.actorId} authored ${asset.assetId}; endorsing your own asset is refused`
          : `${event.actorId} authored ${asset.assetId}; ${what} by an author earns nothing`,
      withheld: nominal,
      assetId: asset.assetId,
    });
  }
  if (event.kind !== 'ENDORSED' && isRepeatReuse(event, usage, policy)) {
    return nothing(nominal, {
      code: 'REPEAT_REUSE',
      message:
        event.kind === 'SHARE_VIEWED'
          ? `a buyer already viewed ${asset.assetId} through a share link of ${event.actorId}'s within ` +
            `${policy.caps.repeatReuseWindowHours} h; this session is recorded and earns nothing`
          : `${event.actorId} made the same ${what} of ${asset.assetId} within ` +
            `${policy.caps.repeatReuseWindowHours} h; it earns nothing`,
      withheld: nominal,
      assetId: asset.assetId,
    });
  }
  const notes: CreditNote[] = [];
  const gross = earn(asset, nominal, reason, rule, event.actorId, assets, policy, notes);
  const capped = applyDailyCaps(gross, event.actorId, usage, policy, event.kind === 'ENDORSED', notes);
  return {
    nominal,
    drafts: capped.drafts,
    notes,
    givenByActor: capped.givenByActor,
    endorsementPoints: capped.endorsementPoints,
  };
}

function describeAssetEvent(
  event: AssetEvent,
  policy: ScoringPolicy,
): { nominal: number; reason: CreditReason; rule: CreditRule; what: string } | null {
  switch (event.kind) {
    case 'REUSE': {
      const kind: string = event.reuseKind;
      if (kind === 'ADAPT') {
        throw new CreditInputError('an ADAPT reuse is credited by the ADAPTED event, not by REUSE');
      }
      if (event.viaShareLink === true) {
        if (event.reuseKind !== 'SHARE_WITH_CUSTOMER') {
          throw new CreditInputError(`a share link is a SHARE_WITH_CUSTOMER reuse, not ${event.reuseKind}`);
        }
        return {
          nominal: policy.shareLink.created,
          reason: 'SHARED_WITH_CUSTOMER',
          rule: 'shareLink.created',
          what: 'a SHARE_WITH_CUSTOMER',
        };
      }
      if (event.reuseKind === 'VIEW') {
        // Views are recorded for analytics only; the policy pins their value to 0, so there is no ledger reason.
        return null;
      }
      return {
        nominal: policy.reuse[event.reuseKind],
        reason: REUSE_REASON[event.reuseKind],
        rule: `reuse.${event.reuseKind}`,
        what: `a ${event.reuseKind}`,
      };
    }
    case 'ADAPTED':
      return { nominal: policy.reuse.ADAPT, reason: 'ADAPTED', rule: 'reuse.ADAPT', what: 'an ADAPT' };
    case 'SHARE_VIEWED':
      return {
        nominal: policy.shareLink.firstBuyerSession,
        reason: 'SHARE_LINK_VIEWED',
        rule: 'shareLink.firstBuyerSession',
        what: 'a buyer session on a share link',
      };
    case 'TEMPLATE_PERSONALISED':
      return {
        nominal: policy.reuse.ADAPT,
        reason: 'TEMPLATE_PERSONALISED',
        rule: 'reuse.ADAPT',
        what: 'a personalisation of a template',
      };
    case 'ENDORSED':
      return {
        nominal: policy.endorsement[event.endorsementKind],
        reason: ENDORSEMENT_REASON[event.endorsementKind],
        rule: `endorsement.${event.endorsementKind}`,
        what: `a ${event.endorsementKind} endorsement`,
      };
  }
}

// ANSWER_ACCEPTED: the answer's writer earns the points, unless they asked the question; the asker's daily cap
// towards them applies as for reuse and endorsements.
function creditAcceptedAnswer(event: AnswerAcceptedEvent, usage: UsageSoFar, policy: ScoringPolicy): Outcome {
  const nominal = policy.answer.accepted;
  if (nominal === 0) {
    return noPoints('an accepted answer');
  }
  if (event.answererId === event.actorId) {
    return nothing(nominal, {
      code: 'SELF_CREDIT',
      message: `${event.actorId} answered their own question ${event.questionId}; accepting it earns nothing`,
      withheld: nominal,
    });
  }
  const notes: CreditNote[] = [];
  const gross: Draft[] = [
    {
      beneficiaryId: event.answererId,
      points: nominal,
      reason: 'ANSWER_ACCEPTED',
      sourceReason: 'ANSWER_ACCEPTED',
      assetId: '',
      sourceAssetId: '',
      generation: 0,
      rule: 'answer.accepted',
    },
  ];
  const capped = applyDailyCaps(gross, event.actorId, usage, policy, false, notes);
  return { nominal, drafts: capped.drafts, notes, givenByActor: capped.givenByActor };
}

function creditDealWon(event: DealWonEvent, assets: ReadonlyMap<string, AssetFacts>, policy: ScoringPolicy): Outcome {
  const nominal = policy.dealWonPool;
  if (nominal === 0) {
    return noPoints('a won deal');
  }
  const notes: CreditNote[] = [];
  const eligible: AssetFacts[] = [];
  for (const assetId of [...new Set(event.usedAssetIds)].sort(compareIds)) {
    const asset = requireAsset(assets, assetId);
    if (isAuthor(asset, event.actorId)) {
      // The pool is shared over the other assets, so nothing is withheld by this exclusion alone.
      notes.push({
        code: 'OWNER_AUTHORED_ASSET',
        message: `${event.actorId} owns deal ${event.dealId} and authored ${assetId}, so it takes no part of the pool`,
        withheld: 0,
        assetId,
      });
    } else {
      eligible.push(asset);
    }
  }
  if (eligible.length === 0) {
    return {
      nominal,
      drafts: [],
      notes: [
        ...notes,
        {
          code: 'NO_ELIGIBLE_AUTHOR',
          message: `deal ${event.dealId} used no asset its owner did not author; the pool is not awarded`,
          withheld: nominal,
        },
      ],
    };
  }
  const drafts: Draft[] = [];
  for (const part of splitEqually(
    nominal,
    eligible.map((asset) => asset.assetId),
  )) {
    const asset = requireAsset(assets, part.key);
    drafts.push(...earn(asset, part.points, 'DEAL_WON', 'dealWonPool', event.actorId, assets, policy, notes));
  }
  // Deal-won credit is exempt from every cap and does not count towards them.
  return { nominal, drafts, notes };
}

function creditWithdrawal(event: EndorsementWithdrawnEvent, priorEntries: readonly CreditEntry[]): Outcome {
  const reason = ENDORSEMENT_REASON[event.endorsementKind];
  return reverse(priorEntries, (prior) =>
    prior.actorId !== event.actorId || prior.sourceAssetId !== event.assetId || prior.sourceReason !== reason
      ? `prior entry for ${prior.beneficiaryId} (${prior.sourceReason} by ${prior.actorId} on ${prior.sourceAssetId}) ` +
        `does not belong to the withdrawn ${event.endorsementKind} endorsement of ${event.assetId} by ${event.actorId}`
      : null,
  );
}

function creditDealWonReversal(event: DealWonReversedEvent, priorEntries: readonly CreditEntry[]): Outcome {
  return reverse(priorEntries, (prior) =>
    prior.sourceReason !== 'DEAL_WON'
      ? `prior entry for ${prior.beneficiaryId} is not deal ${event.dealId}'s award`
      : null,
  );
}

// A negative entry for each prior one; `mismatch` says why a prior entry does not belong to what is reversed.
function reverse(priorEntries: readonly CreditEntry[], mismatch: (prior: CreditEntry) => string | null): Outcome {
  const drafts: Draft[] = priorEntries.map((prior) => {
    const problem = mismatch(prior);
    if (problem !== null) {
      throw new CreditInputError(problem);
    }
    if (prior.reason === 'REVERSAL' || !Number.isSafeInteger(prior.points)) {
      throw new CreditInputError(`prior entry for ${prior.beneficiaryId} is not a credit to reverse`);
    }
    return {
      beneficiaryId: prior.beneficiaryId,
      points: -prior.points,
      reason: 'REVERSAL',
      sourceReason: prior.sourceReason,
      assetId: prior.assetId,
      sourceAssetId: prior.sourceAssetId,
      generation: prior.generation,
      rule: 'reversal',
    };
  });
  // Reversals are exempt from caps; they also do not free up today's cap room, so endorse/withdraw loops gain nothing.
  return { nominal: drafts.reduce((sum, draft) => sum + draft.points, 0), drafts, notes: [] };
}

function validateEvent(event: CreditEvent): void {
  if (!(event.occurredAt instanceof Date) || Number.isNaN(event.occurredAt.getTime())) {
    throw new CreditInputError(`event ${event.eventId} has no valid occurredAt`);
  }
  if (!event.actorId) {
    throw new CreditInputError(`event ${event.eventId} has no actor`);
  }
  // A buyer session's credit rests on its evidence: an event that cannot name it is refused.
  if (event.kind === 'SHARE_VIEWED' && (!event.shareLinkId || !event.shareSessionId)) {
    throw new CreditInputError(`share viewing ${event.eventId} does not name its share link and session`);
  }
  if (event.kind === 'TEMPLATE_PERSONALISED' && (!event.dealId || !event.derivedAssetId)) {
    throw new CreditInputError(`template personalisation ${event.eventId} does not name its deal and copy`);
  }
  if (event.kind === 'ANSWER_ACCEPTED' && (!event.questionId || !event.answerId || !event.answererId)) {
    throw new CreditInputError(`accepted answer ${event.eventId} does not name its question, answer and writer`);
  }
}

function sortedRecord(map: ReadonlyMap<string, number> | undefined): Record<string, number> {
  // fromEntries defines own properties, so even an id like "__proto__" stays a plain key.
  return Object.fromEntries([...(map ?? new Map<string, number>())].sort(([a], [b]) => compareIds(a, b)));
}

/**
 * The ledger entries for one event under `policy`. Pure: everything it needs comes in as data.
 *
 * Order of the rules: (1) the event's nominal points; (2) whole-event refusals: self-credit, repeat reuse;
 * (3) lineage shares the points up the ancestry; (4) each generation's amount is split by share over its
 * authors minus the actor; (5) daily caps per beneficiary on the total this event gives them. Amounts nobody
 * may receive and cap cuts are withheld (never redistributed) and explained in `notes`, so
 * nominalPoints = awardedPoints + Σ notes.withheld and awardedPoints = Σ entries.
 */
export function computeCredit(event: CreditEvent, context: CreditContext, policy: ScoringPolicy): CreditResult {
  assertValidPolicy(policy);
  validateEvent(event);
  const assets = indexAssets(context.assets ?? []);
  const usage = context.usage ?? {};
  const outcome = ((): Outcome => {
    switch (event.kind) {
      case 'PUBLISHED':
        return creditPublication(event, assets, usage, policy);
      case 'REUSE':
      case 'ADAPTED':
      case 'ENDORSED':
      case 'SHARE_VIEWED':
      case 'TEMPLATE_PERSONALISED':
        return creditAssetEvent(event, assets, usage, policy);
      case 'DEAL_WON':
        return creditDealWon(event, assets, policy);
      case 'ANSWER_ACCEPTED':
        return creditAcceptedAnswer(event, usage, policy);
      case 'ENDORSEMENT_WITHDRAWN':
        return creditWithdrawal(event, context.priorEntries ?? []);
      case 'DEAL_WON_REVERSED':
        return creditDealWonReversal(event, context.priorEntries ?? []);
    }
  })();

  const entries: CreditEntry[] = outcome.drafts
    .filter((draft) => draft.points !== 0)
    .sort(compareDrafts)
    .map((draft) => ({
      eventId: event.eventId,
      beneficiaryId: draft.beneficiaryId,
      points: draft.points,
      reason: draft.reason,
      sourceReason: draft.sourceReason,
      assetId: draft.assetId,
      sourceAssetId: draft.sourceAssetId,
      generation: draft.generation,
      actorId: event.actorId,
      rule: draft.rule,
      policyVersion: policy.version,
      occurredAt: new Date(event.occurredAt.getTime()),
      ...(draft.capped === undefined ? {} : { capped: draft.capped }),
    }));
  return {
    eventId: event.eventId,
    policyVersion: policy.version,
    nominalPoints: outcome.nominal,
    awardedPoints: entries.reduce((sum, entry) => sum + entry.points, 0),
    entries,
    notes: outcome.notes,
    usageDelta: {
      givenByActor: sortedRecord(outcome.givenByActor),
      endorsementPoints: sortedRecord(outcome.endorsementPoints),
      publicationsCredited: [...(outcome.publicationsCredited ?? [])].sort(compareIds),
    },
  };
}
