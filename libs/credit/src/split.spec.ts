import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { percentHalfUp, resplitShares, splitByShares, splitEqually, type AuthorShare } from './split.js';

const pointsOf = (allocations: readonly { points: number }[]): number[] => allocations.map((a) => a.points);

// Distinct user ids with integer shares; zero shares allowed but at least one positive.
const sharesArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 7 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .filter(([, weights]) => weights.some((w) => w > 0))
  .map(([ids, weights]): AuthorShare[] => ids.map((userId, i) => ({ userId, share: weights[i] ?? 0 })));

describe('splitByShares', () => {
  it('splits 4 points 60/40 as 2/2: 2.4 and 1.6 floor to 2 and 1, the larger remainder (B) takes the last point', () => {
    expect(
      splitByShares(4, [
        { userId: 'A', share: 60 },
        { userId: 'B', share: 40 },
      ]),
    ).toEqual([
      { userId: 'A', points: 2 },
      { userId: 'B', points: 2 },
    ]);
  });

  it('splits 10 points 60/40 as 6/4 and 10 points 34/33/33 as 4/3/3', () => {
    expect(
      pointsOf(
        splitByShares(10, [
          { userId: 'A', share: 60 },
          { userId: 'B', share: 40 },
        ]),
      ),
    ).toEqual([6, 4]);
    expect(
      pointsOf(
        splitByShares(10, [
          { userId: 'A', share: 34 },
          { userId: 'B', share: 33 },
          { userId: 'C', share: 33 },
        ]),
      ),
    ).toEqual([4, 3, 3]);
  });

  it('breaks equal remainders by user id ascending, whatever the input order', () => {
    const shares = [
      { userId: 'carol', share: 1 },
      { userId: 'alice', share: 1 },
      { userId: 'bob', share: 1 },
    ];
    expect(splitByShares(2, shares)).toEqual([
      { userId: 'alice', points: 1 },
      { userId: 'bob', points: 1 },
      { userId: 'carol', points: 0 },
    ]);
  });

  it('compares ids by code unit, not locale (uppercase sorts before lowercase)', () => {
    expect(
      splitByShares(1, [
        { userId: 'a', share: 1 },
        { userId: 'B', share: 1 },
      ]),
    ).toEqual([
      { userId: 'B', points: 1 },
      { userId: 'a', points: 0 },
    ]);
  });

  it('re-normalises what is left when the actor is removed from the shares', () => {
    // A 50 / B 30 / C 20, actor A removed: B and C share 10 as 30:20 = 6/4.
    expect(
      pointsOf(
        splitByShares(10, [
          { userId: 'B', share: 30 },
          { userId: 'C', share: 20 },
        ]),
      ),
    ).toEqual([6, 4]);
  });

  it('splits negative points as the mirror of the positive split', () => {
    expect(
      pointsOf(
        splitByShares(-4, [
          { userId: 'A', share: 60 },
          { userId: 'B', share: 40 },
        ]),
      ),
    ).toEqual([-2, -2]);
  });

  it('refuses shares that cannot be split', () => {
    expect(() => splitByShares(5, [])).toThrow(RangeError);
    expect(() => splitByShares(5, [{ userId: 'A', share: 0 }])).toThrow(RangeError);
    expect(() => splitByShares(5, [{ userId: 'A', share: -1 }])).toThrow(RangeError);
    expect(() => splitByShares(5, [{ userId: 'A', share: 0.5 }])).toThrow(RangeError);
    expect(() => splitByShares(1.5, [{ userId: 'A', share: 1 }])).toThrow(RangeError);
    expect(() =>
      splitByShares(5, [
        { userId: 'A', share: 1 },
        { userId: 'A', share: 1 },
      ]),
    ).toThrow(/twice/);
  });

  it('property: sums exactly to the points, integers only, each within floor/ceil of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), sharesArb, (points, shares) => {
        const result = splitByShares(points, shares);
        const total = shares.reduce((sum, s) => sum + s.share, 0);
        expect(result.reduce((sum, a) => sum + a.points, 0)).toBe(points);
        expect(result).toHaveLength(shares.length);
        for (const allocation of result) {
          expect(Number.isInteger(allocation.points)).toBe(true);
          const share = shares.find((s) => s.userId === allocation.userId)?.share ?? -1;
          // |allocation − points·share/total| < 1, in integers: |allocation·total − points·share| < total.
          expect(Math.abs(allocation.points * total - points * share)).toBeLessThan(total);
        }
      }),
    );
  });

  it('property: leftover units go to the largest remainders (no one rounded up has a smaller remainder than one rounded down)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), sharesArb, (points, shares) => {
        const total = shares.reduce((sum, s) => sum + s.share, 0);
        const rows = splitByShares(points, shares).map((a) => {
          const share = shares.find((s) => s.userId === a.userId)?.share ?? 0;
          const floor = Math.floor((points * share) / total);
          return { userId: a.userId, up: a.points > floor, remainder: (points * share) % total };
        });
        for (const up of rows.filter((r) => r.up)) {
          for (const down of rows.filter((r) => !r.up)) {
            const fair = up.remainder > down.remainder || (up.remainder === down.remainder && up.userId < down.userId);
            expect(fair).toBe(true);
          }
        }
      }),
    );
  });

  it('property: the input order does not matter and negative points mirror positive ones', () => {
    const permuted = sharesArb.chain((shares) =>
      fc.tuple(
        fc.constant(shares),
        fc.shuffledSubarray(shares, { minLength: shares.length, maxLength: shares.length }),
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), permuted, (points, [shares, shuffled]) => {
        expect(splitByShares(points, shuffled)).toEqual(splitByShares(points, shares));
        const negative = pointsOf(splitByShares(-points, shares));
        expect(negative).toEqual(pointsOf(splitByShares(points, shares)).map((p) => (p === 0 ? 0 : -p)));
        expect(negative.some((p) => Object.is(p, -0))).toBe(false);
      }),
    );
  });
});

