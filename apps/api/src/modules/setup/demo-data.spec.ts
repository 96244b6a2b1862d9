import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssetKind, JourneyPhase, Visibility } from '../asset/asset.entity.js';
import { AuthorRole } from '../authorship/authorship.entity.js';
import { Role } from '../user/user.entity.js';
import { DEFAULT_WIN_LOSS_REASONS } from '../win-loss/win-loss-reason.service.js';
import { DEMO_DIR, DemoDataError, demoAssetFiles, readDemoData } from './demo-data.js';

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|competitor:[A-Z][A-Za-z]+)$/;

/** Words in a Markdown body: whitespace-separated tokens with at least one letter or digit (table pipes and bullets don't count). */
function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length;
}

/** What is wrong with the demo data in `dir`, each problem prefixed with the file it is in; empty when consistent. */
function demoProblems(dir: string): string[] {
  const { organisation, taxonomy, assets, accounts, analysedDeals, market } = readDemoData(dir);
  const files = demoAssetFiles(dir);
  const problems: string[] = [];
  const emails = new Set(organisation.people.map((p) => p.email));
  const teams = new Set(organisation.teams);
  const checkList = (where: string, field: string, values: string[], allowed: readonly string[]) => {
    if (values.length === 0) problems.push(`${where}: ${field} is empty`);
    for (const value of values) if (!allowed.includes(value)) problems.push(`${where}: unknown ${field} "${value}"`);
    if (new Set(values).size !== values.length) problems.push(`${where}: duplicate ${field}`);
  };

  if (emails.size !== organisation.people.length) problems.push('organisation.json: duplicate email');
  for (const person of organisation.people) {
    const where = `organisation.json: ${person.email}`;
    if (!Object.values<string>(Role).includes(person.role)) problems.push(`${where}: unknown role "${person.role}"`);
    if (!teams.has(person.team)) problems.push(`${where}: unknown team "${person.team}"`);
    if (person.manages !== undefined && !teams.has(person.manages)) {
      problems.push(`${where}: manages an unknown team "${person.manages}"`);
    }
  }

  const seen = new Set<string>();
  assets.forEach((asset, index) => {
    const where = files[index];
    if (!KEY_PATTERN.test(asset.key)) problems.push(`${where}: key is not a slug`);
    if (asset.derivedFrom !== undefined) {
      if (asset.derivedFrom === asset.key) problems.push(`${where}: derivedFrom references itself`);
      else if (!seen.has(asset.derivedFrom)) {
        const later = assets.some((a) => a.key === asset.derivedFrom);
        problems.push(`${where}: derivedFrom "${asset.derivedFrom}" is ${later ? 'numbered after it' : 'unknown'}`);
      }
    }
    if (seen.has(asset.key)) problems.push(`${where}: duplicate key`);
    seen.add(asset.key);

    if (!Object.values<string>(AssetKind).includes(asset.kind)) problems.push(`${where}: unknown kind "${asset.kind}"`);
    if (!Object.values<string>(Visibility).includes(asset.visibility)) {
      problems.push(`${where}: unknown visibility "${asset.visibility}"`);
    }
    if (!['PUBLISHED', 'DRAFT'].includes(asset.status)) problems.push(`${where}: unknown status "${asset.status}"`);
    if (!teams.has(asset.team)) problems.push(`${where}: unknown team "${asset.team}"`);
    if (asset.title.trim().length === 0 || asset.title.length > 120) {
      problems.push(`${where}: title must be 1-120 characters`);
    }
    if (asset.summary.trim().length === 0) problems.push(`${where}: empty summary`);
    const words = countWords(asset.body);
    if (words < 150 || words > 450) problems.push(`${where}: body has ${words} words (expected 150-450)`);
    if (asset.publishedDaysAgo < 1 || asset.publishedDaysAgo > 360) {
      problems.push(`${where}: publishedDaysAgo ${asset.publishedDaysAgo} outside 1-360`);
    }

    checkList(where, 'product', asset.products, taxonomy.products);
    checkList(where, 'industry', asset.industries, taxonomy.industries);
    checkList(where, 'buyer role', asset.buyerRoles, taxonomy.buyerRoles);
    checkList(where, 'journey phase', asset.journeyPhases, Object.values(JourneyPhase));
    for (const tag of asset.tags) {
      if (!TAG_PATTERN.test(tag)) problems.push(`${where}: malformed tag "${tag}"`);
      const competitor = tag.startsWith('competitor:') ? tag.slice('competitor:'.length) : undefined;
      if (competitor !== undefined && !taxonomy.competitors.includes(competitor)) {
        problems.push(`${where}: unknown competitor tag "${tag}"`);
      }
    }
    if (new Set(asset.tags).size !== asset.tags.length) problems.push(`${where}: duplicate tag`);

    if (asset.authors.length === 0) problems.push(`${where}: no authors`);
    const authors = asset.authors.map((a) => a.email);
    if (new Set(authors).size !== authors.length) problems.push(`${where}: duplicate author email`);
    for (const author of asset.authors) {
      if (!emails.has(author.email)) problems.push(`${where}: unknown author "${author.email}"`);
      if (!Object.values<string>(AuthorRole).includes(author.role)) {
        problems.push(`${where}: unknown author role "${author.role}"`);
      }
      if (!Number.isInteger(author.share) || author.share < 0 || author.share > 100) {
        problems.push(`${where}: share ${author.share} of ${author.email} is not a whole percent`);
      }
    }
    const total = asset.authors.reduce((sum, a) => sum + a.share, 0);
    if (total !== 100) problems.push(`${where}: author shares sum to ${total}, not 100`);
    if (!asset.authors.some((a) => a.role === 'LEAD_AUTHOR')) problems.push(`${where}: no LEAD_AUTHOR`);

    if (asset.kind === 'WIN_LOSS') {
      if (!asset.win) problems.push(`${where}: WIN_LOSS asset without outcome, competitor, reasons and lessons`);
      else {
        if (!['WON', 'LOST'].includes(asset.win.outcome)) {
          problems.push(`${where}: unknown outcome "${asset.win.outcome}"`);
        }
        if (!taxonomy.competitors.includes(asset.win.competitor)) {
          problems.push(`${where}: unknown competitor "${asset.win.competitor}"`);
        }
        if (!asset.tags.includes(`competitor:${asset.win.competitor}`)) {
          problems.push(`${where}: missing tag competitor:${asset.win.competitor}`);
        }
        checkList(where, 'win reason', asset.win.reasons, DEFAULT_WIN_LOSS_REASONS);
        if (asset.win.lessons.trim().length === 0) problems.push(`${where}: empty lessons`);
      }
    } else if (asset.win) {
      problems.push(`${where}: outcome given on a ${asset.kind} asset`);
    }
  });

  const accountNames = new Set(accounts.map((a) => a.name));
  if (accountNames.size !== accounts.length) problems.push('accounts.csv: duplicate account name');
  for (const account of accounts) {
    if (!taxonomy.industries.includes(account.industry)) {
      problems.push(`accounts.csv: ${account.name}: unknown industry "${account.industry}"`);
    }
  }
  const winLoss = new Map(assets.filter((a) => a.win).map((a) => [a.key, a]));
  for (const deal of analysedDeals) {
    const where = `analysed-deals.csv: ${deal.asset}`;
    if (!winLoss.has(deal.asset)) problems.push(`${where}: not a win/loss asset`);
    if (!accountNames.has(deal.account)) problems.push(`${where}: unknown account "${deal.account}"`);
    if (!emails.has(deal.owner)) problems.push(`${where}: unknown owner "${deal.owner}"`);
    if (!(deal.product in market.products)) problems.push(`${where}: unknown product "${deal.product}"`);
  }
  for (const product of Object.keys(market.products)) {
    if (!taxonomy.products.includes(product)) problems.push(`market.json: unknown product "${product}"`);
  }
  for (const [industry, { products, competitors }] of Object.entries(market.industries)) {
    if (!taxonomy.industries.includes(industry)) problems.push(`market.json: unknown industry "${industry}"`);
    for (const [product] of products) {
      if (!(product in market.products)) problems.push(`market.json: ${industry} buys unknown "${product}"`);
    }
    for (const [competitor] of competitors) {
      if (!(competitor in market.winRates)) problems.push(`market.json: no win rate against "${competitor}"`);
    }
  }
  for (const account of accounts) {
    if (!(account.industry in market.industries)) problems.push(`market.json: no market for "${account.industry}"`);
  }
  for (const sellers of Object.values(market.sellers)) {
    for (const { email } of sellers) if (!emails.has(email)) problems.push(`market.json: unknown seller "${email}"`);
  }
  return problems;
}

