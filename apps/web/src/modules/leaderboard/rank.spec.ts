import { describe, expect, it } from '@jest/globals';
import { formatOrdinal, formatRank } from './rank';

describe('ranks as people say them', () => {
  it('gives each number its suffix', () => {
    const cases: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [10, '10th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [14, '14th'],
      [21, '21st'],
      [22, '22nd'],
      [23, '23rd'],
      [100, '100th'],
      [101, '101st'],
      [102, '102nd'],
      [111, '111th'],
      [112, '112th'],
      [113, '113th'],
      [121, '121st'],
    ];
    for (const [n, expected] of cases) {
      expect(formatOrdinal(n)).toBe(expected);
    }
  });

  it('says the place and the size of the board', () => {
    expect(formatRank(3, 14)).toBe('3rd of 14');
    expect(formatRank(1, 1)).toBe('1st of 1');
    expect(formatRank(2, 9, true)).toBe('joint 2nd of 9');
  });
});
