import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { wilsonInterval } from './wilson.util.js';

const rounded = (i: { low: number; high: number } | null) => i && [Number(i.low.toFixed(4)), Number(i.high.toFixed(4))];

describe('wilsonInterval', () => {
  it('gives the published 95% intervals', () => {
    expect(rounded(wilsonInterval(8, 10))).toEqual([0.4902, 0.9433]);
    expect(rounded(wilsonInterval(0, 10))).toEqual([0, 0.2775]);
    expect(rounded(wilsonInterval(10, 10))).toEqual([0.7225, 1]);
    expect(rounded(wilsonInterval(5, 10))).toEqual([0.2366, 0.7634]);
    expect(rounded(wilsonInterval(1, 1))).toEqual([0.2065, 1]);
    expect(rounded(wilsonInterval(81, 263))).toEqual([0.2553, 0.3662]);
  });

  it('has no interval without trials and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
  });

  it('always lies within [0, 1], contains the observed rate and narrows as the sample grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, q) => {
        const k = Math.round(q * n);
        const i = wilsonInterval(k, n)!;
        const bigger = wilsonInterval(k * 4, n * 4)!;
        expect(i.low).toBeGreaterThanOrEqual(0);
        expect(i.high).toBeLessThanOrEqual(1);
        expect(i.low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(i.high).toBeGreaterThanOrEqual(k / n - 1e-12);
        expect(bigger.high - bigger.low).toBeLessThan(i.high - i.low);
      }),
    );
  });
});
