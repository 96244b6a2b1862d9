import { randomUUID } from 'node:crypto';
import { POLICY_V1 } from '@byline/credit';
import pg from 'pg';
import { TokenService } from '../core/auth/token.service.js';
import { BENCH_PASSWORD, seedPeople } from './seed.js';
import { freshByline, gql, percentile, seconds, summary, timed } from './bench-support.js';
import type { BenchDatabase } from './bench-support.js';
import {
  analyze,
  creditTally,
  insertAuthoredAssets,
  insertLedger,
  recordReuseBare,
  recordReusesBare,
} from './bench.repository.js';
import { httpLoad } from './http-load.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
// BENCH_LEDGER_ROWS=0 measures ingestion only.
const SIZES = (process.env.BENCH_LEDGER_ROWS ?? '100000,10000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const INGEST_EVENTS = Number(process.env.BENCH_INGEST_EVENTS ?? 2000);
const CONCURRENCY = 8;

const BOARD = `query($kind: PeriodKind!) { leaderboard(period: { kind: $kind }, first: 50) { size entries { rank value user { name } } viewerEntry { rank } } }`;
const REPORT = `query($u: ID!) { authorshipReport(userId: $u, period: { kind: QUARTER }) { credit rank assetsAuthored uniqueReusers
  reusesReceived { kind count } endorsementsReceived { kind count } wonDealsInfluenced engagement { sharing participating contributing } } }`;

/** A ledger of `rows` entries (ten per event) spread over two years; the database chains it and keeps its rollups. */
async function seedLedger(db: BenchDatabase, users: string[], rows: number): Promise<void> {
  const events = Math.ceil(rows / 10);
  const chunk = 100_000;
  for (let done = 0; done < events; done += chunk) {
    const n = Math.min(chunk, events - done);
    await insertLedger(db.sql, users, n);
    process.stdout.write(`\r  seeding ${rows} ledger rows: ${(done + n) * 10}`);
  }
  await analyze(db.sql);
}

async function login(db: BenchDatabase, email = 'bench1-1@bench.byline'): Promise<string> {
  const { login } = await gql<{ login: { token: string } }>(
    db.byline.url,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: BENCH_PASSWORD },
  );
  return login.token;
}

