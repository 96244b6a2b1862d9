import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lineageAmounts } from './lineage.js';

describe('lineageAmounts', () => {
  it('passes 25% half up to each generation, the last keeping what reaches it', () => {
    // 100 → keeps 75, passes 25 → keeps 19, passes 6 (6.25) → keeps 4, passes 2 (1.5 rounds up) → keeps 2.
    expect(lineageAmounts(100, 3, 25)).toEqual([75, 19, 4, 2]);
    // 10 → 7 + 3; 3 → 2 + 1 (0.75); 1 → 1 + 0 (0.25).
    expect(lineageAmounts(10, 3, 25)).toEqual([7, 2, 1, 0]);
    expect(lineageAmounts(4, 1, 25)).toEqual([3, 1]);
    expect(lineageAmounts(15, 1, 25)).toEqual([11, 4]);
  });

  it('keeps everything on the asset without ancestors, and passes nothing at 0%, everything at 100%', () => {
    expect(lineageAmounts(10, 0, 25)).toEqual([10]);
    expect(lineageAmounts(10, 2, 0)).toEqual([10, 0, 0]);
    expect(lineageAmounts(10, 2, 100)).toEqual([0, 0, 10]);
  });

  it('refuses negative or fractional points', () => {
    expect(() => lineageAmounts(-1, 1, 25)).toThrow(RangeError);
    expect(() => lineageAmounts(1.5, 1, 25)).toThrow(RangeError);
  });

  it('property: conserves the points exactly, with non-negative amounts, and each generation passes round-half-up of what reached it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 100 }),
        (points, ancestors, percent) => {
          const amounts = lineageAmounts(points, ancestors, percent);
          expect(amounts).toHaveLength(ancestors + 1);
          expect(amounts.reduce((sum, a) => sum + a, 0)).toBe(points);
          let reaching = points;
          amounts.forEach((kept, generation) => {
            expect(kept).toBeGreaterThanOrEqual(0);
            const passed = reaching - kept;
            if (generation < ancestors) {
              expect(passed).toBe(Math.floor((reaching * percent) / 100 + 0.5));
            } else {
              expect(passed).toBe(0);
            }
            reaching = passed;
          });
        },
      ),
    );
  });
});
