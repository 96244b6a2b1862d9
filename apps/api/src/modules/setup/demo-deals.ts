import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssetKind } from '../asset/asset.entity.js';
import { CreditService } from '../credit/credit.service.js';
import type { DealFields } from '../deal/deal-fields.util.js';
import { DealOutcome } from '../deal/deal.entity.js';
import { DealChangeSource } from '../deal/deal-audit-entry.entity.js';
import { DealWriteService } from '../deal/deal-write.service.js';
import type { DealField } from '../deal/deal-write.service.js';
import { ReuseKind } from '../reuse/reuse-event.entity.js';
import { ReuseRepository } from '../reuse/reuse.repository.js';
import { DealRepository } from '../deal/deal.repository.js';
import { WinLossOutcome } from '../win-loss/win-loss-analysis.entity.js';
import { WinLossAnalysisService } from '../win-loss/win-loss-analysis.service.js';
import { WinLossReasonService } from '../win-loss/win-loss-reason.service.js';
import { demoData } from './demo-data.js';
import type { DemoAsset, DemoData } from './demo-data.js';
import { seededRandom } from './seeded-random.js';
import { SetupRepository } from './setup.repository.js';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** Deals besides the analysed ones, and how many of them are still open (about 35% of all 120). */
const MORE_DEALS = 105;
const MORE_OPEN = 42;

export interface PlannedDeal {
  externalId: string;
  name: string;
  account: string;
  industry: string;
  owner: string;
  product: string;
  competitor: string | null;
  engagedAt: Date;
  /** Where it ends up: OPEN at Prospecting or Engaging, or closed WON/LOST at closedAt. */
  outcome: DealOutcome;
  stage: string;
  closedAt: Date | null;
  amount: number | null;
  /** The demo win/loss analysis written about it. */
  analysisKey?: string;
}

export interface PlannedUse {
  externalId: string;
  assetKey: string;
  actor: string;
  at: Date;
}

export interface DemoDealPlan {
  deals: PlannedDeal[];
  uses: PlannedUse[];
}

function pick<T>(rand: () => number, options: [T, number][]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = rand() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1][0];
}

const between = (rand: () => number, low: number, high: number) => low + rand() * (high - low);
const roundTo = (value: number, step: number) => Math.round(value / step) * step;
// Sales work happens in office hours, more or less.
const atWorkingHour = (day: Date, rand: () => number) =>
  new Date(
    Math.floor(day.getTime() / DAY) * DAY + (8 + Math.floor(rand() * 9)) * HOUR + Math.floor(rand() * 60) * 60_000,
  );

/**
 * The demo's deals and the assets used in them, as data: pure and seeded, so every machine gets the same demo
 * (dates relative to `now`). Assets are used only while published, visible to the deal's owner, not authored by
 * them, relevant to the deal (its industry or product), and before the deal closed.
 */
