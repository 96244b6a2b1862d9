import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { QUERY_LIMITS } from '../../src/core/graphql/limits.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

/** A selection `depth` fields deep below createTeam: team -> managers -> team -> managers ... -> id. */
function nestedSelection(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 1; level--) selection = `${level % 2 ? 'managers' : 'team'} { ${selection} }`;
  return selection;
}

describe('query limits', () => {
  let app: TestApp;
  let token: string;
  let teamExists: (name: string) => Promise<boolean>;

  beforeAll(async () => {
    app = await startTestApp();
    token = (await signedIn(app, Role.ADMIN)).token;
    const db = app.byline.app.get(DataSource);
    teamExists = async (name) => (await db.query<unknown[]>('SELECT 1 FROM teams WHERE name = $1', [name])).length > 0;
  });
  afterAll(() => app.close());

  /** A refused query: HTTP 400, the contract's BAD_USER_INPUT, Apollo's reason and a message naming the limit. */
  const expectRefused = (res: GqlResponse, reason: string, message: RegExp) => {
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.data).toBeUndefined();
  };

  it(`runs a mutation ${QUERY_LIMITS.maxDepth} levels deep and refuses one a level deeper before it runs`, async () => {
    const at = async (depth: number) => {
      const name = `Depth ${depth} ${Date.now()}`;
      const res = await app.gql(
        `mutation { createTeam(name: "${name}") { ${nestedSelection(depth - 1)} } }`,
        {},
        token,
      );
      return { res, written: await teamExists(name) };
    };
    const ok = await at(QUERY_LIMITS.maxDepth);
    expect(ok.res.errors).toBeUndefined();
    expect(ok.written).toBe(true);
    const tooDeep = await at(QUERY_LIMITS.maxDepth + 1);
    expectRefused(tooDeep.res, 'GRAPHQL_VALIDATION_FAILED', /depth/i);
    expect(tooDeep.written).toBe(false);
  });

  it(`allows ${QUERY_LIMITS.maxAliases} aliases and refuses more`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    const within = await app.gql(aliases(QUERY_LIMITS.maxAliases), {}, token);
    expect(within.status).toBe(200);
    expect(within.errors).toBeUndefined();
    expectRefused(
      await app.gql(aliases(QUERY_LIMITS.maxAliases + 1), {}, token),
      'GRAPHQL_VALIDATION_FAILED',
      /alias/i,
    );
  });

  it(`allows ${QUERY_LIMITS.maxDirectives} directives and refuses more`, async () => {
    const directives = (n: number) =>
      `{ viewer { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`;
    const within = await app.gql(directives(QUERY_LIMITS.maxDirectives), {}, token);
    expect(within.status).toBe(200);
    expect(within.errors).toBeUndefined();
    expectRefused(
      await app.gql(directives(QUERY_LIMITS.maxDirectives + 1), {}, token),
      'GRAPHQL_VALIDATION_FAILED',
      /directives limit/i,
    );
  });

  it(`allows a query costing up to ${QUERY_LIMITS.maxCost} and refuses a costlier one`, async () => {
    // A list of n objects with one scalar each costs (2 + 1.5 × 1) × n: an object, a scalar one level down.
    const withCost = (n: number) => `{ assets(first: ${n}) { totalCount } }`;
    const largest = Math.floor(QUERY_LIMITS.maxCost / 3.5);
    // Within the limit the request reaches the resolver, whose page-size check answers.
    const within = await app.gql(withCost(largest), {}, token);
    expect(within.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expectRefused(await app.gql(withCost(largest + 1), {}, token), 'GRAPHQL_VALIDATION_FAILED', /cost limit/i);
  });

  it(`parses up to ${QUERY_LIMITS.maxTokens} tokens and refuses longer documents with a 400`, async () => {
    // 16 tokens of frame plus one per list item; within the limit the request reaches argument validation.
    const withTokens = (n: number) =>
      `mutation { setTeamManagers(teamId: "t", userIds: [${Array.from({ length: n - 16 }, () => '"u"').join(' ')}]) { id } }`;
    const within = await app.gql(withTokens(QUERY_LIMITS.maxTokens), {}, token);
    expect(within.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(within.errors?.[0]?.extensions?.reason).toBeUndefined();
    expectRefused(
      await app.gql(withTokens(QUERY_LIMITS.maxTokens + 1), {}, token),
      'GRAPHQL_PARSE_FAILED',
      new RegExp(`more tha[nt] ${QUERY_LIMITS.maxTokens} tokens`),
    );
  });

  it('answers a syntax error, an unknown field and an unknown operation with a 400, signed in or not', async () => {
    for (const caller of [token, undefined]) {
      expectRefused(await app.gql('{ viewer { id ', {}, caller), 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
      expectRefused(await app.gql('{ viewer { nope } }', {}, caller), 'GRAPHQL_VALIDATION_FAILED', /nope/);
      const unknown = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(caller ? { authorization: `Bearer ${caller}` } : {}) },
        body: JSON.stringify({ query: 'query A { viewer { id } }', operationName: 'B' }),
      });
      expectRefused(
        { status: unknown.status, ...((await unknown.json()) as object) },
        'OPERATION_RESOLUTION_FAILURE',
        /Unknown operation named "B"/,
      );
    }
  });

  it('answers a persisted query whose hash does not match with a 400, not an internal error', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ viewer { id } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } },
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as GqlResponse).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('refuses batched requests and request bodies over the size limit', async () => {
    const batched = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(batched.status).toBe(400);
    const huge = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses a GraphQL request without a JSON content type (CSRF protection)', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(res.status).toBe(400);
  });
});
