import type { CreditEvent, UsageSoFar } from './types.js';

/** A ledger entry as the usage rules need it. */
export interface UsageEntry {
  eventType: string;
  actorId: string;
  beneficiaryId: string;
  points: number;
  occurredAt: Date;
  eventId: string;
}

/** A prior event as the repeat rule needs it. */
export interface UsageEvent {
  type: string;
  actorId: string;
  assetId: string | null;
  reuseKind?: string;
  /** For TEMPLATE_PERSONALISED: the deal the template was personalised for. */
  dealId?: string;
  occurredAt: Date;
}

/** Event types whose points count towards the actor–beneficiary daily cap. */
export const ACTOR_CAPPED_TYPES = [
  'REUSE',
  'ADAPTED',
  'ENDORSED',
  'SHARE_VIEWED',
  'TEMPLATE_PERSONALISED',
  'ANSWER_ACCEPTED',
];

/** Event types the repeat rule applies to: a repeat by the same actor of the same asset within the window earns 0. */
export const REPEATABLE_TYPES = ['REUSE', 'ADAPTED', 'SHARE_VIEWED', 'TEMPLATE_PERSONALISED'];

/**
 * What makes two events "the same reuse" for the repeat rule, besides actor and asset: a REUSE's kind (a share link
 * and a self-reported share are both SHARE_WITH_CUSTOMER), an ADAPTED, a SHARE_VIEWED on its own (a buyer's second
 * session on the sharer's links to the asset tops up nothing), a TEMPLATE_PERSONALISED for the same deal.
 * Null for events the rule does not apply to.
 */
export function repeatKey(type: string, reuseKind?: string, dealId?: string): string | null {
  switch (type) {
    case 'REUSE':
      return `REUSE:${reuseKind ?? ''}`;
    case 'ADAPTED':
      return 'REUSE:ADAPT';
    case 'SHARE_VIEWED':
      return 'SHARE_VIEWED';
    case 'TEMPLATE_PERSONALISED':
      return `TEMPLATE_PERSONALISED:${dealId ?? ''}`;
    default:
      return null;
  }
}

function eventRepeatKey(event: CreditEvent): string | null {
  switch (event.kind) {
    case 'REUSE':
      return repeatKey(event.kind, event.reuseKind);
    case 'TEMPLATE_PERSONALISED':
      return repeatKey(event.kind, undefined, event.dealId);
    default:
      return repeatKey(event.kind);
  }
}

export const utcDay = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/**
 * The caps' view of what already happened, computed from the log itself: the same function serves the ledger
 * rebuild (over the replayed entries) as the API's write path does live (over what its SQL reads), and the rebuild
 * check compares them.
 */
export function usageFrom(event: CreditEvent, priorEvents: UsageEvent[], priorEntries: UsageEntry[]): UsageSoFar {
  const day = utcDay(event.occurredAt).getTime();
  const today = priorEntries.filter((e) => utcDay(e.occurredAt).getTime() === day);
  const sum = (entries: UsageEntry[]) => {
    const totals: Record<string, number> = {};
    for (const e of entries) totals[e.beneficiaryId] = (totals[e.beneficiaryId] ?? 0) + e.points;
    return totals;
  };
  const publications: Record<string, number> = {};
  const seen = new Set<string>();
  for (const e of today) {
    if (e.eventType !== 'PUBLISHED' || e.points <= 0) continue;
    const key = `${e.eventId}:${e.beneficiaryId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    publications[e.beneficiaryId] = (publications[e.beneficiaryId] ?? 0) + 1;
  }
  let previousSameReuseAt: Date | null = null;
  const key = eventRepeatKey(event);
  if (key !== null && 'assetId' in event) {
    for (const p of priorEvents) {
      if (
        repeatKey(p.type, p.reuseKind, p.dealId) === key &&
        p.actorId === event.actorId &&
        p.assetId === event.assetId &&
        p.occurredAt <= event.occurredAt
      ) {
        if (!previousSameReuseAt || p.occurredAt > previousSameReuseAt) previousSameReuseAt = p.occurredAt;
      }
    }
  }
  return {
    previousSameReuseAt,
    givenTodayByActor: sum(
      today.filter((e) => e.actorId === event.actorId && ACTOR_CAPPED_TYPES.includes(e.eventType)),
    ),
    endorsementPointsToday: sum(today.filter((e) => e.eventType === 'ENDORSED')),
    publicationsToday: publications,
  };
}
