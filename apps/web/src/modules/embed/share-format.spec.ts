import { describe, expect, it } from '@jest/globals';
import { formatSpent } from './share-format';

describe('formatSpent', () => {
  it('reads as a sidebar would say it', () => {
    expect(formatSpent(0)).toBe('0 s');
    expect(formatSpent(45)).toBe('45 s');
    expect(formatSpent(150)).toBe('3 min');
    expect(formatSpent(3600)).toBe('1 h');
    expect(formatSpent(3900)).toBe('1 h 5 min');
  });
});
