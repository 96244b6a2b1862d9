import type { AuthorRole } from '../../generated/graphql';

export const AUTHOR_ROLES: readonly AuthorRole[] = [
  'LEAD_AUTHOR',
  'CO_AUTHOR',
  'ADAPTER',
  'SUBJECT_MATTER_EXPERT',
  'REVIEWER',
];

export const AUTHOR_ROLE_LABELS: Record<AuthorRole, string> = {
  LEAD_AUTHOR: 'Lead author',
  CO_AUTHOR: 'Co-author',
  ADAPTER: 'Adapter',
  SUBJECT_MATTER_EXPERT: 'Subject-matter expert',
  REVIEWER: 'Reviewer',
};

export function isAuthorRole(value: string | null): value is AuthorRole {
  return value !== null && (AUTHOR_ROLES as readonly string[]).includes(value);
}

/** One colour per author in share bars, in list order. */
export const SHARE_COLORS = ['indigo.6', 'teal.5', 'orange.5', 'grape.5', 'cyan.6', 'pink.5', 'lime.6', 'yellow.6'];

export function shareColor(index: number): string {
  return SHARE_COLORS[index % SHARE_COLORS.length] ?? 'gray.5';
}

/** The same colour for text: the theme's readable shade of it (a bar's mid shade is too light to read). */
export function shareTextColor(index: number): string {
  return shareColor(index).split('.')[0];
}