describe('splitEqually', () => {
  it('splits a pool of 100 over three assets as 34/33/33, the extra point to the smallest key', () => {
    expect(splitEqually(100, ['x3', 'x1', 'x2'])).toEqual([
      { key: 'x1', points: 34 },
      { key: 'x2', points: 33 },
      { key: 'x3', points: 33 },
    ]);
  });
});

describe('percentHalfUp', () => {
  it('rounds half up: 25% of 10 is 3, of 6 is 2 (1.5), of 2 is 1 (0.5), of 1 is 0 (0.25)', () => {
    expect([10, 6, 2, 1, 0, 100, 15].map((p) => percentHalfUp(p, 25))).toEqual([3, 2, 1, 0, 0, 25, 4]);
  });

  it('property: stays within (−0.5, +0.5] of the exact value, i.e. halves round up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), (points, percent) => {
        const rounded = percentHalfUp(points, percent);
        const twiceError = 2 * (rounded * 100 - points * percent); // in hundredths×2
        expect(twiceError).toBeGreaterThan(-100);
        expect(twiceError).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('resplitShares', () => {
  it('spreads a declined 20 over 50/30 as 63/37 (62.5 and 37.5: the tie goes to the smaller id)', () => {
    expect(
      resplitShares([
        { userId: 'B', share: 30 },
        { userId: 'A', share: 50 },
      ]),
    ).toEqual([
      { userId: 'A', share: 63 },
      { userId: 'B', share: 37 },
    ]);
  });

  it('property: the shares of whoever remains sum to 100, none shrinks, and the order of the input does not matter', () => {
    const arb = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 8 })
      .chain((ids) =>
        fc.tuple(
          fc.constant(ids),
          fc.array(fc.integer({ min: 1, max: 30 }), { minLength: ids.length, maxLength: ids.length }),
        ),
      )
      .filter(([, w]) => w.reduce((s, x) => s + x, 0) <= 100);
    fc.assert(
      fc.property(arb, fc.nat(), ([ids, weights], drop) => {
        // Whole-percent shares summing to 100; one leaves.
        const shares = ids.map((userId, i) => ({ userId, share: weights[i] ?? 1 }));
        shares[0] = { ...shares[0], share: shares[0].share + 100 - weights.reduce((s, x) => s + x, 0) };
        const leaving = drop % shares.length;
        const remaining = shares.filter((_, i) => i !== leaving);
        const result = resplitShares(remaining);
        expect(result.reduce((s, r) => s + r.share, 0)).toBe(100);
        for (const r of remaining) {
          expect(result.find((x) => x.userId === r.userId)!.share).toBeGreaterThanOrEqual(r.share);
        }
        expect(resplitShares([...remaining].reverse())).toEqual(result);
      }),
    );
  });
});
