import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { QUERY_LIMITS } from '../../src/core/graphql/limits.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

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
    expect(tooDeep.res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.res.errors?.[0]?.message).toMatch(/depth/i);
    expect(tooDeep.written).toBe(false);
  });

  it(`allows ${QUERY_LIMITS.maxAliases} aliases and refuses more`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect((await app.gql(aliases(QUERY_LIMITS.maxAliases), {}, token)).errors).toBeUndefined();
    const res = await app.gql(aliases(QUERY_LIMITS.maxAliases + 1), {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it(`parses up to ${QUERY_LIMITS.maxTokens} tokens and refuses longer documents`, async () => {
    // 16 tokens of frame plus one per list item; within the limit the request reaches argument validation.
    const withTokens = (n: number) =>
      `mutation { setTeamManagers(teamId: "t", userIds: [${Array.from({ length: n - 16 }, () => '"u"').join(' ')}]) { id } }`;
    const within = await app.gql(withTokens(QUERY_LIMITS.maxTokens), {}, token);
    expect(within.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const over = await app.gql(withTokens(QUERY_LIMITS.maxTokens + 1), {}, token);
    expect(over.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.errors?.[0]?.message).toMatch(/token limit/i);
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
