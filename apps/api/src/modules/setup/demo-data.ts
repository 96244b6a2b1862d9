import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findRepoRoot } from '../../core/config/repo-root.js';
import type { Role } from '../user/user.entity.js';

/** The demo's data files, read from the repository (the same folder serves src/ and dist/). */
export const DEMO_DIR = join(findRepoRoot(), 'apps/api/demo');

export interface DemoPerson {
  name: string;
  email: string;
  title: string;
  role: Role;
  team: string;
  manages?: string;
}

/** `organisation.json`: the teams, the people and the one password every demo login uses. */
export interface DemoOrganisation {
  password: string;
  teams: string[];
  people: DemoPerson[];
}

/** `taxonomy.json`: the terms the demo content is tagged with, and the competitors it names. */
export interface DemoTaxonomy {
  industries: string[];
  products: string[];
  buyerRoles: string[];
  competitors: string[];
}

export interface DemoAuthor {
  email: string;
  role: 'LEAD_AUTHOR' | 'CO_AUTHOR' | 'ADAPTER' | 'SUBJECT_MATTER_EXPERT' | 'REVIEWER';
  share: number;
}

/** `assets/NN-<key>.md`: one asset, its fields as front-matter and its body as Markdown; NN is the loading order. */
export interface DemoAsset {
  key: string;
  kind: 'ENABLEMENT' | 'BEST_PRACTICE' | 'WIN_LOSS' | 'CLIENT_FACING';
  title: string;
  summary: string;
  body: string;
  visibility: 'ORG' | 'TEAM' | 'PRIVATE';
  team: string;
  industries: string[];
  buyerRoles: string[];
  journeyPhases: ('AWARENESS' | 'BUYING' | 'IMPLEMENTATION')[];
  products: string[];
  tags: string[];
  authors: DemoAuthor[];
  /** The key of the asset this one adapts, which loads before it. */
  derivedFrom?: string;
  /** A template salespeople personalise for a deal (placeholders, locked sections). */
  isTemplate?: boolean;
  status: 'PUBLISHED' | 'DRAFT';
  publishedDaysAgo: number;
  win?: { outcome: 'WON' | 'LOST'; competitor: string; reasons: string[]; lessons: string };
}

export type Region = 'EMEA' | 'NA' | 'APAC';

/** `accounts.csv`: the demo's customers. */
export interface DemoAccount {
  name: string;
  industry: string;
  region: Region;
  headquarters: string;
  employees: number;
  yearEstablished: number;
}

/** `analysed-deals.csv`: the deal each demo win/loss analysis tells of (customer, owner, system, value, cycle). */
export interface AnalysedDeal {
  asset: string;
  account: string;
  owner: string;
  product: string;
  amount: number;
  cycleDays: number;
}

/** `market.json`: what the generated demo deals are drawn from. */
export interface DemoMarket {
  /** Who sells in each region, and how much of the pipeline each carries; some only run the smaller deals. */
  sellers: Record<Region, { email: string; weight: number; smallDealsOnly?: boolean }[]>;
  /** Annual list prices, typical sales cycles in days, and whether a deal of it counts as small. */
  products: Record<string, { list: number; cycle: [number, number]; small: boolean }>;
  /** What each industry buys, and whom we meet there, weighted. */
  industries: Record<string, { products: [string, number][]; competitors: [string, number][] }>;
  /** How often we win against each competitor ("" for none), before the content used is counted. */
  winRates: Record<string, number>;
}

export interface DemoData {
  organisation: DemoOrganisation;
  taxonomy: DemoTaxonomy;
  assets: DemoAsset[];
  accounts: DemoAccount[];
  analysedDeals: AnalysedDeal[];
  market: DemoMarket;
}

/** A demo file that cannot be read as demo data; the message names the file. */
export class DemoDataError extends Error {
  constructor(file: string, problem: string) {
    super(`demo data ${file}: ${problem}`);
    this.name = 'DemoDataError';
  }
}

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isInteger: Check = (v) => Number.isInteger(v);
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const isPair =
  (first: Check, second: Check): Check =>
  (v) =>
    Array.isArray(v) && v.length === 2 && first(v[0]) && second(v[1]);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shaped =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v) =>
    isObject(v) && shapeProblem(v, required, optional) === null;
const mapOf =
  (check: Check): Check =>
  (v) =>
    isObject(v) && Object.values(v).every(check);

/** The first way `value` differs from the shape (a missing, unknown or mistyped field), or null. */
function shapeProblem(
  value: Record<string, unknown>,
  required: Record<string, Check>,
  optional: Record<string, Check> = {},
): string | null {
  const checkOf = (field: string) =>
    Object.hasOwn(required, field) ? required[field] : Object.hasOwn(optional, field) ? optional[field] : undefined;
  for (const field of Object.keys(value)) {
    if (!checkOf(field)) return `unknown field "${field}"`;
  }
  for (const field of Object.keys(required)) {
    if (!Object.hasOwn(value, field)) return `missing field "${field}"`;
  }
  for (const [field, v] of Object.entries(value)) {
    if (!checkOf(field)!(v)) return `field "${field}" has the wrong type`;
  }
  return null;
}

