import { describe, expect, it } from '@jest/globals';
import { DealOutcome } from '../deal/deal.entity.js';
import { demoData } from './demo-data.js';
import { planDemoDeals } from './demo-deals.js';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-11-27T09:30:00Z');
const {
  assets: DEMO_ASSETS,
  accounts: DEMO_ACCOUNTS,
  organisation: { people: DEMO_PEOPLE },
  taxonomy: { industries: DEMO_INDUSTRIES, products: DEMO_PRODUCTS, competitors: DEMO_COMPETITORS },
} = demoData();
const teams = new Map(DEMO_PEOPLE.map((p) => [p.email, p.team]));
const plan = planDemoDeals(now, (email) => teams.get(email) ?? '');
const assets = new Map(DEMO_ASSETS.map((a) => [a.key, a]));
const deals = new Map(plan.deals.map((d) => [d.externalId, d]));

describe('the demo deals', () => {
  it('are about 120 deals of the demo catalogue over the past year, about 35% open', () => {
    expect(plan.deals).toHaveLength(120);
    expect(plan.deals.filter((d) => d.outcome === DealOutcome.OPEN)).toHaveLength(42);
    expect(new Set(plan.deals.map((d) => d.externalId)).size).toBe(120);
    const accounts = new Set(DEMO_ACCOUNTS.map((a) => a.name));
    expect(accounts.size).toBe(25);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.industry))).toEqual(new Set(DEMO_INDUSTRIES));
    for (const d of plan.deals) {
      expect(accounts.has(d.account)).toBe(true);
      expect(DEMO_PRODUCTS).toContain(d.product);
      if (d.competitor) expect(DEMO_COMPETITORS).toContain(d.competitor);
      expect(DEMO_PEOPLE.find((p) => p.email === d.owner)).toBeDefined();
      if (d.outcome === DealOutcome.OPEN) {
        expect([d.closedAt, d.amount, ['Prospecting', 'Engaging'].includes(d.stage)]).toEqual([null, null, true]);
      } else {
        expect(d.closedAt!.getTime()).toBeGreaterThan(d.engagedAt.getTime());
        expect(d.closedAt!.getTime()).toBeLessThan(now.getTime());
        expect(d.amount).toBeGreaterThan(0);
        expect(d.stage).toBe(d.outcome === DealOutcome.WON ? 'Won' : 'Lost');
      }
    }
    // Apart from the deals the older analyses tell of, they closed within the year.
    const older = plan.deals.filter((d) => d.closedAt && now.getTime() - d.closedAt.getTime() > 365 * DAY);
    expect(older.every((d) => d.analysisKey)).toBe(true);
    const closed = plan.deals.filter((d) => d.outcome !== DealOutcome.OPEN);
    const winRate = closed.filter((d) => d.outcome === DealOutcome.WON).length / closed.length;
    expect(winRate).toBeGreaterThan(0.4);
    expect(winRate).toBeLessThan(0.7);
  });

  it('link every demo win/loss analysis to a closed deal with its outcome and competitor, closed before it was written', () => {
    const analysed = plan.deals.filter((d) => d.analysisKey);
    expect(analysed.map((d) => d.analysisKey).sort()).toEqual(
      DEMO_ASSETS.filter((a) => a.kind === 'WIN_LOSS')
        .map((a) => a.key)
        .sort(),
    );
    for (const d of analysed) {
      const asset = assets.get(d.analysisKey!)!;
      expect([d.outcome, d.competitor]).toEqual([asset.win!.outcome, asset.win!.competitor]);
      expect(asset.products).toContain(d.product);
      expect(now.getTime() - d.closedAt!.getTime()).toBeGreaterThan((asset.publishedDaysAgo + 2) * DAY);
    }
  });

  it('use content the owner could see and did not write, while it was published, before the deal closed', () => {
    expect(plan.uses.length).toBeGreaterThan(60);
    for (const use of plan.uses) {
      const deal = deals.get(use.externalId)!;
      const asset = assets.get(use.assetKey)!;
      expect(use.actor).toBe(deal.owner);
      expect(asset.status).toBe('PUBLISHED');
      expect(asset.visibility === 'ORG' || (asset.visibility === 'TEAM' && asset.team === teams.get(deal.owner))).toBe(
        true,
      );
      expect(asset.authors.map((a) => a.email)).not.toContain(deal.owner);
      expect(asset.industries.includes(deal.industry) || asset.products.includes(deal.product)).toBe(true);
      expect(use.at.getTime()).toBeGreaterThan(
        Math.max(deal.engagedAt.getTime() - DAY, now.getTime() - asset.publishedDaysAgo * DAY + 8 * 3600 * 1000),
      );
      expect(use.at.getTime()).toBeLessThan(deal.closedAt?.getTime() ?? now.getTime());
    }
    expect([...plan.uses].sort((a, b) => a.at.getTime() - b.at.getTime())).toEqual(plan.uses);
    // Enough use in closed deals for content influence to claim something for a few assets.
    const closedUses = new Map<string, Set<string>>();
    for (const u of plan.uses.filter((u) => deals.get(u.externalId)!.closedAt)) {
      closedUses.set(u.assetKey, (closedUses.get(u.assetKey) ?? new Set()).add(u.externalId));
    }
    expect([...closedUses.values()].filter((s) => s.size >= 10).length).toBeGreaterThanOrEqual(2);
  });

  it('are the same on every run', () => {
    expect(planDemoDeals(now, (email) => teams.get(email) ?? '')).toEqual(plan);
  });
});
