import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MAX_TERM_LENGTH } from '../../src/modules/taxonomy/taxonomy.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { importViaGraphql, importViaHttp, toCsv, uniqueTag } from '../factories/deal.factory.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';

describe('bad input', () => {
  let app: TestApp;
  let db: DataSource;
  let admin: string;
  let member: string;
  let adminId: string;
  const count = async (sql: string, params: unknown[]) =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
    const signedInAdmin = await signedIn(app, Role.ADMIN);
    admin = signedInAdmin.token;
    adminId = signedInAdmin.user.id;
    member = (await signedIn(app, Role.MEMBER)).token;
  });
  afterAll(() => app.close());

  /** Refused before anything runs: HTTP 400, BAD_USER_INPUT naming the argument path, no data. */
  const expectRefused = (res: GqlResponse, field: string, problem: RegExp) => {
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toMatch(problem);
    expect(res.data).toBeUndefined();
  };

  it('refuses a NUL character or a lone surrogate in a plain argument, in the document or a variable', async () => {
    const tag = uniqueTag();
    const literal = await app.gql(`mutation { createTeam(name: "Team ${tag} \\u0000") { id } }`, {}, admin);
    expectRefused(literal, 'name', /NUL/);
    const variable = await app.gql(
      'mutation($name: String!) { createTeam(name: $name) { id } }',
      { name: `Team ${tag} ${LONE_SURROGATE}` },
      admin,
    );
    expectRefused(variable, 'name', /lone surrogate/);
    expect(await count('teams WHERE name LIKE $1', [`Team ${tag}%`])).toBe(0);
    // A character outside the BMP is a surrogate pair, which is valid text.
    const emoji = await app.gql(
      'mutation($name: String!) { createTeam(name: $name) { name } }',
      { name: `Team ${tag} \u{1F600}` },
      admin,
    );
    expect(emoji.data).toEqual({ createTeam: { name: `Team ${tag} \u{1F600}` } });
  });

  it('names the path inside an input object and its lists, and writes nothing', async () => {
    const tag = uniqueTag();
    const input = { kind: 'ENABLEMENT', visibility: 'ORG', title: `Asset ${tag}`, body: 'Body', tags: ['fine'] };
    const create = (overrides: Record<string, unknown>) =>
      app.gql(
        'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }',
        { input: { ...input, ...overrides } },
        member,
      );
    expectRefused(await create({ tags: ['fine', `bad${NUL}`] }), 'input.tags[1]', /NUL/);
    expectRefused(await create({ body: `Body \udc00` }), 'input.body', /surrogate/);
    expect(await count('assets WHERE title = $1', [`Asset ${tag}`])).toBe(0);
    expect((await create({})).errors).toBeUndefined();
  });

  it('checks the arguments of nested fields and of fragments, for anonymous callers too', async () => {
    expectRefused(
      await app.gql(`{ viewer { id } assets(search: "a\\u0000") { totalCount } }`, {}, member),
      'search',
      /NUL/,
    );
    expectRefused(
      await app.gql(
        'query($s: String) { ...Search } fragment Search on Query { assets(search: $s) { totalCount } }',
        { s: LONE_SURROGATE },
        undefined,
      ),
      'search',
      /surrogate/,
    );
  });

  it('reports a CSV row with a NUL character as a row error and keeps the good rows', async () => {
    const tag = uniqueTag();
    const csv = toCsv([['account'], [`Good ${tag} 1`], [`Bad ${tag} ${NUL}`], [`Good ${tag} 2`]]);
    const viaGraphql = await importViaGraphql(app, 'accounts', csv, admin);
    expect(viaGraphql.result).toMatchObject({ created: 2, skipped: 1 });
    expect(viaGraphql.result?.errors).toEqual([
      { row: 3, code: 'BAD_USER_INPUT', message: expect.stringMatching(/account .*NUL/) },
    ]);
    expect(await count('accounts WHERE name LIKE $1', [`Good ${tag}%`])).toBe(2);
    expect(await count('accounts WHERE name LIKE $1', [`Bad ${tag}%`])).toBe(0);

    const viaHttp = await importViaHttp(app, 'accounts', csv.replaceAll('Good', 'Http'), admin);
    expect(viaHttp.status).toBe(200);
    expect(viaHttp.body).toMatchObject({ created: 2, skipped: 1, errors: [{ row: 3 }] });
  });

  it('refuses a malformed cursor on every connection with BAD_USER_INPUT on after', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const id = '00000000-0000-0000-0000-000000000000';
    const day = '2024-01-01 00:00:00+00';
    // Each connection with cursors of the right length whose parts are not what it sorts by.
    const connections: Record<string, unknown[][]> = {
      'assets(after: $after) { totalCount }': [
        ['x', id],
        ['2024-02-30 00:00:00+00', id],
      ],
      'assets(after: $after, sort: MOST_REUSED) { totalCount }': [['1.5x', day, id]],
      'feed(after: $after) { totalCount }': [
        [1, '2024-13-01 00:00:00+00', id],
        [1, day, 'not-a-uuid'],
      ],
      'users(after: $after) { totalCount }': [
        [1, id],
        ['Name', 'not-a-uuid'],
      ],
      'deals(after: $after) { totalCount }': [['2024-02-30T00:00:00.000Z', id]],
      [`creditEntries(userId: "${adminId}", after: $after) { totalCount }`]: [[1e21], ['1 OR 1=1']],
    };
    const malformed = ['not a cursor', encode({ a: 1 }), encode([]), encode([1, 2, 3, 4, 5])];
    for (const [connection, wrongParts] of Object.entries(connections)) {
      for (const after of [...malformed, ...wrongParts.map(encode)]) {
        const res = await app.gql(`query($after: String) { ${connection} }`, { after }, admin);
        expect({ connection, after, extensions: res.errors?.[0]?.extensions }).toEqual({
          connection,
          after,
          extensions: { code: 'BAD_USER_INPUT', field: 'after' },
        });
      }
    }
  });

  it('refuses periods and dates out of range with BAD_USER_INPUT', async () => {
    for (const kind of ['WEEK', 'MONTH', 'QUARTER', 'YEAR', 'ALL_TIME']) {
      const res = await app.gql(
        'query($period: PeriodInput!) { leaderboard(period: $period) { metric } }',
        { period: { kind, at: '1969-12-31T23:59:59Z' } },
        member,
      );
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'period.at' });
    }
    const statement = await app.gql(
      `query($period: PeriodInput) { creditEntries(userId: "${adminId}", period: $period) { sum } }`,
      { period: { kind: 'QUARTER', at: '0001-01-01T00:00:00Z' } },
      admin,
    );
    expect(statement.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'period.at' });
    const kind = await app.gql('query { period(period: { kind: DECADE }) { label } }', {}, member);
    expect(kind.status).toBe(400);
    expect(kind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Beyond what PostgreSQL stores as a timestamp.
    const deals = await app.gql(
      'query($filter: DealFilter) { deals(filter: $filter) { totalCount } }',
      { filter: { from: '-271821-04-20T00:00:00.000Z' } },
      admin,
    );
    expect(deals.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`keeps taxonomy terms to ${MAX_TERM_LENGTH} characters`, async () => {
    const add = (value: string) =>
      app.gql(
        'mutation($value: String!) { addTaxonomyTerm(kind: PRODUCT, value: $value) { value } }',
        { value },
        admin,
      );
    const tag = uniqueTag();
    // Characters, not UTF-16 units: 80 emoji are 160 units and still fit the column.
    const longest = `${tag} ${'\u{1F600}'.repeat(MAX_TERM_LENGTH - tag.length - 1)}`;
    expect((await add(longest)).data).toEqual({ addTaxonomyTerm: { value: longest } });
    const tooLong = await add(`${tag}x`.padEnd(MAX_TERM_LENGTH + 1, 'y'));
    expect(tooLong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(tooLong.errors?.[0]?.message).toMatch(/at most 80 characters/);
    expect(await count('taxonomy_terms WHERE value LIKE $1', [`${tag}x%`])).toBe(0);
  });
});
