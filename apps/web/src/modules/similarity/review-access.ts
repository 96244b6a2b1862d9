import type { Role } from '../../generated/graphql';

/** The roles the API lets read and resolve attribution reviews (attributionReviews, resolveAttributionReview). */
const REVIEWER_ROLES: ReadonlySet<Role> = new Set<Role>(['ENABLEMENT', 'ADMIN']);

export function mayReviewAttribution(role: Role): boolean {
  return REVIEWER_ROLES.has(role);
}
