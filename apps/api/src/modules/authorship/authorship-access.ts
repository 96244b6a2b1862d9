import { AuthorRole, AuthorshipConsent } from './authorship.entity.js';

/** The roles that lead an asset: a LEAD_AUTHOR, and on an adaptation an ADAPTER too. */
export const leadRoles = (adaptation: boolean): AuthorRole[] =>
  adaptation ? [AuthorRole.LEAD_AUTHOR, AuthorRole.ADAPTER] : [AuthorRole.LEAD_AUTHOR];

/**
 * Why a person named on an asset may not decline it, or null when they may: a LEAD_AUTHOR carries the asset (another
 * lead is named first), and nobody may leave an asset without a lead.
 */
export function declineRefusal(
  viewerId: string,
  authors: readonly { userId: string; role: AuthorRole }[],
  adaptation: boolean,
): 'NOT_AN_AUTHOR' | 'LEAD_AUTHOR' | 'LAST_LEAD' | null {
  const mine = authors.find((a) => a.userId === viewerId);
  if (!mine) return 'NOT_AN_AUTHOR';
  if (mine.role === AuthorRole.LEAD_AUTHOR) return 'LEAD_AUTHOR';
  const leads = leadRoles(adaptation);
  if (!authors.some((a) => a.userId !== viewerId && leads.includes(a.role))) return 'LAST_LEAD';
  return null;
}

/** What the viewer may answer about being named on an asset. */
export function coauthorshipActions(
  viewerId: string,
  authors: readonly { userId: string; role: AuthorRole; consent: AuthorshipConsent }[],
  adaptation: boolean,
): { declineCoauthorship: boolean; acceptCoauthorship: boolean } {
  const mine = authors.find((a) => a.userId === viewerId);
  return {
    declineCoauthorship: declineRefusal(viewerId, authors, adaptation) === null,
    acceptCoauthorship: mine?.consent === AuthorshipConsent.PENDING,
  };
}
