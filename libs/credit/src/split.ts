export interface AuthorShare {
  readonly userId: string;
  // Whole percent for an authorship; any non-negative integer weight works (shares are re-normalised).
  readonly share: number;
}

export interface Allocation {
  readonly userId: string;
  readonly points: number;
}

// Plain code-unit order: localeCompare would make tie-breaks depend on the server's locale.
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Weighted {
  readonly key: string;
  readonly weight: number;
}

export interface Portion {
  readonly key: string;
  readonly points: number;
}

// Largest-remainder (Hamilton) apportionment. BigInt keeps it exact: a float quotient like 0.1 * 3 would make
// the remainders, and so the winner of a tie, depend on rounding noise.
function largestRemainder(points: number, items: readonly Weighted[], what: string): Portion[] {
  if (!Number.isSafeInteger(points)) {
    throw new RangeError(`${what}: points must be a safe integer, got ${points}`);
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (!Number.isSafeInteger(item.weight) || item.weight < 0) {
      throw new RangeError(`${what}: weight of ${item.key} must be a non-negative integer, got ${item.weight}`);
    }
    if (seen.has(item.key)) {
      throw new RangeError(`${what}: ${item.key} is listed twice`);
    }
    seen.add(item.key);
  }
  const sorted = [...items].sort((a, b) => compareIds(a.key, b.key));
  if (points === 0) {
    return sorted.map((item) => ({ key: item.key, points: 0 }));
  }
  const total = sorted.reduce((sum, item) => sum + BigInt(item.weight), 0n);
  if (total === 0n) {
    throw new RangeError(`${what}: cannot split ${points} points when every weight is 0`);
  }

  // Split the magnitude and negate at the end, so a negative amount mirrors the positive split exactly.
  const magnitude = BigInt(Math.abs(points));
  const parts = sorted.map((item) => {
    const scaled = magnitude * BigInt(item.weight);
    return { key: item.key, floor: scaled / total, remainder: scaled % total };
  });
  let left = magnitude - parts.reduce((sum, part) => sum + part.floor, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? compareIds(a.key, b.key) : a.remainder > b.remainder ? -1 : 1,
  );
  const bonus = new Set<string>();
  for (const part of byRemainder) {
    if (left === 0n) {
      break;
    }
    bonus.add(part.key);
    left -= 1n;
  }
  return parts.map((part) => {
    const magnitudePart = Number(part.floor + (bonus.has(part.key) ? 1n : 0n));
    // Never -0: it would show up in the ledger and break equality checks.
    return { key: part.key, points: points < 0 && magnitudePart !== 0 ? -magnitudePart : magnitudePart };
  });
}

/**
 * Splits `points` over the shares with the largest-remainder method: everyone gets the floor of their exact
 * share, and the leftover units go to the largest remainders, ties to the smaller user id. The result always
 * sums exactly to `points`, has one allocation per share (zeros included) and is sorted by user id.
 * To leave someone out (e.g. the actor), drop their share first: the rest is re-normalised automatically.
 */
export function splitByShares(points: number, shares: readonly AuthorShare[]): Allocation[] {
  return largestRemainder(
    points,
    shares.map((s) => ({ key: s.userId, weight: s.share })),
    'splitByShares',
  ).map((part) => ({ userId: part.key, points: part.points }));
}

/** Splits `points` equally over distinct keys (largest remainder, ties to the smaller key), sorted by key. */
export function splitEqually(points: number, keys: readonly string[]): Portion[] {
  return largestRemainder(
    points,
    keys.map((key) => ({ key, weight: 1 })),
    'splitEqually',
  );
}

// round(P × percent / 100), half up (a negative P mirrors the positive one), in integers so that 2.5 never
// becomes 2 through float error. Percent is an integer 0–100.
export function percentHalfUp(points: number, percent: number): number {
  const magnitude = Math.abs(points);
  const rounded = Math.floor((2 * magnitude * percent + 100) / 200);
  return points < 0 ? -rounded : rounded;
}

/**
 * The whole-percent shares of the authors who remain once someone leaves an asset (a co-author who declines): the
 * departing share is spread over the others in proportion to their shares, largest remainder, ties to the smaller
 * user id, so the result sums to 100 and nobody's share shrinks. Sorted by user id.
 */
export function resplitShares(remaining: readonly AuthorShare[]): AuthorShare[] {
  if (!remaining.length) throw new RangeError('resplitShares: someone must remain');
  for (const r of remaining) {
    if (!Number.isSafeInteger(r.share) || r.share < 1) {
      throw new RangeError(`resplitShares: share of ${r.userId} must be a positive integer, got ${r.share}`);
    }
  }
  return splitByShares(100, remaining).map((a) => ({ userId: a.userId, share: a.points }));
}
