import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { APP_CONFIG } from '../core/config/config.js';
import type { AppConfig } from '../core/config/config.js';
import { POSTGRES_URL, freshByline, gql, seconds } from './bench-support.js';
import { httpLoad } from './http-load.js';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
/** Read requests per API process in each setup, sent CONCURRENCY at a time per process. */
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_SCALE_CONCURRENCY ?? 8);
/** A streaming replica of the server (host and port, such as postgresql://127.0.0.1:5433), for a third setup. */
const REPLICA = process.env.BENCH_REPLICA_URL;
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-signing-tokens';

/** What a signed-in person's home page reads: the feed's first page and the quarter's credit leaderboard. */
const READS = `query {
  feed(first: 10) { edges { node { id title } } }
  leaderboard(metric: CREDIT, period: { kind: QUARTER }, first: 10) { size entries { rank value } }
}`;

interface ApiProcess {
  url: string;
  child: ChildProcess;
}

/** Starts `main.js` as a process of its own on the given database; resolves once it answers. */
function startProcess(name: string, env: Record<string, string>): Promise<ApiProcess> {
  const main = join(dirname(fileURLToPath(import.meta.url)), '../main.js');
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/\S+)/.exec(output);
      if (ready) resolve({ url: ready[1].replace('localhost', '127.0.0.1'), child });
    });
    child.once('exit', (code) => reject(new Error(`${name} ended (${code}) before it was ready: ${output}`)));
  });
}

function stopProcess(api: ApiProcess): Promise<void> {
  return new Promise((resolve) => {
    if (api.child.exitCode !== null) return resolve();
    api.child.once('exit', () => resolve());
    api.child.kill('SIGTERM');
  });
}

/** Reads per second over all the processes, each sent its own REQUESTS at once. */
async function readThroughput(processes: ApiProcess[], tokens: string[]): Promise<number> {
  const requests = Array.from({ length: REQUESTS }, (_, i) => ({ token: tokens[i % tokens.length], variables: {} }));
  // A short warm-up per process (plans, connections, JIT of the server's own code).
  await Promise.all(
    processes.map((p) =>
      httpLoad({ url: `${p.url}/graphql`, query: READS, requests: requests.slice(0, 100), concurrency: CONCURRENCY }),
    ),
  );
  const started = performance.now();
  await Promise.all(
    processes.map((p) => httpLoad({ url: `${p.url}/graphql`, query: READS, requests, concurrency: CONCURRENCY })),
  );
  return (processes.length * REQUESTS) / ((performance.now() - started) / 1000);
}

/** Reads by target as a process's /metrics counts them. */
async function readsByTarget(api: ApiProcess, token: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
  const totals: Record<string, number> = {};
  for (const match of text.matchAll(/byline_database_reads_total\{target="(\w+)",reason="(\w+)"\} (\d+)/g)) {
    totals[match[1]] = (totals[match[1]] ?? 0) + Number(match[3]);
  }
  return totals;
}

/**
 * A credit notice raised through process 1 (a reuse recorded there) and delivered on a subscription held on
 * process 2, through Redis: resolves to the milliseconds from sending the reuse to the notice.
 */
