/** A deal's outcome as the credit rules see it. */
export type DealOutcomeKind = 'OPEN' | 'WON' | 'LOST';

/** What a deal's won pool needs after its outcome changed: award it, reverse the standing award, or nothing. */
export type DealWonMove = 'AWARD' | 'REVERSE' | null;

const DAY_MS = 86_400_000;

/**
 * The deal-won pool is paid at most once, net: a deal that is WON without a standing award gets one, a deal that
 * is not WON loses the award it has. Deciding from the outcome and the standing award (not from the move alone)
 * keeps WON → LOST → WON → LOST … at one pool or none, whatever order the CRM sends.
 */
export function dealWonMove(outcome: DealOutcomeKind, awardStanding: boolean): DealWonMove {
  if (outcome === 'WON') return awardStanding ? null : 'AWARD';
  return awardStanding ? 'REVERSE' : null;
}

/**
 * Whether a USED_IN_DEAL came after the deal closed: from the day after its close date (UTC) on. A close date is a
 * day in most CRMs, so content used on that day still counts.
 */
export function usedAfterClose(usedAt: Date, closedAt: Date | null | undefined): boolean {
  if (!closedAt) return false;
  const closeDay = Date.UTC(closedAt.getUTCFullYear(), closedAt.getUTCMonth(), closedAt.getUTCDate());
  return usedAt.getTime() >= closeDay + DAY_MS;
}

/** The earliest engage or close date a deal may have. */
export const EARLIEST_DEAL_DATE = new Date(Date.UTC(1990, 0, 1));

/**
 * Why a deal's engage or close date cannot be stored, or null when it can: before 1990, or more than a day in the
 * future (a date in the future would book the won pool in a period that has not begun).
 */
export function dealDateProblem(at: Date, now: Date = new Date()): string | null {
  if (at.getTime() < EARLIEST_DEAL_DATE.getTime()) return 'is before 1990';
  if (at.getTime() > now.getTime() + DAY_MS) return 'is more than a day in the future';
  return null;
}
