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
  occurredAt: Date;
}

/** Event types whose points count towards the actor–beneficiary daily cap. */
export const ACTOR_CAPPED_TYPES = ['REUSE', 'ADAPTED', 'ENDORSED'];

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
  if (event.kind === 'REUSE' || event.kind === 'ADAPTED') {
    const reuseKind = event.kind === 'REUSE' ? event.reuseKind : 'ADAPT';
    for (const p of priorEvents) {
      const kind = p.type === 'REUSE' ? p.reuseKind : p.type === 'ADAPTED' ? 'ADAPT' : null;
      if (
        kind === reuseKind &&
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
