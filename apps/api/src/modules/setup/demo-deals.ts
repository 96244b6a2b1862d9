import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssetKind } from '../asset/asset.entity.js';
import { CreditService } from '../credit/credit.service.js';
import type { DealFields } from '../deal/deal-fields.util.js';
import { DealOutcome } from '../deal/deal.entity.js';
import { DealChangeSource } from '../deal/deal-audit-entry.entity.js';
import { DealWriteService } from '../deal/deal-write.service.js';
import type { DealField } from '../deal/deal-write.service.js';
import { ReuseEventEntity, ReuseKind } from '../reuse/reuse-event.entity.js';
import { WinLossOutcome } from '../win-loss/win-loss-analysis.entity.js';
import { WinLossAnalysisService } from '../win-loss/win-loss-analysis.service.js';
import { WinLossReasonService } from '../win-loss/win-loss-reason.service.js';
import { DEMO_ASSETS } from './demo-assets.js';
import type { DemoAsset } from './demo-assets.js';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** A small seeded generator (the same as the demo activity's), so the demo deals are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Region = 'EMEA' | 'NA' | 'APAC';

/** Who sells in each region, and how much of the pipeline each carries; SDRs only run the smaller GTX deals. */
const SELLERS: Record<Region, { email: string; weight: number; smallDealsOnly?: boolean }[]> = {
  EMEA: [
    { email: 'sofia.rossi@byline.demo', weight: 3 },
    { email: 'fatima.el-amin@byline.demo', weight: 3 },
    { email: 'claire.dubois@byline.demo', weight: 1 },
  ],
  NA: [
    { email: 'carol.jensen@byline.demo', weight: 3 },
    { email: 'hannah.brooks@byline.demo', weight: 3 },
    { email: 'marcus.lee@byline.demo', weight: 1 },
    { email: 'diego.alvarez@byline.demo', weight: 1, smallDealsOnly: true },
  ],
  APAC: [
    { email: 'ravi.menon@byline.demo', weight: 3 },
    { email: 'tom.walker@byline.demo', weight: 3 },
    { email: 'aiko.tanaka@byline.demo', weight: 1 },
  ],
};

export interface DemoAccount {
  name: string;
  industry: string;
  region: Region;
  headquarters: string;
  employees: number;
  yearEstablished: number;
}

/** The demo's customers: the ones its win/loss stories tell of, and more of the same industries. */
// prettier-ignore
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { name: 'Nordvik Bank', industry: 'Finance', region: 'EMEA', headquarters: 'Oslo', employees: 4100, yearEstablished: 1921 },
  { name: 'Kestrel Telecom', industry: 'Telecommunications', region: 'EMEA', headquarters: 'Rotterdam', employees: 7800, yearEstablished: 1996 },
  { name: 'Orbis Payments', industry: 'Finance', region: 'EMEA', headquarters: 'Dublin', employees: 400, yearEstablished: 2012 },
  { name: 'Vantage Analytics', industry: 'Technology', region: 'EMEA', headquarters: 'Hamburg', employees: 260, yearEstablished: 2015 },
  { name: 'Halden Insurance', industry: 'Finance', region: 'EMEA', headquarters: 'Munich', employees: 3200, yearEstablished: 1954 },
  { name: 'Fjordline Networks', industry: 'Telecommunications', region: 'EMEA', headquarters: 'Bergen', employees: 1900, yearEstablished: 2001 },
  { name: 'Corvid Systems', industry: 'Technology', region: 'EMEA', headquarters: 'Amsterdam', employees: 540, yearEstablished: 2009 },
  { name: 'Northgate Clinics', industry: 'Medical', region: 'EMEA', headquarters: 'Manchester', employees: 2300, yearEstablished: 1988 },
  { name: 'Bellhaven Credit Union', industry: 'Finance', region: 'EMEA', headquarters: 'Edinburgh', employees: 850, yearEstablished: 1972 },
  { name: 'Harbor & Pine', industry: 'Retail', region: 'NA', headquarters: 'Boston', employees: 5200, yearEstablished: 1983 },
  { name: 'Brightwave Media', industry: 'Marketing', region: 'NA', headquarters: 'Chicago', employees: 650, yearEstablished: 2006 },
  { name: 'Atlas Staffing', industry: 'Employment', region: 'NA', headquarters: 'Denver', employees: 410, yearEstablished: 1999 },
  { name: 'Meridian Health Partners', industry: 'Medical', region: 'NA', headquarters: 'Atlanta', employees: 18500, yearEstablished: 1964 },
  { name: 'Crestline Facility Services', industry: 'Services', region: 'NA', headquarters: 'Dallas', employees: 1960, yearEstablished: 1991 },
  { name: 'Greenfield Talent Group', industry: 'Employment', region: 'NA', headquarters: 'Columbus', employees: 70, yearEstablished: 2014 },
  { name: 'Alder & Finch Outfitters', industry: 'Retail', region: 'NA', headquarters: 'Portland', employees: 1300, yearEstablished: 1977 },
  { name: 'Signal Peak Agency', industry: 'Marketing', region: 'NA', headquarters: 'Austin', employees: 230, yearEstablished: 2011 },
  { name: 'Keystone Field Services', industry: 'Services', region: 'NA', headquarters: 'Pittsburgh', employees: 2700, yearEstablished: 1986 },
  { name: 'Pacifica Software', industry: 'Software', region: 'APAC', headquarters: 'Singapore', employees: 380, yearEstablished: 2013 },
  { name: 'Lumen Studios', industry: 'Entertainment', region: 'APAC', headquarters: 'Sydney', employees: 520, yearEstablished: 2008 },
  { name: 'Sunline Retail Group', industry: 'Retail', region: 'APAC', headquarters: 'Gold Coast', employees: 1400, yearEstablished: 1994 },
  { name: 'Tessera Mobile', industry: 'Telecommunications', region: 'APAC', headquarters: 'Kuala Lumpur', employees: 6100, yearEstablished: 2003 },
  { name: 'Quillstack', industry: 'Software', region: 'APAC', headquarters: 'Bengaluru', employees: 290, yearEstablished: 2016 },
  { name: 'Riverlight Cinemas', industry: 'Entertainment', region: 'APAC', headquarters: 'Auckland', employees: 940, yearEstablished: 1998 },
  { name: 'Hirewell Partners', industry: 'Employment', region: 'APAC', headquarters: 'Melbourne', employees: 160, yearEstablished: 2010 },
];

