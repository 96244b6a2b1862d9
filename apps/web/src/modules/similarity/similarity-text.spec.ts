import { describe, expect, it } from '@jest/globals';
import { anyFileBeingRead, authorNames, matchedPartPrefix, percentSame, undeclinedMatches } from './similarity-text';

const match = (similarity: number, declined = false) => ({ similarity, declined, partial: false, slidesLabel: null });

describe('similarity text', () => {
  it('says how alike as a whole percent, within 0 and 100', () => {
    expect(percentSame(0.784)).toBe('78%');
    expect(percentSame(0.995)).toBe('100%');
    expect(percentSame(1.2)).toBe('100%');
    expect(percentSame(-0.1)).toBe('0%');
  });

  it('names the authors as a sentence, each once', () => {
    const of = (...names: string[]) => names.map((name) => ({ user: { name } }));
    expect(authorNames(of('Ana'))).toBe('Ana');
    expect(authorNames(of('Ana', 'Ben'))).toBe('Ana and Ben');
    expect(authorNames(of('Ana', 'Ben', 'Ana', 'Chloé'))).toBe('Ana, Ben and Chloé');
    expect(authorNames([])).toBe('someone');
  });

  it('offers only the matches not declined, the most similar first', () => {
    const offered = undeclinedMatches([match(0.7), match(0.95, true), match(0.9)]);
    expect(offered.map((m) => m.similarity)).toEqual([0.9, 0.7]);
  });

  it('names the slides of a partial match only', () => {
    expect(matchedPartPrefix({ partial: true, slidesLabel: 'slides 3–5' })).toBe('slides 3–5 of ');
    expect(matchedPartPrefix({ partial: false, slidesLabel: 'slides 3–5' })).toBe('');
    expect(matchedPartPrefix({ partial: true, slidesLabel: null })).toBe('');
  });

  it('knows a file is still being read while one is queued or running', () => {
    const file = (status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED') => ({ extraction: { status } });
    expect(anyFileBeingRead([file('DONE'), file('RUNNING')])).toBe(true);
    expect(anyFileBeingRead([file('PENDING')])).toBe(true);
    expect(anyFileBeingRead([file('DONE'), file('FAILED'), { extraction: null }])).toBe(false);
    expect(anyFileBeingRead([])).toBe(false);
  });
});
