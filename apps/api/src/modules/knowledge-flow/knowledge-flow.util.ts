import { GLOBAL_SEARCH_LIMITS } from '../search/dto/global-search.args.js';

/** The longest search text kept as a content gap (the header search's own limit). */
export const GAP_QUERY_MAX = GLOBAL_SEARCH_LIMITS.queryLength;

/** How far back "dead" looks: a published asset nobody reused in this many days before the period's end. */
export const DEAD_AFTER_DAYS = 90;

/** The default period: this many days up to now. */
export const DEFAULT_PERIOD_DAYS = 90;

/** The longest period the dashboard reads (its adoption chart has one column a month). */
export const MAX_PERIOD_DAYS = 731;

const DAY_MS = 86_400_000;

/**
 * A search text as a content gap: lower case, inner whitespace collapsed, trimmed, capped. Searches that differ only
 * in case or spacing count as one gap. Null when nothing is left.
 */
export function normaliseGapQuery(text: string): string | null {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (!normalised) return null;
  return [...normalised].slice(0, GAP_QUERY_MAX).join('').trim();
}

export type PeriodProblem = { field: 'from' | 'to'; message: string };

/**
 * The dashboard's period from what the client gave: `to` defaults to now, `from` to DEFAULT_PERIOD_DAYS before `to`.
 * `from` must come before `to`, `to` may not be in the future (a minute of clock skew allowed) and the period is at
 * most MAX_PERIOD_DAYS long.
 */
export function resolveFlowPeriod(
  from: Date | null | undefined,
  to: Date | null | undefined,
  now: Date,
): { from: Date; to: Date } | PeriodProblem {
  const end = to ?? now;
  const start = from ?? new Date(end.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  if (Number.isNaN(end.getTime())) return { field: 'to', message: 'to is not a date.' };
  if (Number.isNaN(start.getTime())) return { field: 'from', message: 'from is not a date.' };
  if (end.getTime() > now.getTime() + 60_000) return { field: 'to', message: 'The period cannot end in the future.' };
  if (start.getTime() >= end.getTime()) return { field: 'from', message: 'from must be before to.' };
  if (end.getTime() - start.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    return { field: 'from', message: `A period is at most ${MAX_PERIOD_DAYS} days long.` };
  }
  return { from: start, to: end };
}