/** Annual list prices from the demo's pricing guardrails, and typical sales cycles in days. */
const PRODUCTS: Record<string, { list: number; cycle: [number, number]; small: boolean }> = {
  'GTX Basic': { list: 18_000, cycle: [21, 50], small: true },
  'GTX Pro': { list: 42_000, cycle: [40, 100], small: true },
  'GTX Plus Basic': { list: 29_000, cycle: [45, 100], small: false },
  'GTX Plus Pro': { list: 64_000, cycle: [60, 160], small: false },
  'MG Special': { list: 36_000, cycle: [50, 120], small: false },
  'MG Advanced': { list: 78_000, cycle: [80, 190], small: false },
  'GTK 500': { list: 145_000, cycle: [100, 230], small: false },
};

/** What each industry buys, and whom we meet there, weighted. */
// prettier-ignore
const INDUSTRY_MARKET: Record<string, { products: [string, number][]; competitors: [string, number][] }> = {
  Technology: { products: [['GTX Plus Pro', 2], ['MG Advanced', 2], ['GTX Pro', 2], ['GTK 500', 1]], competitors: [['Veloria', 3], ['Quantix', 1]] },
  Medical: { products: [['GTX Plus Pro', 2], ['MG Special', 2], ['GTX Pro', 2], ['GTX Plus Basic', 1]], competitors: [['Quantix', 3], ['Northbeam', 1]] },
  Retail: { products: [['GTX Plus Pro', 3], ['GTX Plus Basic', 2], ['GTX Pro', 2]], competitors: [['Northbeam', 3], ['Veloria', 2]] },
  Software: { products: [['GTX Pro', 3], ['MG Advanced', 2], ['GTX Plus Pro', 1]], competitors: [['Veloria', 3], ['Quantix', 1]] },
  Finance: { products: [['MG Special', 3], ['MG Advanced', 2], ['GTK 500', 2], ['GTX Pro', 1]], competitors: [['Castellan', 3], ['Quantix', 2]] },
  Marketing: { products: [['GTX Pro', 3], ['GTX Basic', 2]], competitors: [['Veloria', 2], ['Northbeam', 2]] },
  Entertainment: { products: [['GTK 500', 2], ['GTX Pro', 2], ['MG Advanced', 1]], competitors: [['Quantix', 3], ['Veloria', 1]] },
  Telecommunications: { products: [['GTK 500', 3], ['MG Advanced', 3]], competitors: [['Quantix', 2], ['Castellan', 2]] },
  Services: { products: [['GTX Pro', 3], ['GTX Basic', 2], ['GTX Plus Basic', 2]], competitors: [['Northbeam', 3]] },
  Employment: { products: [['GTX Basic', 3], ['GTX Pro', 2]], competitors: [['Northbeam', 3]] },
};

