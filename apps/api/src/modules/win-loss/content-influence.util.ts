import { wilsonInterval } from './wilson.util.js';
import type { Interval } from './wilson.util.js';

/** Fewer closed deals than this and no win rate is claimed for an asset. */
export const DEFAULT_MIN_CLOSED_DEALS = 10;

/** Counts for one asset over a set of closed deals. */
export interface UsageCounts {
  assetId: string;
  /** Closed deals the asset was used in. */
  dealsUsedIn: number;
  /** Of those, won. */
  won: number;
  /** Every closed deal in scope, used in or not. */
  closedDeals: number;
  /** Every won deal in scope. */
  closedWon: number;
}

export interface Influence {
  assetId: string;
  dealsUsedIn: number;
  won: number;
  lost: number;
  /** won / dealsUsedIn; null under the minimum. */
  winRate: number | null;
  /** The closed deals in scope that did not use the asset. */
  comparableDeals: number;
  /** Their win rate; null when there are none. */
  baselineWinRate: number | null;
  /** winRate − baselineWinRate; null when either is. */
  lift: number | null;
  /** Wilson 95% interval of winRate; null under the minimum. */
  winRateInterval: Interval | null;
  enoughData: boolean;
}

/** An asset's win rate against the deals that did not use it; nothing claimed under `minClosedDeals`. */
export function influenceOf(c: UsageCounts, minClosedDeals = DEFAULT_MIN_CLOSED_DEALS): Influence {
  const enoughData = c.dealsUsedIn >= Math.max(1, minClosedDeals);
  const comparableDeals = c.closedDeals - c.dealsUsedIn;
  const baselineWinRate = comparableDeals > 0 ? (c.closedWon - c.won) / comparableDeals : null;
  const winRate = enoughData ? c.won / c.dealsUsedIn : null;
  return {
    assetId: c.assetId,
    dealsUsedIn: c.dealsUsedIn,
    won: c.won,
    lost: c.dealsUsedIn - c.won,
    winRate,
    comparableDeals,
    baselineWinRate,
    lift: winRate !== null && baselineWinRate !== null ? winRate - baselineWinRate : null,
    winRateInterval: enoughData ? wilsonInterval(c.won, c.dealsUsedIn) : null,
    enoughData,
  };
}

/**
 * Assets with enough data first, by lift (highest first; no baseline last), then by how many deals they were used
 * in; the rest by deals used in. Ties by asset id, so the order is stable.
 */
export function rankInfluence(rows: Influence[]): Influence[] {
  const liftKey = (r: Influence) => (r.lift === null ? -Infinity : r.lift);
  return [...rows].sort(
    (a, b) =>
      Number(b.enoughData) - Number(a.enoughData) ||
      (a.enoughData ? liftKey(b) - liftKey(a) : 0) ||
      b.dealsUsedIn - a.dealsUsedIn ||
      (a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : 0),
  );
}
