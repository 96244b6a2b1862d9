import { describe, expect, it } from '@jest/globals';
import { expiryInDays, formatSeconds } from './share-format';

describe('formatSeconds', () => {
  it('reads as a person would say it', () => {
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(45.4)).toBe('45 s');
    expect(formatSeconds(60)).toBe('1 min');
    expect(formatSeconds(200)).toBe('3 min 20 s');
    expect(formatSeconds(3900)).toBe('1 h 5 min');
  });
});

describe('expiryInDays', () => {
  it('is that many days later', () => {
    expect(expiryInDays(30, Date.UTC(2026, 0, 1))).toBe('2026-01-31T00:00:00.000Z');
  });
});