/** How often we win against each competitor (and with none in the deal), before the content used is counted. */
const WIN_RATE: Record<string, number> = { '': 0.55, Northbeam: 0.5, Veloria: 0.45, Quantix: 0.4, Castellan: 0.3 };

/** The deal each demo win/loss analysis tells of, from the analysis itself (customer, owner, system, value, cycle). */
// prettier-ignore
const ANALYSED_DEALS: { asset: string; account: string; owner: string; product: string; amount: number; cycleDays: number }[] = [
  { asset: 'win-harbor-pine-gtx-plus-pro-vs-northbeam', account: 'Harbor & Pine', owner: 'carol.jensen@byline.demo', product: 'GTX Plus Pro', amount: 146_300, cycleDays: 150 },
  { asset: 'loss-nordvik-bank-mg-advanced-vs-castellan', account: 'Nordvik Bank', owner: 'fatima.el-amin@byline.demo', product: 'MG Advanced', amount: 142_000, cycleDays: 210 },
  { asset: 'win-kestrel-telecom-gtk-500-vs-quantix', account: 'Kestrel Telecom', owner: 'sofia.rossi@byline.demo', product: 'GTK 500', amount: 185_600, cycleDays: 240 },
  { asset: 'loss-brightwave-media-gtx-pro-vs-veloria', account: 'Brightwave Media', owner: 'hannah.brooks@byline.demo', product: 'GTX Pro', amount: 48_500, cycleDays: 90 },
  { asset: 'win-pacifica-software-gtx-pro-vs-veloria', account: 'Pacifica Software', owner: 'ravi.menon@byline.demo', product: 'GTX Pro', amount: 113_400, cycleDays: 120 },
  { asset: 'loss-atlas-staffing-gtx-pro-vs-northbeam', account: 'Atlas Staffing', owner: 'marcus.lee@byline.demo', product: 'GTX Pro', amount: 37_800, cycleDays: 70 },
  { asset: 'win-meridian-health-gtx-plus-pro-vs-quantix', account: 'Meridian Health Partners', owner: 'carol.jensen@byline.demo', product: 'GTX Plus Pro', amount: 121_500, cycleDays: 270 },
  { asset: 'loss-lumen-studios-gtk-500-vs-quantix', account: 'Lumen Studios', owner: 'tom.walker@byline.demo', product: 'GTK 500', amount: 220_000, cycleDays: 180 },
  { asset: 'win-orbis-payments-mg-special-vs-castellan', account: 'Orbis Payments', owner: 'fatima.el-amin@byline.demo', product: 'MG Special', amount: 72_000, cycleDays: 77 },
  { asset: 'loss-sunline-retail-gtx-plus-pro-vs-veloria', account: 'Sunline Retail Group', owner: 'tom.walker@byline.demo', product: 'GTX Plus Pro', amount: 87_400, cycleDays: 120 },
  { asset: 'win-crestline-services-gtx-pro-vs-northbeam', account: 'Crestline Facility Services', owner: 'hannah.brooks@byline.demo', product: 'GTX Pro', amount: 39_900, cycleDays: 49 },
  { asset: 'loss-tessera-mobile-mg-advanced-vs-castellan', account: 'Tessera Mobile', owner: 'ravi.menon@byline.demo', product: 'MG Advanced', amount: 134_000, cycleDays: 150 },
  { asset: 'win-vantage-analytics-gtx-plus-pro-vs-veloria', account: 'Vantage Analytics', owner: 'sofia.rossi@byline.demo', product: 'GTX Plus Pro', amount: 71_200, cycleDays: 90 },
  { asset: 'loss-halden-insurance-gtk-500-vs-quantix', account: 'Halden Insurance', owner: 'claire.dubois@byline.demo', product: 'GTK 500', amount: 261_000, cycleDays: 330 },
  { asset: 'win-greenfield-talent-gtx-basic-vs-northbeam', account: 'Greenfield Talent Group', owner: 'diego.alvarez@byline.demo', product: 'GTX Basic', amount: 18_000, cycleDays: 42 },
];

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
  assets: DemoAsset[] = DEMO_ASSETS,
): DemoDealPlan {
  const rand = random(20261202);
  const accounts = new Map(DEMO_ACCOUNTS.map((a) => [a.name, a]));
  const byKey = new Map(assets.map((a) => [a.key, a]));
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const deals: PlannedDeal[] = [];

  for (const [i, analysed] of ANALYSED_DEALS.entries()) {
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
    const account = DEMO_ACCOUNTS[Math.floor(rand() * DEMO_ACCOUNTS.length)];
    const market = INDUSTRY_MARKET[account.industry];
    const product = pick(rand, market.products);
    const sellers = SELLERS[account.region].filter((s) => !s.smallDealsOnly || PRODUCTS[product].small);
    const owner = pick(
      rand,
      sellers.map((s) => [s.email, s.weight] as [string, number]),
    );
    const competitor = rand() < 0.15 ? null : pick(rand, market.competitors);
    const open = i % 5 < 2 && deals.filter((d) => d.outcome === DealOutcome.OPEN).length < MORE_OPEN;
    const [shortest, longest] = PRODUCTS[product].cycle;
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
    const quote = roundTo(PRODUCTS[product].list * size * (1 - Math.floor(rand() * 5) * 0.05), 100);
    const ageDays = (now.getTime() - engagedAt.getTime()) / DAY;
    deals.push({
      externalId: `DEMO-${String(1001 + ANALYSED_DEALS.length + i)}`,
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
      const won = rand() < Math.min(0.9, WIN_RATE[deal.competitor ?? ''] + 0.09 * used);
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
    private readonly dealWrite: DealWriteService,
    private readonly credit: CreditService,
    private readonly analyses: WinLossAnalysisService,
    private readonly reasons: WinLossReasonService,
  ) {}

  async load(now = new Date()): Promise<void> {
    const people = new Map(
      (
        await this.dataSource.query<{ id: string; email: string; team: string | null }[]>(
          'SELECT u.id, u.email, t.name AS team FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.email IS NOT NULL',
        )
      ).map((p) => [p.email, p]),
    );
    const titles = new Map(
      (await this.dataSource.query<{ id: string; title: string }[]>('SELECT id, title FROM assets')).map((a) => [
        a.title,
        a.id,
      ]),
    );
    const assetId = (key: string) => titles.get(DEMO_ASSETS.find((a) => a.key === key)!.title)!;
    const plan = planDemoDeals(now, (email) => people.get(email)?.team ?? '');

    await this.dataSource.transaction(async (em) => {
      await this.reasons.ensureSeeded(em);
      await em.query(
        `INSERT INTO accounts (name, industry, headquarters, employees, year_established)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[])`,
        [
          DEMO_ACCOUNTS.map((a) => a.name),
          DEMO_ACCOUNTS.map((a) => a.industry),
          DEMO_ACCOUNTS.map((a) => a.headquarters),
          DEMO_ACCOUNTS.map((a) => a.employees),
          DEMO_ACCOUNTS.map((a) => a.yearEstablished),
        ],
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
        await em.insert(ReuseEventEntity, {
          assetId: id,
          actorId,
          kind: ReuseKind.USED_IN_DEAL,
          dealId: dealIds.get(use.externalId)!,
          clientEventId: `demo-deal:${n}`,
          occurredAt: use.at,
          pointsAwarded: result.awardedPoints,
          creditEventId: result.eventId,
        });
        await em.query('UPDATE assets SET reuse_count = reuse_count + 1 WHERE id = $1', [id]);
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
        const demo = DEMO_ASSETS.find((a) => a.key === deal.analysisKey)!;
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
      `Demo deals: ${DEMO_ACCOUNTS.length} accounts, ${plan.deals.length} deals (${open} open, ${won} won, ${plan.deals.length - open - won} lost), ` +
        `${plan.uses.length} uses of content in deals, ${ANALYSED_DEALS.length} win/loss analyses linked`,
    );
  }

  private async write(deals: DealFields[], given: Set<DealField>) {
    const result = await this.dealWrite.write(deals, given, { source: DealChangeSource.IMPORT, viewer: null });
    if (result.errors.length) throw new Error(`demo deals: ${JSON.stringify(result.errors.slice(0, 3))}`);
    return result.deals;
  }
}