/** A copy of the demo folder with `change` applied to one asset file's text. */
function withChangedAsset(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-demo-'));
  cpSync(DEMO_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('the demo data', () => {
  it('is consistent: every author, team, term and link it names exists, and every asset is complete', () => {
    expect(demoProblems(DEMO_DIR)).toEqual([]);
    const { assets, organisation } = readDemoData();
    expect(assets).toHaveLength(61);
    expect(organisation.people).toHaveLength(14);
  });

  it('names the file of an asset that refers to someone who is not in the organisation', () => {
    const file = 'assets/02-discovery-question-bank-cfo.md';
    const dir = withChangedAsset(file, (text) => text.replace('jonas.weber@byline.demo', 'nobody@byline.demo'));
    try {
      expect(demoProblems(dir)).toEqual([`${file}: unknown author "nobody@byline.demo"`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a missing field', (t: string) => t.replace(/^summary: .*\n/m, ''), 'front-matter: missing field "summary"'],
    ['a misspelt field', (t: string) => t.replace('tags:', 'tgas:'), 'front-matter: unknown field "tgas"'],
    ['an unquoted text', (t: string) => t.replace('"ENABLEMENT"', 'ENABLEMENT'), 'line 3: the value of "kind"'],
    ['no closing line', (t: string) => t.replace('\n---\n', '\n'), 'front-matter has no closing --- line'],
  ])('refuses an asset file with %s, naming the file', (_, change, problem) => {
    const file = 'assets/02-discovery-question-bank-cfo.md';
    const dir = withChangedAsset(file, change);
    try {
      expect(() => readDemoData(dir)).toThrow(DemoDataError);
      expect(() => readDemoData(dir)).toThrow(`demo data ${file}: ${problem}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
