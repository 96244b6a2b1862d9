import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { freshByline, gql, percentile, seconds } from './bench-support.js';
import { clientFacingAssetIds } from './bench.repository.js';

const LINKS = Number(process.env.BENCH_SHARE_LINKS ?? 200);
const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 50);
/** Page loads per viewer; each is followed by BEACONS beacons, BEACON_EVERY_MS apart (with jitter). */
const ROUNDS = Number(process.env.BENCH_VIEWER_ROUNDS ?? 10);
const BEACONS = Number(process.env.BENCH_BEACONS_PER_PAGE ?? 4);
/** A buyer's page reports every 10 to 15 s; the bench compresses that tenfold and more. */
const BEACON_EVERY_MS = Number(process.env.BENCH_BEACON_EVERY_MS ?? 1000);
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

const CREATE = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { url } }`;

interface FlowLoad {
  base: string;
  tokens: string[];
  viewers: number;
  rounds: number;
  beacons: number;
  everyMs: number;
}

interface FlowTimes {
  page: number[];
  beacon: number[];
  /** The beacons that made a session counted (the second of each page: a second page seen), and the others. */
  counting: number[];
  plain: number[];
  errors: number;
}

/**
 * The knowledge flow to buyers on a demo database: share links of its client-facing assets, then VIEWERS buyers at
 * once, each loading a link's page ROUNDS times and reading it (BEACONS beacons BEACON_EVERY_MS apart after each
 * load, as the page's script sends them, only faster); prints p50/p95 of both. The server trusts
 * X-Forwarded-For here, so each buyer has an address of its own (the limits are per address, as in production).
 */
export async function flowBench(): Promise<void> {
  const trusted = process.env.BYLINE_TRUST_PROXY;
  process.env.BYLINE_TRUST_PROXY = '1';
  const started = performance.now();
  const db = await freshByline('postgresql', 'flow', { BYLINE_DEMO: '1' }).finally(() => {
    if (trusted === undefined) delete process.env.BYLINE_TRUST_PROXY;
    else process.env.BYLINE_TRUST_PROXY = trusted;
  });
  try {
    console.log(`  demo database ready in ${seconds(started)} s`);
    const { login } = await gql<{ login: { token: string } }>(
      db.byline.url,
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'sofia.rossi@byline.demo', p: 'byline-demo' },
    );
    const assets = await clientFacingAssetIds(db.sql);
    const tokens: string[] = [];
    const creating = performance.now();
    for (let i = 0; i < LINKS; i++) {
      const input = { assetId: assets[i % assets.length], recipientName: `Buyer ${i}`, clientEventId: `bench-${i}` };
      const { createShareLink } = await gql<{ createShareLink: { url: string } }>(db.byline.url, login.token, CREATE, {
        input,
      });
      tokens.push(createShareLink.url.split('/s/')[1]);
    }
    console.log(`  ${LINKS} share links of ${assets.length} client-facing assets in ${seconds(creating)} s`);
    const load = performance.now();
    const times = await flowLoad({
      base: db.byline.url,
      tokens,
      viewers: VIEWERS,
      rounds: ROUNDS,
      beacons: BEACONS,
      everyMs: BEACON_EVERY_MS,
    });
    const total = times.page.length + times.beacon.length;
    const line = (name: string, t: number[]) =>
      `    ${name.padEnd(28)} p50 ${percentile(t, 50).toFixed(1)} ms, p95 ${percentile(t, 95).toFixed(1)} ms (${t.length})`;
    console.log(
      `  ${VIEWERS} concurrent viewers, a beacon every ${BEACON_EVERY_MS} ms each: ${total} requests in ${seconds(load)} s (${times.errors} failed):`,
    );
    console.log(line('GET /s/:token', times.page));
    console.log(line('POST /s/:token/beacon', times.beacon));
    console.log(line('  adding seconds', times.plain));
    console.log(line('  counting a session', times.counting));
    console.log(`  (a link's first counted session tops up the credit: ${LINKS} of them, in the counting beacons)`);
  } finally {
    await db.close();
  }
}

/** Runs the viewers from a thread of their own, as buyers on other machines would. */
function flowLoad(load: FlowLoad): Promise<FlowTimes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: load });
    worker.once('message', (message: FlowTimes | { error: string }) =>
      'error' in message ? reject(new Error(message.error)) : resolve(message),
    );
    worker.once('error', reject);
  });
}

function send(
  agent: Agent,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent, headers: body ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function viewers(load: FlowLoad): Promise<FlowTimes> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.viewers });
  const times: FlowTimes = { page: [], beacon: [], counting: [], plain: [], errors: 0 };
  await Promise.all(
    Array.from({ length: load.viewers }, async (_, v) => {
      const headers = { 'user-agent': BROWSER, 'x-forwarded-for': `10.${v >> 8}.${v & 255}.7` };
      const viewer = randomBytes(12).toString('base64url');
      // Viewers arrive spread over one beacon interval, not all in the same millisecond.
      await sleep(Math.random() * load.everyMs);
      for (let round = 0; round < load.rounds; round++) {
        const token = load.tokens[(v * load.rounds + round) % load.tokens.length];
        const page = await send(agent, new URL(`/s/${token}`, load.base), 'GET', headers);
        times.page.push(page.ms);
        if (page.status !== 200) times.errors++;
        for (let b = 0; b < load.beacons; b++) {
          await sleep(load.everyMs * (0.75 + Math.random() / 2));
          const beacon = await send(
            agent,
            new URL(`/s/${token}/beacon`, load.base),
            'POST',
            { ...headers, 'content-type': 'application/json' },
            JSON.stringify({ viewer, visibleSeconds: 1, pages: { [String(1 + b)]: 1 }, page: 1 + b }),
          );
          times.beacon.push(beacon.ms);
          (b === 1 ? times.counting : times.plain).push(beacon.ms);
          if (beacon.status !== 204) times.errors++;
        }
      }
    }),
  );
  agent.destroy();
  return times;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  viewers(workerData as FlowLoad).then(
    (times) => port.postMessage(times),
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
}
