/**
 * MinHash signatures over word shingles, and the LSH band keys that index them. Pure and deterministic: fixed seeds,
 * 32-bit hashes written here, so every server computes the same signature for the same text.
 */

/** Hashes per signature. */
export const SIGNATURE_SIZE = 128;
/** Bands of ROWS_PER_BAND hashes: a pair at similarity s shares a band with probability 1 - (1 - s^4)^32 (0.99 at 0.6). */
export const BANDS = 32;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
/** Word shingles; shorter text falls back to shorter shingles (see shingleSize). */
export const SHINGLE_WORDS = 3;

/** Case, accents and punctuation removed: the words of a text as compared. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** 3-word shingles for ordinary text; 2 under 12 words, single words under 6, so short text still compares. */
export function shingleSize(wordCount: number): number {
  if (wordCount >= 12) return SHINGLE_WORDS;
  if (wordCount >= 6) return 2;
  return 1;
}

/** The distinct shingles of a text (as strings), for the exact Jaccard the tests compare estimates with. */
export function shingles(text: string): Set<string> {
  const words = normalisedWords(text);
  const k = shingleSize(words.length);
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** Exact Jaccard similarity of two texts' shingle sets. */
export function jaccard(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (!sa.size && !sb.size) return 0;
  let common = 0;
  for (const s of sa) if (sb.has(s)) common++;
  return common / (sa.size + sb.size - common);
}

/** FNV-1a over a string's UTF-16 code units, 32 bits. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32 bits that mixes every input bit into every output bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The signature's fixed seeds (splitmix32 from a constant): changing them invalidates every stored signature. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    seeds[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return seeds;
})();

/** A text's MinHash signature and how many distinct shingles it rests on; null for text without words. */
export interface Signature {
  /** SIGNATURE_SIZE minimums, as signed 32-bit integers (the database's int4). */
  minhash: number[];
  shingles: number;
}

export function signatureOf(text: string): Signature | null {
  const words = normalisedWords(text);
  if (!words.length) return null;
  const k = shingleSize(words.length);
  const hashes = new Set<number>();
  for (let i = 0; i + k <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + k).join(' ')));
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix32(h ^ SEEDS[i]);
      if (v < mins[i]) mins[i] = v;
    }
  }
  return { minhash: Array.from(mins, (v) => v | 0), shingles: hashes.size };
}

/** The estimated Jaccard similarity of two signatures: the fraction of positions where they agree. */
export function estimate(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * The LSH keys of a signature: one per band, `band × 2^32 + hash of the band's rows`, salted by what the signature
 * is of (a whole asset or one slide) so that the two kinds never meet in a lookup.
 */
export function bandKeys(minhash: readonly number[], kind: 'whole' | 'slide'): string[] {
  const salt = kind === 'whole' ? 0x2545f491 : 0x6a09e667;
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = salt;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = fmix32(h ^ fmix32(minhash[band * ROWS_PER_BAND + r] >>> 0));
    keys.push(String(band * 4294967296 + h));
  }
  return keys;
}
