import { describe, expect, it } from '@jest/globals';
import { JourneyPhase } from '../asset/asset.entity.js';
import { DealOutcome } from '../deal/deal.entity.js';
import { journeyPhaseOfDeal, scoreSuggestion } from './suggestion-score.util.js';
import type { SuggestionCandidate, SuggestionContext } from './suggestion-score.util.js';

const now = new Date('2026-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000);
const deal: SuggestionContext = {
  industry: 'medical',
  product: 'GTXPro',
  phase: JourneyPhase.BUYING,
  buyerRoles: ['cfo'],
  now,
};
const noUse = { dealsUsedIn: 0, won: 0, closedDeals: 40, closedWon: 20 };
const asset = (over: Partial<SuggestionCandidate> = {}): SuggestionCandidate => ({
  industries: [],
  products: [],
  journeyPhases: [],
  buyerRoles: [],
  reuseCount: 0,
  publishedAt: null,
  reviewDueAt: null,
  usage: noUse,
  ...over,
});

describe('journeyPhaseOfDeal', () => {
  it('reads the phase from the stage of an open deal and from the outcome of a closed one', () => {
    expect(journeyPhaseOfDeal(DealOutcome.OPEN, 'Prospecting')).toBe(JourneyPhase.AWARENESS);
    expect(journeyPhaseOfDeal(DealOutcome.OPEN, null)).toBe(JourneyPhase.AWARENESS);
    expect(journeyPhaseOfDeal(DealOutcome.OPEN, 'Engaging')).toBe(JourneyPhase.BUYING);
    expect(journeyPhaseOfDeal(DealOutcome.OPEN, 'Negotiation / Review')).toBe(JourneyPhase.BUYING);
    expect(journeyPhaseOfDeal(DealOutcome.WON, 'Won')).toBe(JourneyPhase.IMPLEMENTATION);
    expect(journeyPhaseOfDeal(DealOutcome.LOST, 'Lost')).toBe(JourneyPhase.BUYING);
  });
});

describe('scoreSuggestion', () => {
  it('adds up the fit, in the spelling of the asset, matching industry by case and product by case and spaces', () => {
    const s = scoreSuggestion(
      deal,
      asset({
        industries: ['Retail', 'Medical'],
        products: ['GTX Pro'],
        journeyPhases: [JourneyPhase.BUYING],
        buyerRoles: ['CFO', 'CIO'],
      }),
      10,
    );
    expect(s.breakdown).toEqual({
      industry: 0.3,
      product: 0.3,
      phase: 0.1,
      buyerRole: 0.1,
      winInfluence: 0,
      reuse: 0,
      freshness: 0,
      outOfDate: 0,
    });
    expect(s.score).toBe(0.8);
    expect(s.reasons).toEqual([
      'Same industry: Medical',
      'Product: GTX Pro',
      'Journey phase: Buying',
      'Buyer role: CFO',
    ]);
  });

  it('counts win influence only from the minimum number of closed deals, both ways, capped', () => {
    const nine = scoreSuggestion(
      deal,
      asset({ usage: { dealsUsedIn: 9, won: 9, closedDeals: 49, closedWon: 29 } }),
      10,
    );
    expect(nine.breakdown.winInfluence).toBe(0);
    expect(nine.reasons).toEqual([]);
    // 8 of 10 against 12 of 30 (40%): lift 0.4, worth 0.075 × 0.4 / 0.5.
    const ten = scoreSuggestion(
      deal,
      asset({ usage: { dealsUsedIn: 10, won: 8, closedDeals: 40, closedWon: 20 } }),
      10,
    );
    expect(ten.breakdown.winInfluence).toBe(0.06);
    expect(ten.reasons).toEqual(['Won 8 of 10 deals it was used in (80% against 40% without it)']);
    const bad = scoreSuggestion(
      deal,
      asset({ usage: { dealsUsedIn: 10, won: 0, closedDeals: 20, closedWon: 10 } }),
      10,
    );
    expect(bad.breakdown.winInfluence).toBe(-0.075);
  });

  it('rewards reuse on a log scale and freshness with a half-life of 180 days', () => {
    const s = scoreSuggestion(deal, asset({ reuseCount: 100, publishedAt: daysAgo(180) }), 10);
    expect(s.breakdown.reuse).toBe(0.075);
    expect(s.breakdown.freshness).toBe(0.025);
    expect(s.reasons).toEqual(['Reused 100 times', 'Published 180 days ago']);
    expect(scoreSuggestion(deal, asset({ reuseCount: 10 }), 10).breakdown.reuse).toBe(0.039);
    expect(scoreSuggestion(deal, asset({ reuseCount: 1000, publishedAt: daysAgo(0) }), 10).breakdown).toMatchObject({
      reuse: 0.075,
      freshness: 0.05,
    });
  });

  it('ranks any industry or product match above an unmatched asset however reused, fresh and winning', () => {
    const best = scoreSuggestion(
      deal,
      asset({
        reuseCount: 10_000,
        publishedAt: now,
        usage: { dealsUsedIn: 50, won: 50, closedDeals: 100, closedWon: 50 },
      }),
      10,
    );
    const fit = scoreSuggestion(
      deal,
      asset({ industries: ['Medical'], usage: { dealsUsedIn: 50, won: 0, closedDeals: 100, closedWon: 50 } }),
      10,
    );
    expect(fit.score).toBeGreaterThan(best.score);
    // Still so when the matching one may be out of date.
    const overdueFit = scoreSuggestion(
      deal,
      asset({
        industries: ['Medical'],
        reviewDueAt: daysAgo(1),
        usage: { dealsUsedIn: 50, won: 0, closedDeals: 100, closedWon: 50 },
      }),
      10,
    );
    expect(overdueFit.score).toBeGreaterThan(best.score);
  });

  it('ranks an asset that may be out of date below an otherwise equal one, with its freshness gone and 0.02 off', () => {
    const same = { industries: ['Medical'], reuseCount: 12, publishedAt: daysAgo(30) };
    const fresh = scoreSuggestion(deal, asset({ ...same, reviewDueAt: daysAgo(-60) }), 10);
    const overdue = scoreSuggestion(deal, asset({ ...same, reviewDueAt: daysAgo(0) }), 10);
    expect(overdue.breakdown.outOfDate).toBe(-0.02);
    expect(overdue.breakdown.freshness).toBe(0);
    expect(fresh.breakdown.outOfDate).toBe(0);
    expect(fresh.score - overdue.score).toBeCloseTo(0.02 + fresh.breakdown.freshness, 4);
    expect(overdue.reasons).toContain('May be out of date: its review is overdue');
    expect(fresh.reasons).toContain('Published 30 days ago');
    // Even against an older fresh asset, the overdue one stays below.
    const olderFresh = scoreSuggestion(
      deal,
      asset({ ...same, publishedAt: daysAgo(2000), reviewDueAt: daysAgo(-1) }),
      10,
    );
    expect(olderFresh.score).toBeGreaterThan(overdue.score);
  });
});
