import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { signedIn } from '../factories/user.factory.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const UPDATE = graphql(`
  mutation ScoringPolicyUpdate($p: String!) {
    updateScoringPolicy(policy: $p)
  }
`);
const HISTORY = graphql(`
  query ScoringPolicyHistory {
    scoringPolicyHistory {
      version
      policy
      createdAt
      createdBy {
        id
      }
    }
  }
`);
const REUSE = graphql(`
  mutation ScoringPolicyReuse($i: RecordReuseInput!) {
    recordReuse(input: $i) {
      pointsAwarded
    }
  }
`);
const STATEMENT = graphql(`
  query ScoringPolicyStatement($u: ID!) {
    creditEntries(userId: $u, first: 10) {
      sum
      edges {
        node {
          points
          policyVersion
        }
      }
    }
  }
`);
const CURRENT = graphql(`
  query ScoringPolicyCurrent {
    scoringPolicy
  }
`);

// The policy is the whole organisation's, so this runs on a database of its own: other files' credit stays on v1.
describe('scoring policy versions', () => {
  let database: IsolatedDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await isolatedDatabase();
    app = await startTestApp({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('applies a new version to events from then on, keeps earlier entries as they were, and lists every version', async () => {
    const admin = await signedIn(app, Role.ADMIN);
    const author = await signedIn(app);
    const [first, second] = [await signedIn(app), await signedIn(app)];
    const asset = await createAsset(app, author.token);
    const copy = (token: string) =>
      app.gql(REUSE, { i: { assetId: asset.id, kind: 'COPY', clientEventId: randomUUID() } }, token);

    expect((await copy(first.token)).data?.recordReuse.pointsAwarded).toBe(4);
    const current = JSON.parse((await app.gql(CURRENT, {}, admin.token)).data!.scoringPolicy) as {
      reuse: Record<string, number>;
    };
    const published = await app.gql(
      UPDATE,
      { p: JSON.stringify({ ...current, reuse: { ...current.reuse, COPY: 6 } }) },
      admin.token,
    );
    expect(JSON.parse(published.data!.updateScoringPolicy)).toMatchObject({ version: 2, reuse: { COPY: 6 } });
    expect((await copy(second.token)).data?.recordReuse.pointsAwarded).toBe(6);

    const statement = await app.gql(STATEMENT, { u: author.user.id }, author.token);
    const lines = statement.data!.creditEntries.edges.map((e) => e.node);
    // Publication (10, v1), the first copy (4, v1), the copy after the change (6, v2).
    expect(lines.map((l) => `${l.points}@v${l.policyVersion}`).sort()).toEqual(['10@v1', '4@v1', '6@v2']);
    expect(statement.data!.creditEntries.sum).toBe(20);

    const history = await app.gql(HISTORY, {}, admin.token);
    const versions = history.data!.scoringPolicyHistory;
    expect(versions.map((v) => [v.version, v.createdBy?.id ?? null, v.createdAt === null])).toEqual([
      [2, admin.user.id, false],
      [1, null, true],
    ]);
    expect(JSON.parse(versions[1].policy)).toMatchObject({ version: 1, reuse: { COPY: 4 } });
  });

  it('refuses a value out of range with BAD_USER_INPUT naming it, and publishes nothing', async () => {
    const admin = await signedIn(app, Role.ADMIN);
    const count = async () => (await app.gql(HISTORY, {}, admin.token)).data!.scoringPolicyHistory.length;
    const before = await count();
    const current = JSON.parse((await app.gql(CURRENT, {}, admin.token)).data!.scoringPolicy) as {
      reuse: Record<string, number>;
    };

    const negative = await app.gql(
      UPDATE,
      { p: JSON.stringify({ ...current, reuse: { ...current.reuse, COPY: -1 } }) },
      admin.token,
    );
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0].extensions?.field).toBe('policy.reuse.COPY');
    const notJson = await app.gql(UPDATE, { p: '{ not json' }, admin.token);
    expect(errorCode(notJson)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });
});
