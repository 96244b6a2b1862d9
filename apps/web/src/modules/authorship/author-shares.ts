import type { AuthorRole } from '../../generated/graphql';

export interface AuthorDraft {
  user: { id: string; name: string; team?: { name: string } | null };
  role: AuthorRole;
  /** Whole percent; null while the input is empty. */
  share: number | null;
}

export const TOTAL_SHARE = 100;

export function shareTotal(authors: readonly AuthorDraft[]): number {
  return authors.reduce((sum, author) => sum + (author.share ?? 0), 0);
}

/**
 * Whole-percent shares that add up to 100, as equal as possible; the first authors get the extra percents
 * (e.g. 34/33/33), which keeps the lead's share the largest.
 */
export function splitEqually(count: number): number[] {
  if (count <= 0) {
    return [];
  }
  const base = Math.floor(TOTAL_SHARE / count);
  const extra = TOTAL_SHARE - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < extra ? 1 : 0));
}

/** What is wrong with an author list, in the words the form shows; null when the API would accept it. */
export function authorsProblem(authors: readonly AuthorDraft[], adaptation: boolean): string | null {
  if (authors.length === 0) {
    return 'Add at least one author.';
  }
  if (authors.some((author) => author.share === null || !Number.isInteger(author.share))) {
    return 'Give every author a whole-percent share.';
  }
  if (authors.some((author) => (author.share ?? 0) < 1 || (author.share ?? 0) > TOTAL_SHARE)) {
    return 'Each share must be from 1 to 100 percent.';
  }
  const total = shareTotal(authors);
  if (total !== TOTAL_SHARE) {
    return `Shares must add up to 100; they add up to ${total}.`;
  }
  const leads: readonly AuthorRole[] = adaptation ? ['LEAD_AUTHOR', 'ADAPTER'] : ['LEAD_AUTHOR'];
  if (!authors.some((author) => leads.includes(author.role))) {
    return adaptation ? 'An adaptation needs a lead author or an adapter.' : 'An asset needs a lead author.';
  }
  return null;
}

export function toAuthorshipInput(authors: readonly AuthorDraft[]) {
  return authors.map((author) => ({ userId: author.user.id, role: author.role, share: author.share ?? 0 }));
}

/** Whether two author lists differ in who, which role or which share (order does not matter). */
export function authorsChanged(before: readonly AuthorDraft[], after: readonly AuthorDraft[]): boolean {
  const key = (authors: readonly AuthorDraft[]) =>
    authors
      .map((author) => `${author.user.id}:${author.role}:${author.share ?? ''}`)
      .sort()
      .join('|');
  return key(before) !== key(after);
}
