/** The most slides one reuse may name. */
export const MAX_NAMED_SLIDES = 500;

export type SlideRange = { slides: number[] } | { problem: string };

/**
 * Reads the slides a person typed ("3-5", "3–5", "slides 1, 4, 7-9") as ascending distinct numbers from 1, or
 * says what is wrong with them.
 */
export function parseSlides(text: string): SlideRange {
  const cleaned = text
    .trim()
    .replace(/^(slides?|pages?)\s*/i, '')
    .replace(/\s+/g, '');
  if (!cleaned) return { problem: 'Name the slides as numbers, such as "3-5" or "1, 4, 7-9".' };
  const slides = new Set<number>();
  for (const part of cleaned.split(/[,;]/)) {
    const match = /^(\d{1,5})(?:[-–—](\d{1,5}))?$/.exec(part);
    if (!match) return { problem: `"${part}" is not a slide number or range; write them as "3-5" or "1, 4, 7-9".` };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1) return { problem: 'Slides are numbered from 1.' };
    if (to < from) return { problem: `The range ${from}–${to} runs backwards; write it as ${to}–${from}.` };
    if (to - from + 1 + slides.size > MAX_NAMED_SLIDES) {
      return { problem: `A reuse can name at most ${MAX_NAMED_SLIDES} slides.` };
    }
    for (let n = from; n <= to; n++) slides.add(n);
  }
  return { slides: [...slides].sort((a, b) => a - b) };
}

/** Ascending slide numbers as people write them: "3–5, 8". */
export function formatSlides(slides: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < slides.length; i++) {
    let j = i;
    while (j + 1 < slides.length && slides[j + 1] === slides[j] + 1) j++;
    runs.push(j === i ? `${slides[i]}` : `${slides[i]}–${slides[j]}`);
    i = j;
  }
  return runs.join(', ');
}