function expectShape<T>(
  file: string,
  where: string,
  value: unknown,
  required: Record<string, Check>,
  optional: Record<string, Check> = {},
): T {
  if (!isObject(value)) throw new DemoDataError(file, `${where}is not an object`);
  const problem = shapeProblem(value, required, optional);
  if (problem) throw new DemoDataError(file, `${where}${problem}`);
  return value as T;
}

function readJson(dir: string, file: string): unknown {
  const text = readFileSync(join(dir, file), 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DemoDataError(file, `not JSON: ${(error as Error).message}`);
  }
}

/** Rows of a CSV file with exactly these columns, as records keyed by column. */
function readCsv(dir: string, file: string, columns: string[]): Record<string, string>[] {
  const rows = parse(readFileSync(join(dir, file), 'utf8'), { skip_empty_lines: true });
  const header = rows.shift() ?? [];
  if (header.join(',') !== columns.join(',')) {
    throw new DemoDataError(file, `expected the columns ${columns.join(',')}, found ${header.join(',')}`);
  }
  return rows.map((row, i) => {
    if (row.length !== columns.length) throw new DemoDataError(file, `line ${i + 2} has ${row.length} columns`);
    return Object.fromEntries(columns.map((c, n) => [c, row[n]]));
  });
}

function csvInteger(file: string, line: number, column: string, value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new DemoDataError(file, `line ${line}: ${column} "${value}" is not a whole number`);
  }
  return n;
}

export function readDemoOrganisation(dir = DEMO_DIR): DemoOrganisation {
  const file = 'organisation.json';
  const organisation = expectShape<DemoOrganisation>(file, '', readJson(dir, file), {
    password: isString,
    teams: listOf(isString),
    people: Array.isArray,
  });
  organisation.people.forEach((person, i) =>
    expectShape(
      file,
      `person #${i + 1}: `,
      person,
      { name: isString, email: isString, title: isString, role: isString, team: isString },
      { manages: isString },
    ),
  );
  return organisation;
}

export function readDemoTaxonomy(dir = DEMO_DIR): DemoTaxonomy {
  const file = 'taxonomy.json';
  return expectShape<DemoTaxonomy>(file, '', readJson(dir, file), {
    industries: listOf(isString),
    products: listOf(isString),
    buyerRoles: listOf(isString),
    competitors: listOf(isString),
  });
}

export function readDemoMarket(dir = DEMO_DIR): DemoMarket {
  const file = 'market.json';
  const weighted = listOf(isPair(isString, isNumber));
  return expectShape<DemoMarket>(file, '', readJson(dir, file), {
    sellers: shaped({
      EMEA: listOf(shaped({ email: isString, weight: isNumber }, { smallDealsOnly: isBoolean })),
      NA: listOf(shaped({ email: isString, weight: isNumber }, { smallDealsOnly: isBoolean })),
      APAC: listOf(shaped({ email: isString, weight: isNumber }, { smallDealsOnly: isBoolean })),
    }),
    products: mapOf(shaped({ list: isNumber, cycle: isPair(isInteger, isInteger), small: isBoolean })),
    industries: mapOf(shaped({ products: weighted, competitors: weighted })),
    winRates: mapOf(isNumber),
  });
}

export function readDemoAccounts(dir = DEMO_DIR): DemoAccount[] {
  const file = 'accounts.csv';
  const columns = ['name', 'industry', 'region', 'headquarters', 'employees', 'year_established'];
  return readCsv(dir, file, columns).map((r, i) => {
    if (!['EMEA', 'NA', 'APAC'].includes(r.region)) {
      throw new DemoDataError(file, `line ${i + 2}: unknown region "${r.region}"`);
    }
    return {
      name: r.name,
      industry: r.industry,
      region: r.region as Region,
      headquarters: r.headquarters,
      employees: csvInteger(file, i + 2, 'employees', r.employees),
      yearEstablished: csvInteger(file, i + 2, 'year_established', r.year_established),
    };
  });
}

export function readAnalysedDeals(dir = DEMO_DIR): AnalysedDeal[] {
  const file = 'analysed-deals.csv';
  const columns = ['asset', 'account', 'owner', 'product', 'amount', 'cycle_days'];
  return readCsv(dir, file, columns).map((r, i) => ({
    asset: r.asset,
    account: r.account,
    owner: r.owner,
    product: r.product,
    amount: csvInteger(file, i + 2, 'amount', r.amount),
    cycleDays: csvInteger(file, i + 2, 'cycle_days', r.cycle_days),
  }));
}

/**
 * Front-matter between `---` lines: one `field: value` a line, each value JSON (so the front-matter is also YAML);
 * a value may go on over lines that start with a space. The body follows after one blank line.
 */
