import type { FileExtractionStatus } from '../../generated/graphql';

interface Named {
  user: { name: string };
}

interface Match {
  similarity: number;
  declined: boolean;
  partial: boolean;
  slidesLabel: string | null;
}

/** 0.784 -> "78%": how alike, as people say it. */
export function percentSame(similarity: number): string {
  return `${Math.round(Math.min(Math.max(similarity, 0), 1) * 100)}%`;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Chloé". */
export function authorNames(authors: readonly Named[]): string {
  const names = [...new Set(authors.map((author) => author.user.name))];
  if (names.length <= 1) {
    return names[0] ?? 'someone';
  }
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The matches the author has not said are not copies, most similar first. */
export function undeclinedMatches<T extends Match>(matches: readonly T[]): T[] {
  return matches.filter((match) => !match.declined).sort((a, b) => b.similarity - a.similarity);
}

/** What matched, before the original's title: "slides 3–5 of " for a partial match naming its slides, else nothing. */
export function matchedPartPrefix(match: Pick<Match, 'partial' | 'slidesLabel'>): string {
  return match.partial && match.slidesLabel ? `${match.slidesLabel} of ` : '';
}

const STILL_READING: ReadonlySet<FileExtractionStatus> = new Set(['PENDING', 'RUNNING']);

/** Whether any of the asset's files is still being read: a match may still turn up once it is. */
export function anyFileBeingRead(attachments: readonly { extraction?: { status: FileExtractionStatus } | null }[]) {
  return attachments.some((attachment) => attachment.extraction && STILL_READING.has(attachment.extraction.status));
}
