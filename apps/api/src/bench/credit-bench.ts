import { randomUUID } from 'node:crypto';
import { POLICY_V1 } from '@byline/credit';
import pg from 'pg';
import { BENCH_PASSWORD, seedPeople } from './seed.js';
import { freshByline, gql, percentile, seconds, summary, timed } from './bench-support.js';
import type { BenchDatabase } from './bench-support.js';
import { httpLoad } from './http-load.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SIZES = (process.env.BENCH_LEDGER_ROWS ?? '100000,10000000').split(',').map(Number);
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
    await db.sql.query(
      `WITH ev AS (
         INSERT INTO credit_events (type, actor_id, occurred_at, booked_at, fiscal_year_start_month, payload,
                                    policy_version, nominal_points, awarded_points)
         SELECT 'REUSE', t.actor, t.at, t.at, 1, '{"reuseKind":"COPY"}', 1, 40, 40
           FROM (SELECT ($1::uuid[])[1 + floor(random() * array_length($1::uuid[], 1))::int] AS actor,
                        now() - random() * interval '730 days' AS at
                   FROM generate_series(1, $2)) t
         RETURNING id, actor_id, occurred_at)
       INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, generation, actor_id,
                                   policy_version, occurred_at, booked_at)
       SELECT ev.id, ($1::uuid[])[1 + floor(random() * array_length($1::uuid[], 1))::int], 4, 'REUSED_COPY', 'REUSED_COPY',
              'reuse.COPY', 0, ev.actor_id, 1, ev.occurred_at, ev.occurred_at
         FROM ev, generate_series(1, 10) g WHERE g > 0`,
      [users, n],
    );
    process.stdout.write(`\r  seeding ${rows} ledger rows: ${(done + n) * 10}`);
  }
  await db.sql.query('ANALYZE');
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

/** What a run wrote, to show the API and the bare SQL wrote the same. */
async function tally(db: BenchDatabase): Promise<number[]> {
  const { rows } = await db.sql.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM credit_events UNION ALL SELECT count(*)::text FROM credit_entries
     UNION ALL SELECT coalesce(sum(value), 0)::text FROM credit_rollups UNION ALL SELECT count(*)::text FROM reuse_events
     UNION ALL SELECT coalesce(sum(reuse_count), 0)::text FROM assets`,
  );
  return rows.map((r) => Number(r.n));
}

/**
 * Reuse events through the API (GraphQL recordReuse, sent from a client thread of its own) against the same writes
 * as bare SQL from a pool of as many connections: the event with its facts, the author's ledger entry (the
 * database chains it and moves its ten rollups: credit and reuses received, five periods), the reuse record and the
 * asset's counter.
 */
async function ingestion(): Promise<void> {
  const db = await freshByline('postgresql', 'ingest', { FISCAL_YEAR_START_MONTH: '1' });
  try {
    const users = await seedPeople(db.sql, 10, 20);
    const { rows: assets } = await db.sql.query<{ id: string; author: string }>(
      `WITH a AS (INSERT INTO assets (kind, title, body, visibility, status, team_id, created_by, published_at)
                  SELECT 'BEST_PRACTICE', 'Bench asset ' || i, 'Body', 'ORG', 'PUBLISHED', u.team_id, u.id, now()
                    FROM generate_series(1, 50) i JOIN users u ON u.id = ($1::uuid[])[i] RETURNING id, created_by)
       , au AS (INSERT INTO authorships (asset_id, user_id, role, share) SELECT id, created_by, 'LEAD_AUTHOR', 100 FROM a)
       SELECT id, created_by AS author FROM a`,
      [users],
    );
    // Readers are the people after the 50 authors, so nobody reuses their own asset.
    const readers = await Promise.all(
      users.slice(50, 50 + CONCURRENCY * 4).map(async (id, i) => ({
        id,
        token: await login(db, `bench${Math.floor((50 + i) / 20) + 1}-${((50 + i) % 20) + 1}@bench.byline`),
      })),
    );
    const kinds = ['COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'] as const;
    const events = Array.from({ length: INGEST_EVENTS }, (_, i) => ({
      reader: readers[i % readers.length],
      asset: assets[i % assets.length],
      kind: kinds[i % kinds.length],
    }));
    const url = `${db.byline.url}/graphql`;
    const floor = await httpLoad({
      url,
      query: '{ viewer { id } }',
      requests: events.map((e) => ({ token: e.reader.token, variables: {} })),
      concurrency: CONCURRENCY,
    });

    const before = await tally(db);
    const api = await httpLoad({
      url,
      query: 'mutation($i: RecordReuseInput!) { recordReuse(input: $i) { pointsAwarded } }',
      requests: events.map((e) => ({
        token: e.reader.token,
        variables: { i: { assetId: e.asset.id, kind: e.kind, clientEventId: randomUUID() } },
      })),
      concurrency: CONCURRENCY,
    });
    const afterApi = await tally(db);

    const pool = new pg.Pool({ connectionString: db.byline.databaseUrl, max: CONCURRENCY });
    const raw = await parallel(INGEST_EVENTS, async (i) => {
      const { reader, asset, kind } = events[i];
      const points = POLICY_V1.reuse[kind];
      const now = new Date();
      const eventId = randomUUID();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO credit_events (id, type, actor_id, asset_id, occurred_at, booked_at, fiscal_year_start_month, payload, facts, policy_version, nominal_points, awarded_points, notes)
           VALUES ($1, 'REUSE', $2, $3, $4, $4, 1, $5, $6, 1, $7, $7, '[]')`,
          [
            eventId,
            reader.id,
            asset.id,
            now,
            JSON.stringify({ reuseKind: kind }),
            JSON.stringify([
              { assetId: asset.id, parentAssetId: null, authors: [{ userId: asset.author, share: 100 }] },
            ]),
            points,
          ],
        );
        await client.query(
          `INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id, generation, actor_id, policy_version, occurred_at, booked_at)
           VALUES ($1, $2, $3, $4, $4, $5, $6, $6, 0, $7, 1, $8, $8)`,
          [eventId, asset.author, points, REASONS[kind], `reuse.${kind}`, asset.id, reader.id, now],
        );
        await client.query(
          `INSERT INTO reuse_events (asset_id, actor_id, kind, client_event_id, occurred_at, points_awarded, credit_event_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [asset.id, reader.id, kind, randomUUID(), now, points, eventId],
        );
        await client.query('UPDATE assets SET reuse_count = reuse_count + 1 WHERE id = $1', [asset.id]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    await pool.end();
    const afterRaw = await tally(db);

    const wrote = (from: number[], to: number[]) =>
      `${to[0] - from[0]} events, ${to[1] - from[1]} ledger entries, ${to[2] - from[2]} rollup points, ${to[3] - from[3]} reuse records, ${to[4] - from[4]} counted reuses`;
    console.log(`  ingestion, ${INGEST_EVENTS} reuse events, ${CONCURRENCY} at a time:`);
    console.log(`    an authenticated request that only reads the viewer   ${floor.toFixed(0)} requests/s`);
    console.log(`    through the API (GraphQL recordReuse)                 ${api.toFixed(0)} events/s`);
    console.log(`      wrote ${wrote(before, afterApi)}`);
    console.log(`    the same writes as bare SQL                           ${raw.toFixed(0)} events/s`);
    console.log(`      wrote ${wrote(afterApi, afterRaw)}`);
    console.log(
      `    ratio API / SQL                                        ${(api / raw).toFixed(2)} (target at least 0.5)`,
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