/** Runs `work` for 0..count-1, CONCURRENCY at a time; resolves to calls per second. */
async function parallel(count: number, work: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

const REASONS = { COPY: 'REUSED_COPY', SHARE_WITH_CUSTOMER: 'SHARED_WITH_CUSTOMER', USED_IN_DEAL: 'USED_IN_DEAL' };

async function readSide(rows: number): Promise<number> {
  const db = await freshByline('postgresql', `ledger${rows}`, { FISCAL_YEAR_START_MONTH: '1' });
  try {
    const started = performance.now();
    const users = await seedPeople(db.sql, 20, 50);
    await seedLedger(db, users, rows);
    console.log(`\r  ${rows.toLocaleString('en')} ledger rows seeded in ${seconds(started)} s`);
    const token = await login(db);
    const quarter = await timed(RUNS, () => gql(db.byline.url, token, BOARD, { kind: 'QUARTER' }));
    const allTime = await timed(RUNS, () => gql(db.byline.url, token, BOARD, { kind: 'ALL_TIME' }));
    const month = await timed(RUNS, () => gql(db.byline.url, token, BOARD, { kind: 'MONTH' }));
    console.log(`    leaderboard top-50, quarter    ${summary(quarter)}`);
    console.log(`    leaderboard top-50, all time   ${summary(allTime)}`);
    console.log(`    leaderboard top-50, month      ${summary(month)}`);
    try {
      const report = await timed(RUNS, (i) =>
        gql(db.byline.url, token, REPORT, { u: users[(i * 13) % users.length] }).catch(() =>
          gql(db.byline.url, token, REPORT, { u: users[0] }),
        ),
      );
      console.log(`    one person's quarterly report  ${summary(report)}`);
    } catch (error) {
      console.log(`    one person's quarterly report  not measured: ${(error as Error).message.slice(0, 120)}`);
    }
    return percentile(quarter, 95);
  } finally {
    await db.close();
  }
}

const BATCH = 100;
const BATCH_EVENTS = Number(process.env.BENCH_BATCH_EVENTS ?? 4000);

/**
 * Reuse events through the API (GraphQL recordReuse, sent from a client thread of its own) against the same writes
 * as bare SQL from a pool of as many connections: the event with its facts, the author's ledger entry (the
 * database chains it and moves its ten rollups: credit and reuses received, five periods), the reuse record and the
 * asset's counter. Then the same in batches of 100 (recordReuses, one reader per batch) against bare SQL writing
 * each batch with one multi-row statement per table.
 */
async function ingestion(): Promise<void> {
  const db = await freshByline('postgresql', 'ingest', { FISCAL_YEAR_START_MONTH: '1' });
  try {
    const users = await seedPeople(db.sql, 10, 20);
    const assets = await insertAuthoredAssets(db.sql, users, 50);
    const batches = Math.ceil(BATCH_EVENTS / BATCH);
    // Readers are the people after the 50 authors, so nobody reuses their own asset; the batches have readers of
    // their own, so none of their events is a repeat of the single events'.
    // Tokens as login issues them (the person's own id in each), without a password check per reader.
    const tokens = db.byline.app.get(TokenService);
    const signIn = (from: number, count: number) =>
      Promise.all(users.slice(from, from + count).map(async (id) => ({ id, token: await tokens.issue(id) })));
    const readers = await signIn(50, CONCURRENCY * 4);
    const batchReaders = await signIn(50 + CONCURRENCY * 4, Math.min(batches, users.length - 50 - CONCURRENCY * 4));
    const kinds = ['COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'] as const;
    const events = Array.from({ length: INGEST_EVENTS }, (_, i) => ({
      reader: readers[i % readers.length],
      asset: assets[i % assets.length],
      kind: kinds[i % kinds.length],
    }));
    // Batch b is one reader's 100 reuses of 100 different (asset, kind) pairs.
    const batchEvents = Array.from({ length: batches }, (_, b) =>
      Array.from({ length: BATCH }, (_, k) => ({
        reader: batchReaders[b % batchReaders.length],
        asset: assets[k % assets.length],
        kind: kinds[k % kinds.length],
      })),
    );
    const url = `${db.byline.url}/graphql`;
    const floor = await httpLoad({
      url,
      query: '{ viewer { id } }',
      requests: events.map((e) => ({ token: e.reader.token, variables: {} })),
      concurrency: CONCURRENCY,
    });

    const before = await creditTally(db.sql);
    const api = await httpLoad({
      url,
      query: 'mutation($i: RecordReuseInput!) { recordReuse(input: $i) { pointsAwarded } }',
      requests: events.map((e) => ({
        token: e.reader.token,
        variables: { i: { assetId: e.asset.id, kind: e.kind, clientEventId: randomUUID() } },
      })),
      concurrency: CONCURRENCY,
    });
    const afterApi = await creditTally(db.sql);

    const bare = (e: (typeof events)[number]) => ({
      eventId: randomUUID(),
      clientEventId: randomUUID(),
      readerId: e.reader.id,
      assetId: e.asset.id,
      authorId: e.asset.author,
      kind: e.kind,
      reason: REASONS[e.kind],
      points: POLICY_V1.reuse[e.kind],
      at: new Date(),
    });
    const pool = new pg.Pool({ connectionString: db.byline.databaseUrl, max: CONCURRENCY });
    const withClient = async (work: (client: pg.PoolClient) => Promise<void>) => {
      const client = await pool.connect();
      try {
        await work(client);
      } finally {
        client.release();
      }
    };
    const raw = await parallel(INGEST_EVENTS, (i) => withClient((client) => recordReuseBare(client, bare(events[i]))));
    const afterRaw = await creditTally(db.sql);

    const apiBatches = await httpLoad({
      url,
      query:
        'mutation($i: [RecordReuseInput!]!) { recordReuses(inputs: $i) { clientEventId reuse { pointsAwarded } error { code } } }',
      requests: batchEvents.map((batch) => ({
        token: batch[0].reader.token,
        variables: {
          i: batch.map((e) => ({ assetId: e.asset.id, kind: e.kind, clientEventId: randomUUID() })),
        },
      })),
      concurrency: CONCURRENCY,
    });
    const afterApiBatches = await creditTally(db.sql);
    const rawBatches = await parallel(batches, (b) =>
      withClient((client) => recordReusesBare(client, batchEvents[b].map(bare))),
    );
    await pool.end();
    const afterRawBatches = await creditTally(db.sql);

    const wrote = (from: number[], to: number[]) =>
      `${to[0] - from[0]} events, ${to[1] - from[1]} ledger entries, ${to[2] - from[2]} rollup points, ${to[3] - from[3]} reuse records, ${to[4] - from[4]} counted reuses`;
    const p95 = percentile(api.times, 95);
    const batchEventsPerSecond = apiBatches.perSecond * BATCH;
    const rawEventsPerSecond = rawBatches * BATCH;
    console.log(`  ingestion, ${INGEST_EVENTS} reuse events, ${CONCURRENCY} at a time:`);
    console.log(`    an authenticated request that only reads the viewer   ${floor.perSecond.toFixed(0)} requests/s`);
    console.log(`    through the API (GraphQL recordReuse)                 ${api.perSecond.toFixed(0)} events/s`);
    console.log(`      wrote ${wrote(before, afterApi)}`);
    console.log(`    the same writes as bare SQL                           ${raw.toFixed(0)} events/s`);
    console.log(`      wrote ${wrote(afterApi, afterRaw)}`);
    console.log(
      `    single recordReuse p50 / p95                          ${percentile(api.times, 50).toFixed(1)} / ${p95.toFixed(1)} ms (target p95 at most 25 ms)`,
    );
    console.log(
      `    ratio API / SQL, one event per call                   ${(api.perSecond / raw).toFixed(2)} (no target)`,
    );
    console.log(
      `  ingestion, ${batches * BATCH} reuse events in batches of ${BATCH}, ${CONCURRENCY} batches at a time:`,
    );
    console.log(
      `    through the API (GraphQL recordReuses)                ${batchEventsPerSecond.toFixed(0)} events/s`,
    );
    console.log(`      wrote ${wrote(afterRaw, afterApiBatches)}`);
    console.log(`    the same writes as bare SQL, in the same batches      ${rawEventsPerSecond.toFixed(0)} events/s`);
    console.log(`      wrote ${wrote(afterApiBatches, afterRawBatches)}`);
    console.log(
      `    batch p50 / p95                                       ${percentile(apiBatches.times, 50).toFixed(1)} / ${percentile(apiBatches.times, 95).toFixed(1)} ms`,
    );
    console.log(
      `    ratio API / SQL, batches of ${BATCH}                         ${(batchEventsPerSecond / rawEventsPerSecond).toFixed(2)} (target at least 0.5)`,
    );
  } finally {
    await db.close();
  }
}

export async function creditBench(): Promise<void> {
  const p95: number[] = [];
  for (const rows of SIZES) {
    console.log(`  ledger of ${rows.toLocaleString('en')} rows:`);
    p95.push(await readSide(rows));
  }
  if (p95.length === 2) {
    console.log(
      `  leaderboard p95 ratio ${SIZES[1].toLocaleString('en')} / ${SIZES[0].toLocaleString('en')} rows: ${(p95[1] / p95[0]).toFixed(2)} (target at most 1.5)`,
    );
  }
  await ingestion();
}