export function planDemoDeals(
  now: Date,
  teamOf: (email: string) => string,
  { assets, accounts: demoAccounts, analysedDeals, market }: DemoData = demoData(),
): DemoDealPlan {
  const rand = seededRandom(20261202);
  const accounts = new Map(demoAccounts.map((a) => [a.name, a]));
  const byKey = new Map(assets.map((a) => [a.key, a]));
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const deals: PlannedDeal[] = [];

  for (const [i, analysed] of analysedDeals.entries()) {
    const asset = byKey.get(analysed.asset);
    if (!asset?.win) throw new Error(`demo deals: ${analysed.asset} is not a demo win/loss analysis`);
    const account = accounts.get(analysed.account)!;
    // Closed a few days before the analysis was written.
    const closedAt = atWorkingHour(new Date(today - (asset.publishedDaysAgo + 3 + Math.floor(rand() * 8)) * DAY), rand);
    const won = asset.win.outcome === 'WON';
    deals.push({
      externalId: `DEMO-${String(1001 + i)}`,
      name: `${account.name} – ${analysed.product}`,
      account: account.name,
      industry: account.industry,
      owner: analysed.owner,
      product: analysed.product,
      competitor: asset.win.competitor,
      engagedAt: atWorkingHour(new Date(closedAt.getTime() - analysed.cycleDays * DAY), rand),
      outcome: won ? DealOutcome.WON : DealOutcome.LOST,
      stage: won ? 'Won' : 'Lost',
      closedAt,
      amount: analysed.amount,
      analysisKey: asset.key,
    });
  }

  for (let i = 0; i < MORE_DEALS; i++) {
    const account = demoAccounts[Math.floor(rand() * demoAccounts.length)];
    const industry = market.industries[account.industry];
    const product = pick(rand, industry.products);
    const sellers = market.sellers[account.region].filter((s) => !s.smallDealsOnly || market.products[product].small);
    const owner = pick(
      rand,
      sellers.map((s) => [s.email, s.weight] as [string, number]),
    );
    const competitor = rand() < 0.15 ? null : pick(rand, industry.competitors);
    const open = i % 5 < 2 && deals.filter((d) => d.outcome === DealOutcome.OPEN).length < MORE_OPEN;
    const [shortest, longest] = market.products[product].cycle;
    let engagedAt: Date;
    let closedAt: Date | null = null;
    if (open) {
      engagedAt = atWorkingHour(new Date(today - Math.floor(between(rand, 2, 160)) * DAY), rand);
    } else {
      closedAt = atWorkingHour(new Date(today - Math.floor(between(rand, 2, 355)) * DAY), rand);
      engagedAt = atWorkingHour(
        new Date(closedAt.getTime() - Math.floor(between(rand, shortest, longest)) * DAY),
        rand,
      );
    }
    // Sized by sites or nodes, less a negotiated discount of up to 20%.
    const size = pick(rand, [
      [1, 5],
      [1.5, 3],
      [2, 2],
      [3, 1],
    ] as [number, number][]);
    const quote = roundTo(market.products[product].list * size * (1 - Math.floor(rand() * 5) * 0.05), 100);
    const ageDays = (now.getTime() - engagedAt.getTime()) / DAY;
    deals.push({
      externalId: `DEMO-${String(1001 + analysedDeals.length + i)}`,
      name: `${account.name} – ${product}`,
      account: account.name,
      industry: account.industry,
      owner,
      product,
      competitor,
      engagedAt,
      // Decided below, once we know what content the deal used.
      outcome: open ? DealOutcome.OPEN : DealOutcome.LOST,
      stage: open ? (ageDays < 25 || rand() < 0.2 ? 'Prospecting' : 'Engaging') : 'Lost',
      closedAt,
      amount: open ? null : quote,
    });
  }

  // Content used in deals, in the window between engagement (or the asset's publication) and the close.
  const uses: PlannedUse[] = [];
  const usable = assets.filter((a) => a.status === 'PUBLISHED' && a.visibility !== 'PRIVATE');
  const kindWeight: Record<DemoAsset['kind'], number> = {
    CLIENT_FACING: 1.5,
    ENABLEMENT: 1.2,
    BEST_PRACTICE: 1,
    WIN_LOSS: 0.6,
  };
  for (const deal of deals) {
    const end = deal.closedAt ? deal.closedAt.getTime() - DAY : now.getTime() - 2 * HOUR;
    const team = teamOf(deal.owner);
    const candidates = usable.flatMap((a): [DemoAsset, number][] => {
      // Published (with days to spare for the hour it was published at) at least a day before the window closes.
      const from = Math.max(deal.engagedAt.getTime(), today - (a.publishedDaysAgo - 2) * DAY);
      if (from >= end - DAY) return [];
      if (a.visibility === 'TEAM' && a.team !== team) return [];
      if (a.authors.some((au) => au.email === deal.owner)) return [];
      const relevance = (a.industries.includes(deal.industry) ? 2 : 0) + (a.products.includes(deal.product) ? 2 : 0);
      return relevance ? [[a, relevance * relevance * kindWeight[a.kind]]] : [];
    });
    const wanted = deal.closedAt
      ? pick(rand, [
          [0, 30],
          [1, 30],
          [2, 28],
          [3, 12],
        ] as [number, number][])
      : pick(rand, [
          [0, 50],
          [1, 35],
          [2, 15],
        ] as [number, number][]);
    for (let n = 0; n < wanted && candidates.length; n++) {
      const asset = pick(
        rand,
        candidates.map((c, index) => [index, c[1]] as [number, number]),
      );
      const [chosen] = candidates.splice(asset, 1);
      const from = Math.max(deal.engagedAt.getTime(), today - (chosen[0].publishedDaysAgo - 2) * DAY);
      uses.push({
        externalId: deal.externalId,
        assetKey: chosen[0].key,
        actor: deal.owner,
        at: atWorkingHour(new Date(between(rand, from, end - DAY)), rand),
      });
    }
    if (deal.closedAt && !deal.analysisKey) {
      // Deals that used the right content win more often: the story the demo's content-influence numbers tell.
      const used = uses.filter((u) => u.externalId === deal.externalId).length;
      const won = rand() < Math.min(0.9, market.winRates[deal.competitor ?? ''] + 0.09 * used);
      deal.outcome = won ? DealOutcome.WON : DealOutcome.LOST;
      deal.stage = won ? 'Won' : 'Lost';
    }
  }
  uses.sort((a, b) => a.at.getTime() - b.at.getTime() || a.externalId.localeCompare(b.externalId));
  return { deals, uses };
}

/**
 * Loads the demo's deals after the demo organisation and its content: accounts, ~120 deals over the past year
 * (~35% still open) written through the CRM write path, the demo assets used in them (reuses credited through the
 * real credit path, before each deal closes, so won deals pay out their pool) and the demo win/loss analyses
 * linked to the deals they tell of.
 */
