import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createAsset } from '../factories/asset.factory.js';
import { createUser, login } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const REUSE = graphql(`
  mutation CreditConcurrencyReuse($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      id
      pointsAwarded
    }
  }
`);
const ENDORSE = graphql(`
  mutation CreditConcurrencyEndorse($a: ID!, $k: EndorsementKind!) {
    endorseAsset(assetId: $a, kind: $k) {
      id
      pointsAwarded
    }
  }
`);
const ROUNDS = 5;
// Rounds of 50 requests each on a shared machine take a while.
const TIMEOUT = 300_000;

/**
 * Events that would pass a rule if each read the ledger before the others wrote, fired at once, round after round
 * with fresh people and assets: the ledger totals are exact every time.
 */
describe('credit rules under concurrent events', () => {
  let app: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    // On a server, as many connections as calls in flight, so the events really overlap in the database; the
    // embedded database is reached through one connection (global setup), where the events take turns.
    app = await startTestApp(process.env.BYLINE_DB_POOL_MAX === '1' ? {} : { BYLINE_DB_POOL_MAX: '50' });
    db = app.byline.app.get(DataSource);
  });
  afterAll(() => app.close());

  const person = async () => {
    const user = await createUser(app);
    return { id: user.id, token: await login(app, user) };
  };
  /** Points the beneficiary earned from events of this type. */
  const earned = async (beneficiaryId: string, type: string) => {
    const [row] = await db.query<{ points: number }[]>(
      `SELECT coalesce(sum(ce.points), 0)::int AS points
         FROM credit_entries ce JOIN credit_events ev ON ev.id = ce.event_id
        WHERE ce.beneficiary_id = $1 AND ev.type::text = $2`,
      [beneficiaryId, type],
    );
    return row.points;
  };
  const noErrors = (responses: GqlResponse[]) => expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);

  it(
    'credits exactly one of 50 simultaneous copies of one asset by one person',
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [author, actor] = await Promise.all([person(), person()]);
        const asset = await createAsset(app, author.token);
        const responses = await Promise.all(
          Array.from({ length: 50 }, () =>
            app.gql(REUSE, { input: { assetId: asset.id, kind: 'COPY', clientEventId: randomUUID() } }, actor.token),
          ),
        );
        noErrors(responses);
        expect(responses.map((r) => r.data!.recordReuse.pointsAwarded).sort((a, b) => b - a)).toEqual([
          4,
          ...Array<number>(49).fill(0),
        ]);
        expect(await earned(author.id, 'REUSE')).toBe(4);
        const [recorded] = await db.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM reuse_events WHERE asset_id = $1',
          [asset.id],
        );
        expect(recorded.n).toBe(50);
      }
    },
    TIMEOUT,
  );

  it(
    'lets one person give another at most 40 points a day, however many reuses arrive at once',
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [author, actor] = await Promise.all([person(), person()]);
        const assets = await Promise.all(Array.from({ length: 6 }, () => createAsset(app, author.token)));
        // 6 × (4 + 10) = 84 points asked for, 40 allowed.
        const responses = await Promise.all(
          assets.flatMap((asset) =>
            (['COPY', 'SHARE_WITH_CUSTOMER'] as const).map((kind) =>
              app.gql(REUSE, { input: { assetId: asset.id, kind, clientEventId: randomUUID() } }, actor.token),
            ),
          ),
        );
        noErrors(responses);
        expect(await earned(author.id, 'REUSE')).toBe(40);
      }
    },
    TIMEOUT,
  );

  it(
    'lets one person earn at most 200 endorsement points a day, however many endorsements arrive at once',
    async () => {
      const endorsers: { id: string; token: string }[] = [];
      for (let i = 0; i < 24; i++) endorsers.push(await person());
      for (let round = 0; round < ROUNDS; round++) {
        const author = await person();
        const asset = await createAsset(app, author.token);
        // 24 × 10 = 240 points asked for, 200 allowed.
        const responses = await Promise.all(
          endorsers.map((e) => app.gql(ENDORSE, { a: asset.id, k: 'HELPED_WIN' }, e.token)),
        );
        noErrors(responses);
        expect(await earned(author.id, 'ENDORSED')).toBe(200);
      }
    },
    TIMEOUT,
  );
});
