import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { signWebhook } from '../../src/modules/deal/webhook-signature.util.js';
import { createAsset, deriveAsset } from '../factories/asset.factory.js';
import { createDeal } from '../factories/deal.factory.js';
import { person } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { RecordReuseInput, ReuseKind } from '../generated/graphql.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const RECORD_MANY = graphql(`
  mutation BatchIngestRecordMany($inputs: [RecordReuseInput!]!) {
    recordReuses(inputs: $inputs) {
      clientEventId
      reuse {
        id
        kind
        pointsAwarded
        explanation
      }
      error {
        code
        message
        field
      }
    }
  }
`);
const RECORD_ONE = graphql(`
  mutation BatchIngestRecordOne($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      id
      kind
      pointsAwarded
      explanation
    }
  }
`);

const SHARE = graphql(`
  mutation BatchIngestShare($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      id
      url
    }
  }
`);
const SECRET = 'crm-webhook-secret-for-the-batch-tests';
const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

// Batches of hundreds of events, and the same events one by one, on a shared machine take a while.
const TIMEOUT = 300_000;

describe('recording reuses in batches', () => {
  let app: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    // Beacons come from a buyer's address (the app trusts X-Forwarded-For), not the sharer's.
    const trusted = process.env.BYLINE_TRUST_PROXY;
    process.env.BYLINE_TRUST_PROXY = '1';
    app = await startTestApp({
      BYLINE_WEBHOOK_SECRET: SECRET,
      ...(process.env.BYLINE_DB_POOL_MAX === '1' ? {} : { BYLINE_DB_POOL_MAX: '20' }),
    });
    if (trusted === undefined) delete process.env.BYLINE_TRUST_PROXY;
    else process.env.BYLINE_TRUST_PROXY = trusted;
    db = app.byline.app.get(DataSource);
  });
  afterAll(() => app.close());

  const recordMany = async (token: string, inputs: RecordReuseInput[]) => {
    const res = await app.gql(RECORD_MANY, { inputs }, token);
    if (!res.data) throw new Error(`recordReuses failed: ${JSON.stringify(res.errors)}`);
    return res.data.recordReuses;
  };
  /** What the person earned from reuses. */
  const earned = async (beneficiaryId: string) => {
    const [row] = await db.query<{ points: number }[]>(
      `SELECT coalesce(sum(ce.points), 0)::int AS points
         FROM credit_entries ce JOIN credit_events ev ON ev.id = ce.event_id
        WHERE ce.beneficiary_id = $1 AND ev.type = 'REUSE'`,
      [beneficiaryId],
    );
    return row.points;
  };
  const recorded = async (actorId: string) => {
    const [row] = await db.query<{ reuses: number; events: number }[]>(
      `SELECT (SELECT count(*)::int FROM reuse_events WHERE actor_id = $1) AS reuses,
              (SELECT count(*)::int FROM credit_events WHERE actor_id = $1) AS events`,
      [actorId],
    );
    return row;
  };
  const copy = (assetId: string, kind: ReuseKind = 'COPY'): RecordReuseInput => ({
    assetId,
    kind,
    clientEventId: randomUUID(),
  });

  it(
    'records 500 events in one call, each with its result in order, within the daily cap',
    async () => {
      const [author, actor] = await Promise.all([person(app), person(app)]);
      const assets = await Promise.all(Array.from({ length: 5 }, () => createAsset(app, author.token)));
      const kinds: ReuseKind[] = ['VIEW', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'];
      const inputs = Array.from({ length: 500 }, (_, i) => copy(assets[i % 5].id, kinds[i % 4]));
      const results = await recordMany(actor.token, inputs);
      expect(results.map((r) => r.clientEventId)).toEqual(inputs.map((i) => i.clientEventId));
      expect(results.filter((r) => r.error)).toEqual([]);
      // Every asset reused each way earns once (the rest are repeats); one person gives another at most 40 a day.
      expect(results.reduce((sum, r) => sum + r.reuse!.pointsAwarded, 0)).toBe(40);
      expect(await earned(author.id)).toBe(40);
      expect(await recorded(actor.id)).toEqual({ reuses: 500, events: 375 });
    },
    TIMEOUT,
  );

  it('refuses 501 events before recording any of them', async () => {
    const [author, actor] = await Promise.all([person(app), person(app)]);
    const asset = await createAsset(app, author.token);
    const res = await app.gql(RECORD_MANY, { inputs: Array.from({ length: 501 }, () => copy(asset.id)) }, actor.token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
    expect(await recorded(actor.id)).toEqual({ reuses: 0, events: 0 });
  });

  it('answers each event on its own: recorded, repeated, invisible, a draft, bad input, a reused id', async () => {
    const [author, actor, stranger] = await Promise.all([person(app), person(app), person(app)]);
    const [asset, other, hidden, draft] = await Promise.all([
      createAsset(app, author.token),
      createAsset(app, author.token),
      createAsset(app, stranger.token, { visibility: 'PRIVATE' }),
      createAsset(app, author.token, {}, { publish: false }),
    ]);
    const deal = await createDeal(app);
    const first = copy(asset.id);
    const inputs: RecordReuseInput[] = [
      first,
      copy(asset.id), // a repeat within 24 h: recorded, earns nothing
      copy(hidden.id),
      copy(draft.id),
      { ...copy(other.id), kind: 'ADAPT' },
      { ...copy(other.id), clientEventId: 'x'.repeat(101) },
      { ...copy(other.id), assetId: 'not-an-id' },
      { ...copy(other.id), dealId: deal.id }, // only USED_IN_DEAL names a deal
      { ...copy(other.id, 'USED_IN_DEAL'), dealId: randomUUID() },
      { ...copy(other.id, 'USED_IN_DEAL'), dealId: deal.id },
      { ...first }, // the same event again: the same record
      { ...first, kind: 'SHARE_WITH_CUSTOMER' }, // the same id for another reuse
      { ...copy(other.id, 'VIEW'), slides: '2' },
    ];
    const results = await recordMany(actor.token, inputs);
    expect(results.map((r) => r.clientEventId)).toEqual(inputs.map((i) => i.clientEventId));
    const shape = results.map((r) =>
      r.error ? `${r.error.code} ${r.error.field ?? ''}`.trim() : r.reuse!.pointsAwarded,
    );
    expect(shape).toEqual([
      4,
      0,
      'NOT_FOUND',
      'NOT_FOUND',
      'BAD_USER_INPUT kind',
      'BAD_USER_INPUT clientEventId',
      'BAD_USER_INPUT assetId',
      'BAD_USER_INPUT dealId',
      'BAD_USER_INPUT dealId',
      10,
      4,
      'CONFLICT clientEventId',
      'BAD_USER_INPUT slides',
    ]);
    expect(results[1].reuse!.explanation).toMatch(/within the last 24 hours/);
    expect(results[10].reuse!.id).toBe(results[0].reuse!.id);
    expect(await recorded(actor.id)).toEqual({ reuses: 3, events: 3 });
    expect(await earned(author.id)).toBe(14);
    expect(await earned(stranger.id)).toBe(0);
  });

  it('answers a replayed batch with the same results and records nothing new', async () => {
    const [author, actor] = await Promise.all([person(app), person(app)]);
    const [asset, hidden] = await Promise.all([
      createAsset(app, author.token),
      createAsset(app, author.token, { visibility: 'PRIVATE' }),
    ]);
    const inputs = [copy(asset.id), copy(asset.id, 'SHARE_WITH_CUSTOMER'), copy(hidden.id), copy(asset.id, 'VIEW')];
    const once = await recordMany(actor.token, inputs);
    const before = { recorded: await recorded(actor.id), earned: await earned(author.id) };
    const twice = await recordMany(actor.token, inputs);
    expect(twice).toEqual(once);
    expect({ recorded: await recorded(actor.id), earned: await earned(author.id) }).toEqual(before);
    // A copy (4) and a self-reported share (4 under the current policy).
    expect(before.earned).toBe(8);
    // One by one, a retry of an event of the batch is the same record too.
    const single = await app.gql(RECORD_ONE, { input: inputs[1] }, actor.token);
    expect(single.data?.recordReuse.id).toBe(once[1].reuse!.id);
  });

  it(
    'takes turns between overlapping batches: nothing counted twice, no deadlock',
    async () => {
      const [a, b, x, y] = await Promise.all([person(app), person(app), person(app), person(app)]);
      const assetsA = await Promise.all(Array.from({ length: 4 }, () => createAsset(app, a.token)));
      const assetsB = await Promise.all(Array.from({ length: 4 }, () => createAsset(app, b.token)));
      const kinds: ReuseKind[] = ['COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'];
      const events = (assets: { id: string }[]) => assets.flatMap((asset) => kinds.map((k) => copy(asset.id, k)));
      // One person's batch sent twice at once, and another person's batch sent at the same time forwards and
      // backwards (the same client event ids, locked in the opposite order of the input), each naming the
      // authors' assets in the opposite order of the first person's.
      const xBatch = [...events(assetsA), ...events(assetsB)];
      const yBatch = [...events(assetsB), ...events(assetsA)];
      const answers = await Promise.all([
        recordMany(x.token, xBatch),
        recordMany(x.token, xBatch),
        recordMany(y.token, yBatch),
        recordMany(y.token, [...yBatch].reverse()),
      ]);
      expect(answers.flat().filter((r) => r.error)).toEqual([]);
      expect(answers[1].map((r) => r.reuse!.id)).toEqual(answers[0].map((r) => r.reuse!.id));
      // Each author gets at most 40 from each of the two people.
      expect(await earned(a.id)).toBe(80);
      expect(await earned(b.id)).toBe(80);
      expect(await recorded(x.id)).toEqual({ reuses: 24, events: 24 });
      expect(await recorded(y.id)).toEqual({ reuses: 24, events: 24 });
      const yIds = new Map(answers[2].map((r) => [r.clientEventId, r.reuse!.id]));
      expect(answers[3].map((r) => r.reuse!.id)).toEqual(answers[3].map((r) => yIds.get(r.clientEventId)));
    },
    TIMEOUT,
  );

  describe('a CRM batch of deals in one signed delivery', () => {
    const deliver = (body: unknown, timestamp = Math.floor(Date.now() / 1000)) => {
      const raw = JSON.stringify(body);
      return fetch(`${app.url}/webhooks/crm/deals`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-byline-timestamp': String(timestamp),
          'x-byline-signature': signWebhook(SECRET, timestamp, raw),
        },
        body: raw,
      });
    };
    const stored = async (externalIds: string[]) =>
      (
        await db.query<{ external_id: string; stage: string }[]>(
          'SELECT external_id, stage FROM deals WHERE external_id = ANY($1) ORDER BY external_id',
          [externalIds],
        )
      ).map((r) => `${r.external_id} ${r.stage}`);

    it('writes each deal as if it came alone, answers per deal, and accepts the delivery once', async () => {
      const ids = ['a', 'b', 'c'].map((k) => `batch-${k}-${randomUUID()}`);
      const body = {
        deals: [
          { externalId: ids[0], name: 'First', stage: 'Engaging' },
          { externalId: ids[1], name: 'No stage' },
          { externalId: ids[2], name: 'Third', stage: 'Prospecting' },
          { externalId: ids[0], name: 'First, later', stage: 'Won', closedAt: '2026-11-01' },
        ],
      };
      const timestamp = Math.floor(Date.now() / 1000);
      const res = await deliver(body, timestamp);
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as {
        results: { index: number; externalId?: string; change?: string; error?: string }[];
      };
      expect(results.map((r) => r.change ?? r.error)).toEqual([
        'created',
        'Refused: stage or outcome is required.',
        'created',
        'updated',
      ]);
      expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
      expect(await stored(ids)).toEqual([`${ids[0]} Won`, `${ids[2]} Prospecting`].sort());
      // The same signed delivery again is refused, and changes nothing.
      expect((await deliver(body, timestamp)).status).toBe(409);
    });

    it('refuses more than 500 deals, or no list, before writing any', async () => {
      const ids = Array.from({ length: 501 }, () => `batch-${randomUUID()}`);
      const res = await deliver({ deals: ids.map((externalId) => ({ externalId, stage: 'Engaging' })) });
      expect(res.status).toBe(400);
      expect(await stored(ids)).toEqual([]);
      expect((await deliver({ deals: 'all of them' })).status).toBe(400);
    });
  });

  describe('several view beacons in one POST', () => {
    it('applies each as if it came alone, answers per beacon, and refuses more than 20', async () => {
      const [author, sharer] = await Promise.all([person(app), person(app)]);
      const asset = await createAsset(app, author.token, { kind: 'CLIENT_FACING', summary: 'What it does.' });
      const created = await app.gql(SHARE, { input: { assetId: asset.id, clientEventId: randomUUID() } }, sharer.token);
      const link = created.data!.createShareLink;
      const token = link.url.split('/s/')[1];
      const post = (body: unknown) =>
        fetch(`${app.url}/s/${token}/beacon`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': PHONE, 'x-forwarded-for': '203.0.113.77' },
          body: JSON.stringify(body),
        });
      const tab = randomBytes(12).toString('base64url');
      const before = await earned(author.id);
      const res = await post({
        beacons: [
          { viewer: tab, visibleSeconds: 3, pages: {}, page: null },
          { viewer: 'short', visibleSeconds: 3, pages: {}, page: null },
          { viewer: tab, visibleSeconds: 3, pages: {}, page: null },
        ],
      });
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as { results: { index: number; status: number; message?: string }[] };
      expect(results.map((r) => r.status)).toEqual([204, 400, 204]);
      expect(results[1].message).toMatch(/viewer/);
      const [session] = await db.query<{ visible_seconds: number; counted_at: Date | null }[]>(
        'SELECT visible_seconds, counted_at FROM share_sessions WHERE share_link_id = $1',
        [link.id],
      );
      // Two beacons of 3 s: the session counts, and the link's first counted session tops up the authors' credit.
      expect(session.visible_seconds).toBe(6);
      expect(session.counted_at).not.toBeNull();
      expect((await earned(author.id)) - before).toBe(0);
      const [viewed] = await db.query<{ points: number }[]>(
        `SELECT coalesce(sum(ce.points), 0)::int AS points FROM credit_entries ce JOIN credit_events ev ON ev.id = ce.event_id
          WHERE ce.beneficiary_id = $1 AND ev.type = 'SHARE_VIEWED'`,
        [author.id],
      );
      expect(viewed.points).toBe(6);
      const tooMany = await post({
        beacons: Array.from({ length: 21 }, () => ({ viewer: tab, visibleSeconds: 1, pages: {}, page: null })),
      });
      expect(tooMany.status).toBe(400);
    });
  });

  describe('a batch gives what the same events one by one give', () => {
    const KINDS: ReuseKind[] = ['VIEW', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL', 'ADAPT'];

    /** Two authors, two readers, six assets: a lineage, a co-authored one, one only its author sees. */
    const world = async () => {
      const [ann, ben, rea, rob] = await Promise.all([person(app), person(app), person(app), person(app)]);
      const [a0, a1, a2, b0, hidden] = await Promise.all([
        createAsset(app, ann.token),
        createAsset(app, ann.token),
        createAsset(app, ann.token),
        createAsset(app, ben.token),
        createAsset(app, ann.token, { visibility: 'PRIVATE' }),
      ]);
      const derived = await deriveAsset(app, ben.token, a0.id);
      const people: SignedIn[] = [ann, ben, rea, rob];
      return { people, assets: [a0.id, a1.id, a2.id, b0.id, hidden.id, derived.id] };
    };

    const event = fc.record({
      actor: fc.integer({ min: 0, max: 3 }),
      asset: fc.integer({ min: 0, max: 5 }),
      kind: fc.integer({ min: 0, max: KINDS.length - 1 }),
      // A small range of ids, so some come twice (the same event, or another reuse under the same id).
      id: fc.integer({ min: 0, max: 30 }),
    });
    type Event = { actor: number; asset: number; kind: number; id: number };

    const input = (w: Awaited<ReturnType<typeof world>>, e: Event): RecordReuseInput => ({
      assetId: w.assets[e.asset],
      kind: KINDS[e.kind],
      clientEventId: `event-${e.id}`,
    });

    /** The world's ledger in the order it was written, people and assets named by their place in the world. */
    const ledger = async (w: Awaited<ReturnType<typeof world>>) => {
      const ids = w.people.map((p) => p.id);
      const rows = await db.query<
        { beneficiary_id: string; actor_id: string; asset_id: string; points: number; reason: string }[]
      >(
        `SELECT ce.beneficiary_id, ce.actor_id, ce.asset_id, ce.points, ce.reason
           FROM credit_entries ce JOIN credit_events ev ON ev.id = ce.event_id
          WHERE ev.type = 'REUSE' AND ev.actor_id = ANY($1::uuid[]) ORDER BY ev.seq, ce.id`,
        [ids],
      );
      return rows.map((r) => ({
        beneficiary: ids.indexOf(r.beneficiary_id),
        actor: ids.indexOf(r.actor_id),
        asset: w.assets.indexOf(r.asset_id),
        points: r.points,
        reason: r.reason,
      }));
    };

    it(
      'same results, same ledger entries, and the rebuild still matches',
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 40 }), async (events) => {
            const [batched, single] = await Promise.all([world(), world()]);
            // Batched: each run of one person's events in one call, in order.
            const batchedAnswers: {
              code: string | null;
              points: number | null;
              explanation: string | null;
              same: number;
            }[] = [];
            const seenBatched = new Map<string, number>();
            for (let start = 0; start < events.length;) {
              let end = start;
              while (end < events.length && events[end].actor === events[start].actor) end++;
              const run = events.slice(start, end);
              const results = await recordMany(
                batched.people[run[0].actor].token,
                run.map((e) => input(batched, e)),
              );
              results.forEach((r, k) => {
                const at = start + k;
                const same = r.reuse ? (seenBatched.get(r.reuse.id) ?? at) : at;
                if (r.reuse && !seenBatched.has(r.reuse.id)) seenBatched.set(r.reuse.id, at);
                batchedAnswers.push({
                  code: r.error?.code ?? null,
                  points: r.reuse?.pointsAwarded ?? null,
                  explanation: r.reuse?.explanation ?? null,
                  same,
                });
              });
              start = end;
            }
            // One by one.
            const singleAnswers: typeof batchedAnswers = [];
            const seenSingle = new Map<string, number>();
            for (const [at, e] of events.entries()) {
              const res = await app.gql(RECORD_ONE, { input: input(single, e) }, single.people[e.actor].token);
              const r = res.data?.recordReuse;
              const same = r ? (seenSingle.get(r.id) ?? at) : at;
              if (r && !seenSingle.has(r.id)) seenSingle.set(r.id, at);
              singleAnswers.push({
                code: r ? null : (res.errors?.[0]?.extensions?.code ?? 'none'),
                points: r?.pointsAwarded ?? null,
                explanation: r?.explanation ?? null,
                same,
              });
            }
            expect(batchedAnswers).toEqual(singleAnswers);
            expect(await ledger(batched)).toEqual(await ledger(single));
          }),
          // Each run builds two worlds and sends up to 40 events each way.
          { numRuns: Number(process.env.BATCH_PROPERTY_RUNS ?? 12) },
        );
        const report = await app.byline.app.get(CreditRebuildService).check();
        expect(report).toMatchObject({ firstDifference: null, chainDifference: null, rollupDifference: null });
      },
      TIMEOUT * 2,
    );
  });
});
