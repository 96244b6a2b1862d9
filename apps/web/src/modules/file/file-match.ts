/** A run of a search snippet: the words that matched the search are `marked`. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** Splits a server snippet, whose matching words are «marked like this», into plain and marked runs. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /«([^«»]*)»/g;
  let at = 0;
  for (const match of snippet.matchAll(pattern)) {
    const start = match.index;
    if (start > at) {
      parts.push({ text: snippet.slice(at, start), marked: false });
    }
    if (match[1]) {
      parts.push({ text: match[1], marked: true });
    }
    at = start + match[0].length;
  }
  if (at < snippet.length) {
    // An unclosed « stays as it is written.
    parts.push({ text: snippet.slice(at), marked: false });
  }
  return parts;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Where a match is: "Slide 3 of Renewal deck.pptx". */
export function fileMatchPlace(match: { pageLabel: string; page: number; fileName: string }): string {
  return `${capitalised(match.pageLabel || 'page')} ${match.page} of ${match.fileName}`;
}
