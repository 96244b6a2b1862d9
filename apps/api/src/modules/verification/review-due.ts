/** The review interval of a kind no admin has set. */
export const DEFAULT_REVIEW_DAYS = 90;

/** How long an admin may set a review interval to, in days (two years). */
export const MAX_REVIEW_DAYS = 730;

const DAY_MS = 24 * 3600 * 1000;

/**
 * When a published asset of `alias` (of `assets`) is due for review, as SQL: its last verification (else its
 * publication) plus its kind's interval; NULL for drafts and archived assets, which are not reviewed. The one
 * definition of the due date: suggestions, the review queue and the reminders all read it.
 */
export function reviewDueAtSql(alias: string): string {
  return `CASE WHEN ${alias}.status = 'PUBLISHED' THEN
      coalesce((SELECT rv_s.verified_at FROM asset_verification_states rv_s WHERE rv_s.asset_id = ${alias}.id), ${alias}.published_at, ${alias}.created_at)
      + make_interval(days => coalesce((SELECT rv_i.days FROM review_intervals rv_i WHERE rv_i.kind = ${alias}.kind), ${DEFAULT_REVIEW_DAYS})) END`;
}

/** What the freshness rules see of an asset. */
export interface ReviewFacts {
  published: boolean;
  reviewDueAt: Date | null;
  intervalDays: number;
  /** Open deals that use it (the `deal_asset_uses` view). */
  openDeals: number;
  /** Whether it was reused or used in a deal since it was last verified (or published). */
  usedSinceReview: boolean;
}

export interface ReviewState {
  /** "May be out of date": the review is overdue. */
  outOfDate: boolean;
  /** Whole days since the review fell due; 0 when it is not overdue. */
  daysOverdue: number;
  /** Unused since its last review and overdue by a second whole interval: proposed for archive. */
  archiveProposed: boolean;
}

/** The freshness of an asset at `now`. */
export function reviewState(facts: ReviewFacts, now: Date): ReviewState {
  const due = facts.published ? facts.reviewDueAt : null;
  if (!due || due.getTime() > now.getTime()) return { outOfDate: false, daysOverdue: 0, archiveProposed: false };
  const overdueMs = now.getTime() - due.getTime();
  return {
    outOfDate: true,
    daysOverdue: Math.floor(overdueMs / DAY_MS),
    archiveProposed: !facts.usedSinceReview && facts.openDeals === 0 && overdueMs >= facts.intervalDays * DAY_MS,
  };
}
