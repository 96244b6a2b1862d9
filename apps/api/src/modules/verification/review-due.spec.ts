import { describe, expect, it } from '@jest/globals';
import { reviewState } from './review-due.js';
import type { ReviewFacts } from './review-due.js';

const now = new Date('2026-06-01T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 24 * 3600 * 1000);
const facts = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({
  published: true,
  reviewDueAt: days(10),
  intervalDays: 90,
  openDeals: 0,
  usedSinceReview: false,
  ...over,
});

describe('reviewState', () => {
  it('is fresh until the due date, then may be out of date, counting whole days overdue', () => {
    expect(reviewState(facts(), now)).toEqual({ outOfDate: false, daysOverdue: 0, archiveProposed: false });
    expect(reviewState(facts({ reviewDueAt: now }), now)).toMatchObject({ outOfDate: true, daysOverdue: 0 });
    expect(reviewState(facts({ reviewDueAt: days(-3.5) }), now)).toMatchObject({ outOfDate: true, daysOverdue: 3 });
  });

  it('never marks a draft or an archived asset', () => {
    expect(reviewState(facts({ published: false, reviewDueAt: days(-400) }), now).outOfDate).toBe(false);
  });

  it('proposes archive only when unused and overdue by a second whole interval', () => {
    expect(reviewState(facts({ reviewDueAt: days(-89) }), now).archiveProposed).toBe(false);
    expect(reviewState(facts({ reviewDueAt: days(-90) }), now).archiveProposed).toBe(true);
    expect(reviewState(facts({ reviewDueAt: days(-90), usedSinceReview: true }), now).archiveProposed).toBe(false);
    expect(reviewState(facts({ reviewDueAt: days(-90), openDeals: 1 }), now).archiveProposed).toBe(false);
    expect(reviewState(facts({ reviewDueAt: days(-30), intervalDays: 30 }), now).archiveProposed).toBe(true);
  });
});
