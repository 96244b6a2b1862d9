import fc from 'fast-check';
import { describe, expect, it } from '@jest/globals';
import { MAX_NAMED_SLIDES, formatSlides, parseSlides } from './slide-range.js';

describe('slide ranges', () => {
  it('reads ranges and lists the way people type them', () => {
    expect(parseSlides('3-5')).toEqual({ slides: [3, 4, 5] });
    expect(parseSlides('slides 3–5')).toEqual({ slides: [3, 4, 5] });
    expect(parseSlides(' 7-9, 1,4 ')).toEqual({ slides: [1, 4, 7, 8, 9] });
    expect(parseSlides('2, 2, 1-3')).toEqual({ slides: [1, 2, 3] });
    expect(parseSlides('Page 12')).toEqual({ slides: [12] });
  });

  it('says what is wrong with anything else', () => {
    expect(parseSlides('')).toEqual({ problem: expect.stringContaining('Name the slides') });
    expect(parseSlides('three')).toEqual({ problem: expect.stringContaining('"three" is not a slide number') });
    expect(parseSlides('0-2')).toEqual({ problem: 'Slides are numbered from 1.' });
    expect(parseSlides('5-3')).toEqual({ problem: 'The range 5–3 runs backwards; write it as 3–5.' });
    expect(parseSlides('1-99999')).toEqual({ problem: `A reuse can name at most ${MAX_NAMED_SLIDES} slides.` });
  });

  it('writes back what it read', () => {
    expect(formatSlides([3, 4, 5, 8])).toBe('3–5, 8');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }), (numbers) => {
        const sorted = [...numbers].sort((a, b) => a - b);
        expect(parseSlides(formatSlides(sorted))).toEqual({ slides: sorted });
      }),
    );
  });
});
