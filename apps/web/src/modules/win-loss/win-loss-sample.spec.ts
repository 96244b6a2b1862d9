import { describe, expect, it } from '@jest/globals';
import { liftVerdict, rateOfDeals, splitBySample } from './win-loss-sample';

describe('win rates with their sample', () => {
  it('says how many deals a rate rests on', () => {
    expect(rateOfDeals(0.625, 48)).toBe('63% of 48 deals');
    expect(rateOfDeals(1, 1)).toBe('100% of 1 deal');
  });

  it('puts groups under the minimum apart, and drops groups without closed deals', () => {
    const groups = [
      { key: 'Medical', won: 3, lost: 0 },
      { key: 'Finance', won: 4, lost: 8 },
      { key: 'Empty', won: 0, lost: 0 },
      { key: 'Exactly ten', won: 5, lost: 5 },
    ];
    const { rated, tooFew } = splitBySample(groups);
    expect(rated.map((group) => group.key)).toEqual(['Finance', 'Exactly ten']);
    expect(tooFew.map((group) => group.key)).toEqual(['Medical']);
  });
});

describe('content influence lift', () => {
  const row = { enoughData: true, baselineWinRate: 0.5 };
  it('is a gain or a loss only when the interval excludes the baseline', () => {
    expect(liftVerdict({ ...row, lift: 0.12, winRateInterval: { low: 0.52, high: 0.8 } })).toEqual({
      tone: 'gain',
      text: '+12.0 pts, the interval excludes no change',
    });
    expect(liftVerdict({ ...row, lift: -0.2, winRateInterval: { low: 0.1, high: 0.45 } }).tone).toBe('loss');
  });

  it('is not distinguishable when the interval holds the baseline', () => {
    expect(liftVerdict({ ...row, lift: 0.185, winRateInterval: { low: 0.4, high: 0.89 } })).toEqual({
      tone: 'unclear',
      text: '+18.5 pts, not distinguishable from comparable deals',
    });
  });

  it('claims nothing under the minimum sample', () => {
    expect(liftVerdict({ enoughData: false, lift: null, winRateInterval: null }).tone).toBe('too-few');
  });
});
