import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { findRepoRoot } from '../../src/core/config/repo-root.js';
import { DealEventsService } from '../../src/modules/deal/deal-events.service.js';
import { TeamService } from '../../src/modules/team/team.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createUser, signedIn } from '../factories/user.factory.js';
import {
  DEAL_CSV_HEADER,
  createAccount,
  importViaGraphql,
  importViaHttp,
  storedDeals,
  toCsv,
  uniqueTag,
} from '../factories/deal.factory.js';
import type { ImportResult } from '../factories/deal.factory.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const WIN_LOSS_BY_INDUSTRY = graphql(`
  query CrmImportWinLossByIndustry {
    winLoss(groupBy: INDUSTRY) {
      key
      groupId
      won
      lost
      winRate
      wonAmount
      lostAmount
      avgCycleDays
    }
  }
`);
const IMPORT_ACCOUNTS = graphql(`
  mutation CrmImportAccounts($csv: String!) {
    importAccounts(csv: $csv) {
      created
      skipped
    }
  }
`);

const MAVEN = join(findRepoRoot(), '../shared/datasets/maven-crm');
const MAVEN_FILES = ['accounts.csv', 'sales_teams.csv', 'sales_pipeline.csv'];
const hasMaven = MAVEN_FILES.every((f) => existsSync(join(MAVEN, f)));
if (!hasMaven) {
  console.warn(
    `The Maven CRM import test is skipped: ${MAVEN} (shared/datasets/maven-crm beside the repository) is missing.`,
  );
}
const describeWithMaven = hasMaven ? describe : describe.skip;

/** The rows of a Maven file as objects. The sample has no quoted fields (checked), so a plain split reads it. */
function readMaven(file: string): Record<string, string>[] {
  const text = readFileSync(join(MAVEN, file), 'utf8');
  expect(text).not.toContain('"');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.length);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v.trim()])));
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const DAY_MS = 86_400_000;

describeWithMaven('importing the whole Maven CRM sample (its own database)', () => {
  let database: IsolatedDatabase;
  let app: TestApp;
  let admin: string;
  let db: DataSource;
  const accounts = hasMaven ? readMaven('accounts.csv') : [];
  const teams = hasMaven ? readMaven('sales_teams.csv') : [];
  const pipeline = hasMaven ? readMaven('sales_pipeline.csv') : [];
  const csv = (file: string) => readFileSync(join(MAVEN, file), 'utf8');

  // Which pipeline rows Byline must refuse, worked out here from the files alone.
  const people = new Set(teams.flatMap((t) => [t.sales_agent, t.manager]));
  const accountNames = new Set(accounts.map((a) => a.account));
  const seenIds = new Set<string>();
  const badRows = pipeline.filter((d) => {
    const closed = d.deal_stage === 'Won' || d.deal_stage === 'Lost';
    const bad =
      !['Won', 'Lost', 'Engaging', 'Prospecting'].includes(d.deal_stage) ||
      (closed && !isDate(d.close_date)) ||
      (d.close_date !== '' && !isDate(d.close_date)) ||
      (d.engage_date !== '' && !isDate(d.engage_date)) ||
      (closed && d.engage_date !== '' && d.engage_date > d.close_date) ||
      (d.close_value !== '' && !/^\d+(\.\d+)?$/.test(d.close_value)) ||
      !people.has(d.sales_agent) ||
      (d.account !== '' && !accountNames.has(d.account)) ||
      seenIds.has(d.opportunity_id);
    seenIds.add(d.opportunity_id);
    return bad;
  });
  const goodRows = pipeline.filter((d) => !badRows.includes(d));

  beforeAll(async () => {
    database = await isolatedDatabase();
    app = await startTestApp({ DATABASE_URL: database.url });
    admin = (await signedIn(app, Role.ADMIN)).token;
    db = app.byline.app.get(DataSource);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const counts = async () =>
    (
      await db.query<Record<string, number>[]>(
        `SELECT (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM teams)::int AS teams,
                (SELECT count(*) FROM users WHERE team_id IS NOT NULL)::int AS people,
                (SELECT count(*) FROM users WHERE team_id IS NOT NULL AND email IS NULL)::int AS "withoutLogin",
                (SELECT count(*) FROM team_managers)::int AS "managerLinks", (SELECT count(*) FROM deals)::int AS deals,
                (SELECT count(*) FROM deals WHERE outcome = 'WON')::int AS won`,
      )
    )[0];

  it('imports 85 accounts, 3 teams with 35 salespeople and their managers, and every good deal; reports every bad row; a second import changes nothing', async () => {
    const wonHook = jest.spyOn(app.byline.app.get(DealEventsService), 'onDealWon');
    const first = {
      accounts: (await importViaGraphql(app, 'accounts', csv('accounts.csv'), admin)).result,
      teams: (await importViaHttp(app, 'teams', csv('sales_teams.csv'), admin)).body,
      deals: (await importViaHttp(app, 'deals', csv('sales_pipeline.csv'), admin)).body,
    };
    const managers = new Set(teams.map((t) => t.manager));
    const regions = new Set(teams.map((t) => t.regional_office));
    expect(first.accounts).toMatchObject({ created: 85, updated: 0, skipped: 0, rows: 85 });
    expect(first.teams).toMatchObject({ created: regions.size + 35 + managers.size, updated: 0, skipped: 0, rows: 35 });
    expect(first.deals).toMatchObject({ rows: 8800, created: goodRows.length, updated: 0, skipped: badRows.length });
    expect(first.deals.errors).toHaveLength(badRows.length);
    const won = goodRows.filter((d) => d.deal_stage === 'Won').length;
    expect(wonHook).toHaveBeenCalledTimes(won);
    const afterFirst = await counts();
    expect(afterFirst).toEqual({
      accounts: 85,
      teams: 3,
      people: 35 + managers.size,
      withoutLogin: 35 + managers.size,
      managerLinks: managers.size,
      deals: 8800 - badRows.length,
      won,
    });

    // Again, the other way round (deals through GraphQL this time): nothing is created or changed.
    wonHook.mockClear();
    const again: Record<string, ImportResult | undefined> = {
      accounts: (await importViaHttp(app, 'accounts', csv('accounts.csv'), admin)).body,
      teams: (await importViaGraphql(app, 'teams', csv('sales_teams.csv'), admin)).result,
      deals: (await importViaGraphql(app, 'deals', csv('sales_pipeline.csv'), admin)).result,
    };
    for (const result of Object.values(again)) expect(result).toMatchObject({ created: 0, updated: 0 });
    expect(again.deals).toMatchObject({ unchanged: goodRows.length, skipped: badRows.length });
    expect(wonHook).not.toHaveBeenCalled();
    expect(await counts()).toEqual(afterFirst);
  }, 240_000);

  it('stores deals as the CRM has them: the account sector as industry, the agent as owner, the office as team', async () => {
    const [deal] = await db.query<Record<string, unknown>[]>(
      `SELECT d.name, d.product, d.amount::float8 AS amount, d.outcome::text, d.stage, a.industry, u.name AS owner, u.email, t.name AS team,
              d.engaged_at, d.closed_at
         FROM deals d JOIN accounts a ON a.id = d.account_id JOIN users u ON u.id = d.owner_id JOIN teams t ON t.id = d.team_id
        WHERE d.external_id = 'Z063OYW0'`,
    );
    expect(deal).toEqual({
      name: 'Isdom – GTXPro',
      product: 'GTXPro',
      amount: 4514,
      outcome: 'WON',
      stage: 'Won',
      industry: 'medical',
      owner: 'Darcel Schlecht',
      email: null,
      team: 'Central',
      engaged_at: new Date('2016-10-25T00:00:00Z'),
      closed_at: new Date('2017-03-11T00:00:00Z'),
    });
    const open = pipeline.find((d) => d.deal_stage === 'Prospecting' && d.account === '')!;
    expect(await storedDeals(app, [open.opportunity_id])).toMatchObject([
      { account_id: null, outcome: 'OPEN', closed_at: null, amount: null },
    ]);
  });

  it('gives win/loss by industry exactly as computed from the CSV files', async () => {
    const sector = new Map(accounts.map((a) => [a.account, a.sector]));
    const expected = new Map<
      string,
      { won: number; lost: number; wonAmount: number; lostAmount: number; days: number[] }
    >();
    for (const d of goodRows.filter((r) => r.deal_stage === 'Won' || r.deal_stage === 'Lost')) {
      const key = sector.get(d.account) ?? '(none)';
      const group = expected.get(key) ?? { won: 0, lost: 0, wonAmount: 0, lostAmount: 0, days: [] };
      group[d.deal_stage === 'Won' ? 'won' : 'lost']++;
      group[d.deal_stage === 'Won' ? 'wonAmount' : 'lostAmount'] += Number(d.close_value || 0);
      if (d.engage_date) group.days.push((Date.parse(d.close_date) - Date.parse(d.engage_date)) / DAY_MS);
      expected.set(key, group);
    }
    const res = await app.gql(WIN_LOSS_BY_INDUSTRY, {}, admin);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.winLoss;
    expect(rows.map((r) => r.key)).toEqual([...expected.keys()].sort());
    expect(rows.map((r) => r.key)).toContain('technolgy');
    for (const row of rows) {
      const want = expected.get(row.key)!;
      expect({ key: row.key, won: row.won, lost: row.lost, groupId: row.groupId }).toEqual({
        key: row.key,
        won: want.won,
        lost: want.lost,
        groupId: null,
      });
      expect(row.winRate).toBeCloseTo(want.won / (want.won + want.lost), 12);
      expect(row.wonAmount).toBeCloseTo(want.wonAmount, 2);
      expect(row.lostAmount).toBeCloseTo(want.lostAmount, 2);
      expect(row.avgCycleDays).toBeCloseTo(want.days.reduce((a, b) => a + b, 0) / want.days.length, 9);
    }
  });
});

const DEAL_HEADER = DEAL_CSV_HEADER;

describe('CRM imports', () => {
  let app: TestApp;
  let admin: string;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestApp();
    admin = (await signedIn(app, Role.ADMIN)).token;
    db = app.byline.app.get(DataSource);
  });
  afterAll(() => app.close());

  /** An owner in a team and an account, named uniquely, for deal rows to refer to. */
  async function dealWorld() {
    const tag = uniqueTag();
    const team = (
      await importViaGraphql(
        app,
        'teams',
        toCsv([
          ['sales_agent', 'email', 'regional_office'],
          [`Owner ${tag}`, `owner-${tag}@test.byline`, `Office ${tag}`],
        ]),
        admin,
      )
    ).result!;
    expect(team.created).toBe(2);
    const account = await createAccount(app, `Account ${tag}`, 'retail');
    return {
      tag,
      owner: `Owner ${tag}`,
      ownerEmail: `owner-${tag}@test.byline`,
      account: account.name,
      office: `Office ${tag}`,
    };
  }

  it('refuses a CSV without the columns it needs, naming them, and writes nothing', async () => {
    const id = `MISSING-${uniqueTag()}`;
    const noStage = await importViaGraphql(
      app,
      'deals',
      toCsv([
        ['Opportunity ID', 'Amount'],
        [id, '10'],
      ]),
      admin,
    );
    expect(noStage.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'csv',
      missingColumns: ['deal stage'],
    });
    expect(noStage.errors?.[0]?.message).toMatch(/deal stage/);
    const neither = await importViaGraphql(
      app,
      'deals',
      toCsv([
        ['product', 'amount'],
        ['X', '10'],
      ]),
      admin,
    );
    expect(neither.errors?.[0]?.extensions?.missingColumns).toEqual(['opportunity ID', 'deal stage']);
    const teams = await importViaHttp(
      app,
      'teams',
      toCsv([
        ['sales_agent', 'manager'],
        [`P ${id}`, 'M'],
      ]),
      admin,
    );
    expect(teams).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', missingColumns: ['regional office'] } });
    expect(errorCode(await importViaGraphql(app, 'accounts', '', admin))).toBe('BAD_USER_INPUT');
    expect(await storedDeals(app, [id])).toEqual([]);
    expect(await db.query('SELECT 1 FROM users WHERE name = $1', [`P ${id}`])).toEqual([]);
  });

  it('reports each bad row with its line and reason, keeps every good row, and re-imports as a no-op', async () => {
    const w = await dealWorld();
    const id = (n: number) => `${w.tag}-${n}`;
    const rows = [
      DEAL_HEADER,
      [id(1), w.owner, 'GTX Pro', w.account, 'Won', '2017-01-02', '2017-03-01', '1,054.50'],
      [id(2), w.owner, 'GTX Pro', w.account, 'Won', '2017-01-02', '2017-02-30', '100'],
      [id(3), w.owner, 'GTX Pro', w.account, 'Lost', '2017-01-02', '2017-03-01', 'ten'],
      [id(4), w.owner, 'GTX Pro', w.account, 'Pending review', '2017-01-02', '', ''],
      [id(5), w.owner, 'GTX Pro', w.account, 'Won', '2017-01-02', '', '100'],
      [id(6), 'Nobody Known', 'GTX Pro', w.account, 'Engaging', '2017-01-02', '', ''],
      [id(7), w.ownerEmail.toUpperCase(), 'MG Special', '', 'Prospecting', '', '', ''],
      [id(1), w.owner, 'GTX Pro', w.account, 'Won', '2017-01-02', '2017-03-01', '1'],
      [id(8), w.owner, 'GTX Pro', 'Unknown Account Inc', 'Lost', '2017-01-02', '2017-03-01', '0'],
      [id(9), w.owner, 'GTX Pro'],
      [id(10), w.owner, 'GTX Pro', w.account.toUpperCase(), 'closed lost', '01/02/2017', '2017-03-01', '0'],
      [id(11), w.owner, 'GTX Pro', w.account, 'Lost', '2017-04-02', '2017-03-01', '0'],
      [
        id(12),
        w.owner.toLowerCase(),
        'GTX Basic',
        w.account,
        'Closed Won',
        '2017-01-05',
        '2017-03-05T10:30:00Z',
        '$2,000',
      ],
    ];
    const first = await importViaGraphql(app, 'deals', toCsv(rows), admin);
    expect(first.errors).toBeUndefined();
    expect(first.result!.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 9, 10, 11, 12, 13]);
    const message = (row: number) => first.result!.errors.find((e) => e.row === row)?.message;
    expect(message(3)).toMatch(/close_date "2017-02-30" is not a date/);
    expect(message(4)).toMatch(/close_value "ten" is not an amount/);
    expect(message(5)).toMatch(/stage "Pending review"/);
    expect(message(6)).toMatch(/won deal needs close_date/);
    expect(message(7)).toMatch(/owner "Nobody Known" is not known/);
    expect(message(9)).toMatch(/repeats line 2/);
    expect(message(10)).toMatch(/account "Unknown Account Inc" is not known/);
    expect(message(11)).toMatch(/has 3 fields/);
    expect(message(12)).toMatch(/engage_date "01\/02\/2017" is not a date/);
    expect(message(13)).toMatch(/before the engage date/);
    expect(first.result).toMatchObject({ rows: 13, created: 3, updated: 0, unchanged: 0, skipped: 10 });
    const stored = await storedDeals(
      app,
      rows.slice(1).map((r) => r[0]),
    );
    expect(stored.map((d) => [d.external_id, d.outcome, d.amount])).toEqual([
      [id(1), 'WON', 1054.5],
      [id(12), 'WON', 2000],
      [id(7), 'OPEN', null],
    ]);
    expect(stored.find((d) => d.external_id === id(12))?.closed_at).toEqual(new Date('2017-03-05T10:30:00Z'));

    const again = await importViaHttp(app, 'deals', toCsv(rows), admin);
    expect(again).toMatchObject({ status: 200, body: { created: 0, updated: 0, unchanged: 3, skipped: 10 } });
    expect(again.body.errors).toEqual(first.result!.errors);
    expect(
      await storedDeals(
        app,
        rows.slice(1).map((r) => r[0]),
      ),
    ).toEqual(stored);
  });

  it('updates only what changed, and only the columns the file has', async () => {
    const w = await dealWorld();
    const file = (amount: string, stage = 'Won') =>
      toCsv([
        DEAL_HEADER,
        [`${w.tag}-a`, w.owner, 'GTX Pro', w.account, stage, '2017-01-02', '2017-03-01', amount],
        [`${w.tag}-b`, w.owner, 'MG Special', w.account, 'Engaging', '2017-01-03', '', ''],
      ]);
    expect((await importViaGraphql(app, 'deals', file('100'), admin)).result).toMatchObject({ created: 2 });
    expect((await importViaGraphql(app, 'deals', file('120'), admin)).result).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const before = await storedDeals(app, [`${w.tag}-a`]);
    // A stage-only export (semicolon-separated, as spreadsheets in many locales write it) leaves the rest alone.
    const stageOnly = `Opportunity ID;Stage;Close Date\r\n${w.tag}-a;Lost;2017-03-02\r\n`;
    expect((await importViaGraphql(app, 'deals', stageOnly, admin)).result).toMatchObject({ updated: 1, skipped: 0 });
    const [after] = await storedDeals(app, [`${w.tag}-a`]);
    expect(after).toMatchObject({
      ...before[0],
      outcome: 'LOST',
      stage: 'Lost',
      closed_at: new Date('2017-03-02T00:00:00Z'),
      updated_at: after.updated_at,
    });
    // Without an engage date column, a close date before the stored engage date is caught as a row error.
    const early = await importViaGraphql(
      app,
      'deals',
      `Opportunity ID;Stage;Close Date\r\n${w.tag}-a;Won;2016-12-01\r\n`,
      admin,
    );
    expect(early.result).toMatchObject({
      updated: 0,
      skipped: 1,
      errors: [{ row: 2, message: expect.stringMatching(/2016-12-01 is before the deal's engage date 2017-01-02/) }],
    });
    expect(await storedDeals(app, [`${w.tag}-a`])).toEqual([after]);
  });

  it('imports people and teams: the office is the team, the manager manages it, people without an email get no login', async () => {
    const tag = uniqueTag();
    const existing = await createUser(app, { role: Role.ADMIN, name: `Ada ${tag}`, email: `ada-${tag}@test.byline` });
    const rows = [
      ['Sales Agent', 'Email', 'Manager', 'Regional Office'],
      [`Bo ${tag}`, '', `Mia ${tag}`, `North ${tag}`],
      [`Cy ${tag}`, `CY-${tag}@Test.Byline`, `Mia ${tag}`, `North ${tag}`],
      [`Ada ${tag}`, `ada-${tag}@test.byline`, `mia ${tag}`, `north ${tag}`],
      [`Bo ${tag}`, '', `Mia ${tag}`, `South ${tag}`],
      [`Di ${tag}`, 'not-an-email', `Mia ${tag}`, `South ${tag}`],
    ];
    const first = (await importViaGraphql(app, 'teams', toCsv(rows), admin)).result!;
    // North (created with its manager), Bo, Cy, Mia created; Ada moved into North.
    expect(first).toMatchObject({ created: 4, updated: 1, unchanged: 0, skipped: 2, rows: 5 });
    expect(first.errors.map((e) => [e.row, e.message])).toEqual([
      [5, expect.stringMatching(/already in team north/)],
      [6, expect.stringMatching(/"not-an-email" is not an email/)],
    ]);
    const people = await db.query<Record<string, unknown>[]>(
      `SELECT u.name, u.email, u.role::text, t.name AS team, (SELECT string_agg(mt.name, ',') FROM team_managers m JOIN teams mt ON mt.id = m.team_id WHERE m.user_id = u.id) AS manages
         FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.name LIKE $1 ORDER BY u.name`,
      [`% ${tag}`],
    );
    expect(people).toEqual([
      { name: `Ada ${tag}`, email: `ada-${tag}@test.byline`, role: 'ADMIN', team: `North ${tag}`, manages: null },
      { name: `Bo ${tag}`, email: null, role: 'MEMBER', team: `North ${tag}`, manages: null },
      { name: `Cy ${tag}`, email: `cy-${tag}@test.byline`, role: 'MEMBER', team: `North ${tag}`, manages: null },
      { name: `Mia ${tag}`, email: null, role: 'MANAGER', team: `North ${tag}`, manages: `North ${tag}` },
    ]);
    expect(existing.role).toBe(Role.ADMIN);
    const again = (await importViaHttp(app, 'teams', toCsv(rows), admin)).body;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, skipped: 2 });
    // A later file that gives Bo an email finds Bo by name and adds it.
    const withEmail = (
      await importViaGraphql(
        app,
        'teams',
        toCsv([rows[0], [`bo ${tag}`, `bo-${tag}@test.byline`, '', `North ${tag}`]]),
        admin,
      )
    ).result!;
    expect(withEmail).toMatchObject({ created: 0, updated: 1 });
    expect(await db.query('SELECT email FROM users WHERE name = $1', [`Bo ${tag}`])).toEqual([
      { email: `bo-${tag}@test.byline` },
    ]);
  });

  it('accepts files up to 25 MB over POST /imports and refuses bigger ones with BAD_USER_INPUT, writing nothing', async () => {
    const tag = uniqueTag();
    const padding = 'x'.repeat(1024 * 1024);
    const big = toCsv([
      ['account', 'sector', 'notes'],
      ...Array.from({ length: 20 }, (_, i) => [`Big ${tag} ${i}`, 'retail', padding]),
    ]);
    expect(Buffer.byteLength(big)).toBeGreaterThan(20 * 1024 * 1024);
    const accepted = await importViaHttp(app, 'accounts', big, admin);
    expect(accepted).toMatchObject({ status: 200, body: { created: 20, skipped: 0 } });
    const tooBig = toCsv([
      ['account', 'sector', 'notes'],
      ...Array.from({ length: 26 }, (_, i) => [`Huge ${tag} ${i}`, 'retail', padding]),
    ]);
    const refused = await importViaHttp(app, 'accounts', tooBig, admin);
    expect(refused).toMatchObject({ status: 413, body: { code: 'BAD_USER_INPUT', field: 'csv' } });
    expect(refused.body.message).toMatch(/at most 25\.0 MB/);
    expect(await db.query('SELECT count(*)::int AS n FROM accounts WHERE name LIKE $1', [`Huge ${tag} %`])).toEqual([
      { n: 0 },
    ]);
  });

  it('takes a CSV of more than 20 MB through the GraphQL import, and no other GraphQL request over 2 MB', async () => {
    const tag = uniqueTag();
    const padding = 'x'.repeat(1024 * 1024);
    const big = toCsv([
      ['account', 'sector', 'notes'],
      ...Array.from({ length: 21 }, (_, i) => [`Graph ${tag} ${i}`, 'retail', padding]),
    ]);
    expect(Buffer.byteLength(big)).toBeGreaterThan(20 * 1024 * 1024);
    const imported = await app.gql(IMPORT_ACCOUNTS, { csv: big }, admin);
    expect(imported.data?.importAccounts).toEqual({ created: 21, skipped: 0 });
    const padded = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ viewer { id } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(padded.status).toBe(413);
    // A large body cannot smuggle another operation in beside an import either.
    const smuggled = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({
        query: 'mutation($csv: String!) { importAccounts(csv: $csv) { created } createTeam(name: "x") { id } }',
        variables: { csv: big },
      }),
    });
    expect(smuggled.status).toBe(413);
  });

  it('lets only admins import accounts and teams, and managers and admins import deals', async () => {
    const w = await dealWorld();
    const dealCsv = toCsv([
      DEAL_HEADER,
      [`${w.tag}-perm`, w.owner, 'GTX Pro', w.account, 'Engaging', '2017-01-02', '', ''],
    ]);
    const member = (await signedIn(app, Role.MEMBER)).token;
    const enablement = (await signedIn(app, Role.ENABLEMENT)).token;
    const { user: managerUser, token: manager } = await signedIn(app, Role.MANAGER);
    // The manager manages the owner's office, so the deal is theirs to import.
    const [office] = await db.query<{ id: string }[]>('SELECT id FROM teams WHERE name = $1', [w.office]);
    await app.byline.app.get(TeamService).setManagers(office.id, [managerUser.id]);
    for (const token of [member, enablement]) {
      expect(errorCode(await importViaGraphql(app, 'deals', dealCsv, token))).toBe('FORBIDDEN');
      expect(await importViaHttp(app, 'deals', dealCsv, token)).toMatchObject({
        status: 403,
        body: { code: 'FORBIDDEN' },
      });
    }
    const accountsCsv = toCsv([['account'], [`Forbidden ${w.tag}`]]);
    expect(errorCode(await importViaGraphql(app, 'accounts', accountsCsv, manager))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await importViaGraphql(
          app,
          'teams',
          toCsv([
            ['sales_agent', 'regional_office'],
            [`F ${w.tag}`, `F ${w.tag}`],
          ]),
          manager,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await importViaHttp(app, 'deals', dealCsv)).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect(await storedDeals(app, [`${w.tag}-perm`])).toEqual([]);
    expect(await db.query('SELECT 1 FROM accounts WHERE name = $1', [`Forbidden ${w.tag}`])).toEqual([]);
    expect((await importViaGraphql(app, 'deals', dealCsv, manager)).result).toMatchObject({ created: 1 });
  });
});
