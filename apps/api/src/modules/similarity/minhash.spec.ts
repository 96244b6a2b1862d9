import { describe, expect, it } from '@jest/globals';
import { BANDS, bandKeys, estimate, jaccard, normalisedWords, shingleSize, signatureOf } from './minhash.js';

const words = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => `word${i + offset}`).join(' ');

describe('minhash', () => {
  it('compares words without case, accents or punctuation', () => {
    expect(normalisedWords('Café — RÉSUMÉ, naïve!  co-op')).toEqual(['cafe', 'resume', 'naive', 'co', 'op']);
    expect(signatureOf('Café résumé naïve')).toEqual(signatureOf('CAFE, resume... NAIVE'));
  });

  it('is deterministic and null for text without words', () => {
    expect(signatureOf(words(200))).toEqual(signatureOf(words(200)));
    expect(signatureOf(' — ,. ')).toBeNull();
  });

  it('falls back to shorter shingles for short text', () => {
    expect([shingleSize(3), shingleSize(8), shingleSize(40)]).toEqual([1, 2, 3]);
  });

  it('estimates the Jaccard similarity of the shingle sets within MinHash error', () => {
    const base = words(300);
    for (const changed of [0, 30, 90, 150, 240]) {
      const other = words(changed, 10_000) + ' ' + words(300 - changed, changed);
      const exact = jaccard(base, other);
      const est = estimate(signatureOf(base)!.minhash, signatureOf(other)!.minhash);
      // Standard error of a 128-hash estimate is at most sqrt(0.25 / 128) ≈ 0.044; allow three of them.
      expect(Math.abs(est - exact)).toBeLessThan(0.14);
    }
    expect(estimate(signatureOf(base)!.minhash, signatureOf(base)!.minhash)).toBe(1);
  });

  it('gives identical texts the same band keys and unrelated texts (almost) none in common', () => {
    const a = signatureOf(words(200))!.minhash;
    const b = signatureOf(words(200, 5000))!.minhash;
    expect(bandKeys(a, 'whole')).toHaveLength(BANDS);
    expect(bandKeys(a, 'whole')).toEqual(bandKeys([...a], 'whole'));
    const shared = bandKeys(a, 'whole').filter((k) => bandKeys(b, 'whole').includes(k));
    expect(shared.length).toBeLessThanOrEqual(1);
    // A slide's keys never meet a whole asset's.
    expect(bandKeys(a, 'slide').filter((k) => bandKeys(a, 'whole').includes(k))).toEqual([]);
  });
});