@Injectable()
export class DemoDeals {
  private readonly logger = new Logger(DemoDeals.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly setup: SetupRepository,
    private readonly reuses: ReuseRepository,
    private readonly deals: DealRepository,
    private readonly dealWrite: DealWriteService,
    private readonly credit: CreditService,
    private readonly analyses: WinLossAnalysisService,
    private readonly reasons: WinLossReasonService,
  ) {}

  async load(now = new Date()): Promise<void> {
    const data = demoData();
    const people = new Map((await this.setup.people()).map((p) => [p.email, p]));
    const titles = new Map((await this.setup.assetTitles()).map((a) => [a.title, a.id]));
    const assetId = (key: string) => titles.get(data.assets.find((a) => a.key === key)!.title)!;
    const plan = planDemoDeals(now, (email) => people.get(email)?.team ?? '', data);

    await this.dataSource.transaction(async (em) => {
      await this.reasons.ensureSeeded(em);
      await this.deals.upsertAccounts(
        em,
        ['industry', 'headquarters', 'employees', 'year_established'],
        data.accounts.map((a) => ({
          name: a.name,
          industry: a.industry,
          headquarters: a.headquarters,
          employees: a.employees,
          year_established: a.yearEstablished,
          annual_revenue: null,
          parent_name: null,
        })),
      );
    });

    // First as the CRM saw them while in progress, then the closes: a deal must exist (open) before content is
    // recorded as used in it, and must close after that for the won hook to pay the pool to what it used.
    const opened = await this.write(
      plan.deals.map((d) => ({
        externalId: d.externalId,
        name: d.name,
        account: d.account,
        owner: d.owner,
        product: d.product,
        amount: null,
        stage: d.outcome === DealOutcome.OPEN ? d.stage : 'Engaging',
        outcome: DealOutcome.OPEN,
        competitor: d.competitor,
        engagedAt: d.engagedAt,
        closedAt: null,
      })),
      new Set<DealField>(['name', 'account', 'owner', 'product', 'amount', 'stage', 'competitor', 'engagedAt']),
    );
    const dealIds = new Map(opened.map((d) => [d.externalId, d.id]));

    await this.dataSource.transaction(async (em) => {
      for (const [n, use] of plan.uses.entries()) {
        const actorId = people.get(use.actor)!.id;
        const id = assetId(use.assetKey);
        const result = await this.credit.record(em, {
          kind: 'REUSE',
          actorId,
          assetId: id,
          reuseKind: 'USED_IN_DEAL',
          occurredAt: use.at,
        });
        await this.reuses.insert(em, {
          assetId: id,
          actorId,
          kind: ReuseKind.USED_IN_DEAL,
          dealId: dealIds.get(use.externalId)!,
          clientEventId: `demo-deal:${n}`,
          occurredAt: use.at,
          pointsAwarded: result.awardedPoints,
          creditEventId: result.eventId,
        });
      }
    });

    const closed = plan.deals
      .filter((d) => d.closedAt)
      .sort((a, b) => a.closedAt!.getTime() - b.closedAt!.getTime() || a.externalId.localeCompare(b.externalId));
    await this.write(
      closed.map((d) => ({
        externalId: d.externalId,
        amount: d.amount,
        stage: d.stage,
        outcome: d.outcome,
        closedAt: d.closedAt,
      })),
      new Set<DealField>(['amount', 'stage']),
    );

    await this.dataSource.transaction(async (em) => {
      for (const deal of plan.deals.filter((d) => d.analysisKey)) {
        const demo = data.assets.find((a) => a.key === deal.analysisKey)!;
        await this.analyses.save(
          em,
          { id: assetId(demo.key), kind: AssetKind.WIN_LOSS },
          {
            dealId: dealIds.get(deal.externalId)!,
            analysis: {
              outcome: demo.win!.outcome as WinLossOutcome,
              reasons: demo.win!.reasons,
              competitor: demo.win!.competitor,
              buyerRolesInvolved: demo.buyerRoles,
              lessonsLearned: demo.win!.lessons,
            },
          },
        );
      }
    });
    const open = plan.deals.filter((d) => d.outcome === DealOutcome.OPEN).length;
    const won = plan.deals.filter((d) => d.outcome === DealOutcome.WON).length;
    this.logger.log(
      `Demo deals: ${data.accounts.length} accounts, ${plan.deals.length} deals (${open} open, ${won} won, ${plan.deals.length - open - won} lost), ` +
        `${plan.uses.length} uses of content in deals, ${data.analysedDeals.length} win/loss analyses linked`,
    );
  }

  private async write(deals: DealFields[], given: Set<DealField>) {
    const result = await this.dealWrite.write(deals, given, { source: DealChangeSource.IMPORT, viewer: null });
    if (result.errors.length) throw new Error(`demo deals: ${JSON.stringify(result.errors.slice(0, 3))}`);
    return result.deals;
  }
}
