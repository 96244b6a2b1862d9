import type { Extraction } from './extraction/index.js';

/** The most of a file's text proposed as an asset's body; the rest stays searchable in the file itself. */
export const MAX_PROPOSED_BODY = 40_000;

const LABELS = { page: 'Page', slide: 'Slide', sheet: 'Sheet', section: 'Section' } as const;

/** The body of a draft made from a file before its text is read (and kept if it cannot be read). */
export function placeholderBody(fileName: string): string {
  return `The file **${escapeMarkdown(fileName)}** is attached.`;
}

/** A file name as a title: without its extension, with separators as spaces. */
export function titleFromFileName(fileName: string): string {
  const title = fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (title || fileName).slice(0, 200);
}

/** Title, summary and body proposed for a draft from what was read from its file. */
export function proposal(
  fileName: string,
  extraction: Extraction,
): { title: string; summary: string | null; body: string } {
  const title = (extraction.title?.trim() || titleFromFileName(fileName)).slice(0, 200);
  const sections: string[] = [];
  let length = 0;
  for (const page of extraction.pages) {
    const text = page.text.trim();
    if (!text && !page.heading) continue;
    const label = `${LABELS[extraction.pageLabel]} ${page.n}`;
    const heading = page.heading?.trim();
    const section = `## ${heading ? `${escapeMarkdown(heading)} (${label.toLowerCase()})` : label}\n\n${escapeMarkdown(text)}`;
    if (length + section.length > MAX_PROPOSED_BODY) {
      sections.push(`_The rest of the text is in **${escapeMarkdown(fileName)}**._`);
      break;
    }
    sections.push(section);
    length += section.length;
  }
  return {
    title,
    summary: extraction.summary?.trim().slice(0, 1000) || null,
    body: sections.length ? sections.join('\n\n') : placeholderBody(fileName),
  };
}

/** Text from a file shown as it is, not read as Markdown (a "#" or "*" at a line's start stays a character). */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/^(\s*)([-+])\s/gm, '$1\\$2 ');
}
