import type { FileKind } from './file-kind.js';

/** One page of a file: a PDF page, a PPTX slide, an XLSX sheet or a DOCX section; `n` counts from 1. */
export interface ExtractedPage {
  n: number;
  /** The slide's title, the section's heading, the sheet's name, a PDF page's heading line; null when it has none. */
  heading: string | null;
  /** The page's text without its heading, lines separated by "\n" (XLSX cells by "\t"). */
  text: string;
}

export interface Extraction {
  kind: FileKind;
  title: string | null;
  /** The first ~300 characters of the file's text, the title left out. */
  summary: string | null;
  pages: ExtractedPage[];
  pageLabel: 'page' | 'slide' | 'sheet' | 'section';
}

const SUMMARY_LENGTH = 300;

/** Collapses runs of spaces and blank lines and trims each line. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, (gap) => (gap.includes('\t') ? '\t' : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A short line that reads like a title: letters in it, not a sentence running on. */
export function headingLike(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 2 && trimmed.length <= 120 && /\p{L}{2}/u.test(trimmed);
}

export function firstHeadingLine(pages: ExtractedPage[]): string | null {
  for (const page of pages) {
    if (page.heading && headingLike(page.heading)) return page.heading.trim();
    const line = page.text.split('\n').find((candidate) => candidate.trim());
    if (line && headingLike(line)) return line.trim();
    if (line) return null;
  }
  return null;
}

/** The first ~300 characters of real text, the title left out, cut at a word. */
export function summaryOf(pages: ExtractedPage[], title: string | null): string | null {
  const lines: string[] = [];
  for (const page of pages) {
    if (page.heading && page.heading !== title) lines.push(page.heading);
    lines.push(...page.text.split('\n'));
    if (lines.join(' ').length > SUMMARY_LENGTH * 2) break;
  }
  const text = lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && line !== title)
    .join(' ');
  if (!text) return null;
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH + 1);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > SUMMARY_LENGTH / 2) return cut.slice(0, sentence + 1);
  const word = cut.lastIndexOf(' ');
  return `${cut.slice(0, word > 0 ? word : SUMMARY_LENGTH).replace(/[\s,;:–-]+$/, '')}…`;
}
