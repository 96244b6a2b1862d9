import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, publish } from '../factories/asset.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { statementCounter } from '../support/statement-counter.js';
import type { StatementCounter } from '../support/statement-counter.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const PAGE = graphql(`
  query QueryCountPage($first: Int!, $tag: String!) {
    assets(first: $first, filter: { tag: $tag }, sort: NEWEST) {
      edges {
        node {
          id
          title
          team {
            id
            name
          }
          authors {
            role
            share
            user {
              id
              name
            }
          }
          derivedFrom {
            id
            title
          }
          derivedAssets {
            id
          }
          ancestry {
            id
            title
          }
          versions {
            version
          }
          stats {
            reuseCount
            endorsementCount
          }
          viewerCan {
            edit
            setAuthors
          }
        }
      }
    }
  }
`);

const DERIVE = graphql(`
  mutation QueryCountDerive($from: ID!, $input: CreateAssetInput!) {
    deriveAsset(fromId: $from, input: $input) {
      id
    }
  }
`);

/** Reads a page of assets with nested fields and counts the SQL statements it sent. */
describe('a page of assets with nested fields', () => {
  let app: TestApp;
  let token: string;
  let statements: StatementCounter;
  const tag = `qc${randomUUID().slice(0, 8)}`;
  const parents = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp();
    statements = statementCounter(app);

    const teamId = (await createTeam(app)).id;
    token = (await signedIn(app, Role.MEMBER, teamId)).token;
    const originals: string[] = [];
    for (let i = 0; i < 38; i += 1) originals.push((await createAsset(app, token, { tags: [tag] })).id);
    // Twelve adaptations, some of adaptations, so that ancestry is one to three generations deep.
    let from = originals[0];
    for (let i = 0; i < 12; i += 1) {
      const derived = await app.gql(
        DERIVE,
        {
          from,
          input: {
            kind: 'BEST_PRACTICE',
            title: `Adapted ${i}`,
            body: 'Adapted for another market.',
            visibility: 'ORG',
            tags: [tag],
          },
        },
        token,
      );
      const id = derived.data!.deriveAsset.id;
      await publish(app, token, id);
      parents.set(id, from);
      from = i % 3 === 2 ? originals[i + 1] : id;
    }
  }, 600_000);
  afterAll(() => app.close());

  const readPage = async (first: number) => {
    const read = () => app.gql(PAGE, { first, tag }, token);
    let res: Awaited<ReturnType<typeof read>> | undefined;
    const sent = await statements.count(async () => {
      res = await read();
    });
    expect(res!.errors).toBeUndefined();
    return { nodes: res!.data!.assets.edges.map((e) => e.node), statements: sent };
  };

  it('sends the same few statements for 10 assets as for 50, ancestry included', async () => {
    const small = await readPage(10);
    const large = await readPage(50);
    expect(small.nodes).toHaveLength(10);
    expect(large.nodes).toHaveLength(50);
    // The adaptations are there, each with its chain of ancestors, parent first.
    const adapted = large.nodes.filter((n) => parents.has(n.id));
    expect(adapted).toHaveLength(12);
    for (const node of adapted) expect(node.ancestry[0].id).toBe(parents.get(node.id));
    expect(Math.max(...adapted.map((n) => n.ancestry.length))).toBe(3);
    // One statement per nested field at most (plus the viewer and the page), whatever the page size.
    expect(large.statements).toBeLessThanOrEqual(15);
    expect(large.statements).toBe(small.statements);
  });
});
