import { formatPoints, formatRate } from './win-loss-labels';

/** Below this many closed deals no win rate is claimed, for a group as for an asset (the API's default). */
export const MIN_CLOSED_DEALS = 10;

export function dealCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'deal' : 'deals'}`;
}

/** "62% of 48 deals": a rate never goes without the deals it rests on. */
export function rateOfDeals(rate: number | null | undefined, closed: number, precise = false): string {
  return `${formatRate(rate, precise)} of ${dealCount(closed)}`;
}

/** Groups with enough closed deals to rate, and those shown apart; groups without closed deals are left out. */
export function splitBySample<T extends { won: number; lost: number }>(
  groups: readonly T[],
  min = MIN_CLOSED_DEALS,
): { rated: T[]; tooFew: T[] } {
  const closed = groups.filter((group) => group.won + group.lost > 0);
  return {
    rated: closed.filter((group) => group.won + group.lost >= min),
    tooFew: closed.filter((group) => group.won + group.lost < min),
  };
}

export type LiftTone = 'gain' | 'loss' | 'unclear' | 'too-few';

export interface LiftVerdict {
  tone: LiftTone;
  /** The lift in points with what the data supports, in words. */
  text: string;
}

/**
 * What an asset's lift means: a gain or a loss only when the win rate's 95% interval excludes the baseline (the
 * rate of comparable deals), else not distinguishable from them; nothing under the minimum sample.
 */
export function liftVerdict(row: {
  enoughData: boolean;
  lift?: number | null;
  baselineWinRate?: number | null;
  winRateInterval?: { low: number; high: number } | null;
}): LiftVerdict {
  const { lift, baselineWinRate: baseline, winRateInterval: interval } = row;
  if (!row.enoughData || lift === null || lift === undefined || !interval) {
    return { tone: 'too-few', text: `Too few deals to rate (under ${MIN_CLOSED_DEALS} closed)` };
  }
  if (baseline === null || baseline === undefined) {
    return { tone: 'unclear', text: 'No comparable deals to compare with' };
  }
  if (interval.low > baseline) {
    return { tone: 'gain', text: `${formatPoints(lift)}, the interval excludes no change` };
  }
  if (interval.high < baseline) {
    return { tone: 'loss', text: `${formatPoints(lift)}, the interval excludes no change` };
  }
  return { tone: 'unclear', text: `${formatPoints(lift)}, not distinguishable from comparable deals` };
}
