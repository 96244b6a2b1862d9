import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { findRepoRoot } from '../../src/core/config/repo-root.js';
import { createAsset } from '../factories/asset.factory.js';
import { person } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

// A streaming replica of the test server (scripts/replica.sh up; .ci/run starts one), as postgresql://host:port.
const replicaServer = process.env.BYLINE_TEST_REPLICA_URL;
const onPostgres = Boolean(process.env.DATABASE_URL);
const runs = Boolean(replicaServer) && onPostgres;
if (!runs) {
  console.log(
    onPostgres
      ? 'replicas.int-spec skipped: no replica configured (run `scripts/replica.sh up` and set ' +
          'BYLINE_TEST_REPLICA_URL=postgresql://127.0.0.1:5433)'
      : 'replicas.int-spec skipped: the embedded database has no replicas',
  );
}

/** The run's test database (created on the primary, streamed to the replica) at the replica's address. */
function onReplica(databaseUrl: string, user?: string): string {
  const url = new URL(databaseUrl);
  const replica = new URL(replicaServer!);
  url.hostname = replica.hostname;
  url.port = replica.port;
  if (user) url.username = user;
  return url.toString();
}

function replicaCluster(command: 'stop' | 'start'): void {
  const port = new URL(replicaServer!).port || '5433';
  const result = spawnSync(join(findRepoRoot(), 'scripts/replica.sh'), [command], {
    env: { ...process.env, BYLINE_REPLICA_PORT: port },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`replica.sh ${command}: ${result.stderr}`);
}

interface ReplicaReport {
  name: string;
  up: boolean;
  lagSeconds: number | null;
  serving: boolean;
}

const SEARCH = `query ReplicaSearch($q: String) { assets(search: $q, first: 5) { edges { node { id title } } } }`;

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

(runs ? describe : describe.skip)('reads on a streaming replica', () => {
  const METRICS_TOKEN = 'metrics-token-for-the-replica-tests';
  const tag = randomUUID().slice(0, 8);
  let app: TestApp;
  let superuser: pg.Client;
  let author: SignedIn;
  let reader: SignedIn;

  const ready = async () => {
    const res = await fetch(`${app.url}/health/ready`);
    const body = (await res.json()) as { status: string; details: { replicas?: { replicas: ReplicaReport[] } } };
    return { status: res.status, overall: body.status, replica: body.details.replicas?.replicas[0] };
  };
  const reads = async () => {
    const res = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await res.text();
    const count = (target: string, reason: string) =>
      Number(
        new RegExp(`byline_database_reads_total\\{target="${target}",reason="${reason}"\\} (\\d+)`).exec(text)?.[1] ??
          0,
      );
    return {
      replica: count('replica', 'replica'),
      recentWrite: count('primary', 'recent_write'),
      unavailable: count('primary', 'replica_unavailable') + count('primary', 'replica_failed'),
    };
  };
  const titlesFound = async (token: string, q: string) => {
    const res = await app.gql<{ assets: { edges: { node: { title: string } }[] } }>(SEARCH, { q }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.assets.edges.map((e) => e.node.title);
  };

  beforeAll(async () => {
    const databaseUrl = process.env.BYLINE_TEST_DATABASE_URL!;
    app = await startTestApp({
      DATABASE_REPLICA_URLS: onReplica(databaseUrl),
      BYLINE_REPLICA_MAX_LAG_SECONDS: '30',
      BYLINE_METRICS_TOKEN: METRICS_TOKEN,
    });
    superuser = new pg.Client({ connectionString: onReplica(databaseUrl, 'postgres') });
    // Its server is stopped mid-test: the lost connection is expected, not a failure.
    superuser.on('error', () => undefined);
    await superuser.connect();
    author = await person(app);
    reader = await person(app);
  });
  afterAll(async () => {
    await superuser?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await superuser?.end().catch(() => undefined);
    await app?.close();
  });

  it('shows each replica on /health/ready with its lag, and reads search from it', async () => {
    const { status, replica } = await until('replica ready', ready, (r) => r.replica?.serving === true);
    expect(status).toBe(200);
    expect(replica).toMatchObject({ up: true, serving: true });
    expect(replica!.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(replica!.lagSeconds).toBeLessThan(30);
    expect(replica!.name).toMatch(/^127\.0\.0\.1:\d+\//);
    expect(JSON.stringify(replica)).not.toContain('@');

    const before = await reads();
    await titlesFound(reader.token, `nothing-${tag}`);
    expect((await reads()).replica).toBeGreaterThan(before.replica);
  });

  it("serves a person their own write at once while the replica lags, and others the replica's older view", async () => {
    // Replay stops: the replica stays at what it had, lagging further behind with each write on the primary.
    await superuser.query('SELECT pg_wal_replay_pause()');
    const title = `Zephyr pricing objection ${tag}`;
    await createAsset(app, author.token, { title, body: `How to answer zephyr${tag} in a renewal.` });

    const before = await reads();
    // The author sees the asset they just published: their reads go to the primary until the replica replays it.
    expect(await titlesFound(author.token, `zephyr${tag}`)).toEqual([title]);
    // Someone else reads the replica, which has not replayed it yet.
    expect(await titlesFound(reader.token, `zephyr${tag}`)).toEqual([]);
    const after = await reads();
    expect(after.recentWrite).toBeGreaterThan(before.recentWrite);
    expect(after.replica).toBeGreaterThan(before.replica);
    // The next checks see it behind the primary: lagging, by less than the 30 s allowed, so still serving.
    const { replica } = await until('lag shown', ready, (r) => (r.replica?.lagSeconds ?? 0) > 0, 5000);
    expect(replica).toMatchObject({ up: true, serving: true });

    await superuser.query('SELECT pg_wal_replay_resume()');
    await until(
      'the reader sees the asset',
      () => titlesFound(reader.token, `zephyr${tag}`),
      (t) => t.length === 1,
    );
    // Once the replica has replayed the write, the author's reads go back to it.
    await until(
      "the author's reads back on the replica",
      async () => {
        const start = (await reads()).replica;
        await titlesFound(author.token, `zephyr${tag}`);
        return (await reads()).replica - start;
      },
      (n) => n > 0,
    );
  });

  it('falls back to the primary when the replica stops, reports it down without failing readiness, and uses it again once back', async () => {
    const title = `Quillon discovery guide ${tag}`;
    await createAsset(app, author.token, { title, body: `quillon${tag}` });
    replicaCluster('stop');
    try {
      const down = await until('replica reported down', ready, (r) => r.replica?.up === false, 10_000);
      expect(down.status).toBe(200);
      expect(down.overall).toBe('ok');
      expect(down.replica).toMatchObject({ up: false, serving: false, lagSeconds: null });

      const before = await reads();
      const started = performance.now();
      expect(await titlesFound(reader.token, `quillon${tag}`)).toEqual([title]);
      // No wait on the dead replica's connection timeout: the primary answers straight away.
      expect(performance.now() - started).toBeLessThan(1500);
      const after = await reads();
      expect(after.unavailable).toBeGreaterThan(before.unavailable);
      expect(after.replica).toBe(before.replica);
    } finally {
      replicaCluster('start');
    }
    await until('replica serving again', ready, (r) => r.replica?.serving === true);
    const before = (await reads()).replica;
    expect(await titlesFound(reader.token, `quillon${tag}`)).toEqual([title]);
    expect((await reads()).replica).toBeGreaterThan(before);
  });
});
