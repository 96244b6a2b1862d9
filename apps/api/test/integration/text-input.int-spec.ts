import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Role } from '../../src/modules/user/user.entity.js';
import { importViaGraphql, importViaHttp, toCsv, uniqueTag } from '../factories/deal.factory.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';

describe('text that cannot be stored', () => {
  let app: TestApp;
  let db: DataSource;
  let admin: string;
  let member: string;
  const count = async (sql: string, params: unknown[]) =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
    admin = (await signedIn(app, Role.ADMIN)).token;
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
    expect(viaGraphql.result?.errors).toEqual([{ row: 3, message: expect.stringMatching(/account .*NUL/) }]);
    expect(await count('accounts WHERE name LIKE $1', [`Good ${tag}%`])).toBe(2);
    expect(await count('accounts WHERE name LIKE $1', [`Bad ${tag}%`])).toBe(0);

    const viaHttp = await importViaHttp(app, 'accounts', csv.replaceAll('Good', 'Http'), admin);
    expect(viaHttp.status).toBe(200);
    expect(viaHttp.body).toMatchObject({ created: 2, skipped: 1, errors: [{ row: 3 }] });
  });
});