async function notificationAcross(first: ApiProcess, second: ApiProcess, author: string, reuser: string) {
  const { createAsset } = await gql<{ createAsset: { id: string } }>(
    first.url,
    author,
    'mutation($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
    {
      i: {
        kind: 'BEST_PRACTICE',
        title: `Scale check ${randomUUID().slice(0, 6)}`,
        body: 'Checked.',
        visibility: 'ORG',
      },
    },
  );
  await gql(first.url, author, 'mutation($id: ID!) { publishAsset(id: $id) { id } }', { id: createAsset.id });
  let connected: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({
    url: second.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${author}` },
    on: { connected: () => connected() },
  });
  try {
    const notice = new Promise<{ reason: string; points: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no notice on process 2 within 10 s')), 10_000);
      client.subscribe<{ creditReceived: { reason: string; points: number; assetId: string } }>(
        { query: 'subscription { creditReceived { reason points assetId } }' },
        {
          next: (message) => {
            const credit = message.data?.creditReceived;
            if (!credit || credit.assetId !== createAsset.id || credit.reason === 'PUBLISHED') return;
            clearTimeout(timer);
            resolve(credit);
          },
          error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
          complete: () => undefined,
        },
      );
    });
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = performance.now();
    await gql(first.url, reuser, 'mutation($i: RecordReuseInput!) { recordReuse(input: $i) { pointsAwarded } }', {
      i: { assetId: createAsset.id, kind: 'COPY', clientEventId: randomUUID() },
    });
    const credit = await notice;
    return { ...credit, ms: performance.now() - sent };
  } finally {
    await client.dispose();
  }
}

/**
 * Several API processes on one database: the demo organisation on a fresh PostgreSQL database, then 1 and 2 API
 * processes (each `main.js`, sharing Redis) serving a signed-in home page's reads, and the reads per second of each
 * setup; then a live credit notice raised through process 1 arriving on a subscription held on process 2. With
 * BENCH_REPLICA_URL (a streaming replica of the server, such as `scripts/replica.sh up` makes), the two processes
 * once more with DATABASE_REPLICA_URLS, and where their reads ran.
 */
export async function scaleBench(): Promise<void> {
  const started = performance.now();
  const keyPrefix = `byline-bench-scale-${process.pid}`;
  const db = await freshByline('postgresql', 'scale', {
    BYLINE_DEMO: '1',
    REDIS_URL,
    BYLINE_REDIS_KEY_PREFIX: keyPrefix,
    BYLINE_JOB_WORKERS: '0',
  });
  const processes: ApiProcess[] = [];
  try {
    console.log(`  demo database ready in ${seconds(started)} s`);
    const logins = db.byline.setup?.logins ?? [];
    const tokens: string[] = [];
    for (const person of logins.slice(0, 8)) {
      const { login } = await gql<{ login: { token: string } }>(
        db.byline.url,
        null,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: person.email, p: person.password },
      );
      tokens.push(login.token);
    }
    // The seeding app stays open (it holds the throwaway database) but idle: it serves none of the load.
    const config = db.byline.app.get<AppConfig>(APP_CONFIG);
    const METRICS = 'bench-metrics-token-long-enough';
    // Each process checks its migrations as the owner, as in production.
    const owner = new URL(db.byline.databaseUrl);
    owner.username = new URL(POSTGRES_URL).username;
    owner.password = new URL(POSTGRES_URL).password;
    const env = (extra: Record<string, string> = {}) => ({
      DATABASE_URL: db.byline.databaseUrl,
      DATABASE_MIGRATION_URL: owner.toString(),
      BYLINE_DEMO: '0',
      BYLINE_JWT_SECRET: JWT_SECRET,
      BYLINE_LOGIN_RATE_PER_IP: '100000',
      BYLINE_METRICS_TOKEN: METRICS,
      BYLINE_DATA_DIR: config.dataDir,
      REDIS_URL,
      BYLINE_REDIS_KEY_PREFIX: keyPrefix,
      ...extra,
    });
    processes.push(await startProcess('process 1', env()));
    const one = await readThroughput(processes.slice(0, 1), tokens);
    console.log(
      `  1 API process:  ${one.toFixed(0)} reads/s (home page: feed + leaderboard, ${CONCURRENCY} at a time)`,
    );
    processes.push(await startProcess('process 2', env()));
    const two = await readThroughput(processes, tokens);
    console.log(`  2 API processes: ${two.toFixed(0)} reads/s (${(two / one).toFixed(2)} x one process)`);
    const credit = await notificationAcross(processes[0], processes[1], tokens[0], tokens[1]);
    console.log(
      `  live notice raised through process 1 (recordReuse) arrived on process 2's subscription ` +
        `${credit.ms.toFixed(0)} ms after the mutation was sent: ${credit.reason}, ${credit.points} points`,
    );
    await Promise.all(processes.splice(0).map(stopProcess));

    if (!REPLICA) {
      console.log('  (set BENCH_REPLICA_URL=postgresql://127.0.0.1:5433 after `scripts/replica.sh up` for replicas)');
      return;
    }
    const replicaUrl = new URL(db.byline.databaseUrl);
    const server = new URL(REPLICA);
    replicaUrl.hostname = server.hostname;
    replicaUrl.port = server.port;
    const withReplica = env({ DATABASE_REPLICA_URLS: replicaUrl.toString() });
    processes.push(await startProcess('process 1', withReplica), await startProcess('process 2', withReplica));
    const replicated = await readThroughput(processes, tokens);
    const targets = await Promise.all(processes.map((p) => readsByTarget(p, METRICS)));
    const total = (target: string) => targets.reduce((sum, t) => sum + (t[target] ?? 0), 0);
    console.log(
      `  2 API processes, reads on the replica: ${replicated.toFixed(0)} reads/s ` +
        `(statements: ${total('replica')} on the replica, ${total('primary')} on the primary)`,
    );
  } finally {
    await Promise.all(processes.map(stopProcess));
    await db.close();
  }
}