export function parseFrontMatter(file: string, text: string): { fields: Record<string, unknown>; body: string } {
  if (!text.startsWith('---\n')) throw new DemoDataError(file, 'does not start with a --- front-matter line');
  const end = text.indexOf('\n---\n', 3);
  if (end < 0) throw new DemoDataError(file, 'front-matter has no closing --- line');
  const entries: { field: string; value: string; line: number }[] = [];
  text
    .slice(4, end)
    .split('\n')
    .forEach((line, i) => {
      const match = /^([A-Za-z]+): (.*)$/.exec(line);
      if (match) entries.push({ field: match[1], value: match[2], line: i + 2 });
      else if (/^\s/.test(line) && entries.length) entries[entries.length - 1].value += `\n${line}`;
      else throw new DemoDataError(file, `line ${i + 2}: expected "field: value"`);
    });
  const fields: Record<string, unknown> = {};
  for (const { field, value, line } of entries) {
    if (Object.hasOwn(fields, field)) throw new DemoDataError(file, `line ${line}: "${field}" is given twice`);
    try {
      fields[field] = JSON.parse(value) as unknown;
    } catch {
      throw new DemoDataError(file, `line ${line}: the value of "${field}" is not JSON (quote text "like this")`);
    }
  }
  const body = text.slice(end + 5);
  if (!body.startsWith('\n')) throw new DemoDataError(file, 'expected a blank line after the front-matter');
  return { fields, body: body.slice(1).replace(/\n$/, '') };
}

const ASSET_FILE = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

const ASSET_FIELDS: Record<string, Check> = {
  title: isString,
  kind: isString,
  status: isString,
  publishedDaysAgo: isInteger,
  visibility: isString,
  team: isString,
  summary: isString,
  authors: listOf(shaped({ email: isString, role: isString, share: isNumber })),
  industries: listOf(isString),
  products: listOf(isString),
  buyerRoles: listOf(isString),
  journeyPhases: listOf(isString),
  tags: listOf(isString),
};
const WIN_FIELDS: Record<string, Check> = {
  outcome: isString,
  competitor: isString,
  reasons: listOf(isString),
  lessons: isString,
};

/** The asset files of `dir`/assets, in loading order (their number). */
export function demoAssetFiles(dir = DEMO_DIR): string[] {
  const files = readdirSync(join(dir, 'assets')).sort();
  for (const name of files) {
    if (!ASSET_FILE.test(name)) throw new DemoDataError(`assets/${name}`, 'is not named NN-<key>.md');
  }
  return files.map((name) => `assets/${name}`);
}

type AssetFrontMatter = Omit<DemoAsset, 'key' | 'body' | 'win'> & Partial<NonNullable<DemoAsset['win']>>;

/** One asset file; its key is the file's name without the number. */
export function parseDemoAsset(file: string, text: string): DemoAsset {
  const { fields, body } = parseFrontMatter(file, text);
  const f = expectShape<AssetFrontMatter>(file, 'front-matter: ', fields, ASSET_FIELDS, {
    derivedFrom: isString,
    isTemplate: isBoolean,
    ...WIN_FIELDS,
  });
  const winFields = Object.keys(WIN_FIELDS).filter((k) => Object.hasOwn(fields, k));
  if (winFields.length && winFields.length !== Object.keys(WIN_FIELDS).length) {
    throw new DemoDataError(file, `front-matter: give all of ${Object.keys(WIN_FIELDS).join(', ')} or none`);
  }
  const asset: DemoAsset = {
    key: ASSET_FILE.exec(file.split('/').pop()!)![2],
    kind: f.kind,
    title: f.title,
    summary: f.summary,
    body,
    visibility: f.visibility,
    team: f.team,
    industries: f.industries,
    buyerRoles: f.buyerRoles,
    journeyPhases: f.journeyPhases,
    products: f.products,
    tags: f.tags,
    authors: f.authors,
    status: f.status,
    publishedDaysAgo: f.publishedDaysAgo,
  };
  if (f.derivedFrom !== undefined) asset.derivedFrom = f.derivedFrom;
  if (f.isTemplate !== undefined) asset.isTemplate = f.isTemplate;
  if (f.outcome !== undefined) {
    asset.win = { outcome: f.outcome, competitor: f.competitor!, reasons: f.reasons!, lessons: f.lessons! };
  }
  return asset;
}

export function readDemoAssets(dir = DEMO_DIR): DemoAsset[] {
  return demoAssetFiles(dir).map((file) => parseDemoAsset(file, readFileSync(join(dir, file), 'utf8')));
}

export function readDemoData(dir = DEMO_DIR): DemoData {
  return {
    organisation: readDemoOrganisation(dir),
    taxonomy: readDemoTaxonomy(dir),
    assets: readDemoAssets(dir),
    accounts: readDemoAccounts(dir),
    analysedDeals: readAnalysedDeals(dir),
    market: readDemoMarket(dir),
  };
}

let loaded: DemoData | undefined;

/** The demo data of the repository, read the first time it is asked for. */
export function demoData(): DemoData {
  return (loaded ??= readDemoData());
}
