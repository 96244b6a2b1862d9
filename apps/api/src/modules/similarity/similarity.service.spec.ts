import { describe, expect, it } from '@jest/globals';
import { slidesLabel } from './similarity.service.js';

describe('slidesLabel', () => {
  it('names the matched slides in ranges', () => {
    expect(slidesLabel([5, 3, 4])).toBe('slides 3–5');
    expect(slidesLabel([7])).toBe('slide 7');
    expect(slidesLabel([1, 2, 4, 8, 9, 9])).toBe('slides 1–2, 4, 8–9');
    expect(slidesLabel([])).toBe('');
  });
});
