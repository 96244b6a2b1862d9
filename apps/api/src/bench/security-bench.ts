import { freshByline, gql, percentile } from './bench-support.js';
import { BENCH_PASSWORD, seedPeople } from './seed.js';
import { Agent } from 'node:http';
import { hostileKinds, securityLoad } from './security-load.js';

const MB = 1024 * 1024;
const METRICS_TOKEN = 'bench-metrics-token-long-enough';
const OPERATION_NAMES = 3000;
const CLEAN_REQUESTS = Number(process.env.BENCH_SECURITY_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_SECURITY_CONCURRENCY ?? 4);
const BODY_RUNS = 15;

/** The series in a scrape, leaving out garbage-collection kinds, which appear whenever V8 first runs one. */
async function series(url: string): Promise<string[]> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await res.text();
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.includes('_gc_duration_seconds'))
    .map((l) => l.slice(0, l.lastIndexOf(' ')));
}

async function post(url: string, body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

const median = (xs: number[]) => percentile(xs, 50);

/**
 * What hostile traffic costs the server: metrics series after many made-up operation names, a deeply nested body
 * against a flat one of the same size, and clean latency with and without 10% hostile requests mixed in. Loopback
 * only, bounded counts.
 */
export async function securityBench(): Promise<void> {
  const db = await freshByline('postgresql', 'security', {
    BYLINE_METRICS_TOKEN: METRICS_TOKEN,
    BYLINE_LOGIN_RATE_PER_IP: '30',
  });
  try {
    const { url } = db.byline;
    await seedPeople(db.sql, 1, 2);
    const { login } = await gql<{ login: { token: string } }>(
      url,
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'bench1-2@bench.byline', p: BENCH_PASSWORD },
    );
    const token = login.token;

    await gql(url, token, 'query Warmup { viewer { id } }');
    await series(url); // the scrape's own series
    const before = await series(url);
    for (let i = 0; i < OPERATION_NAMES; i += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: `query Op${i + j}_${Date.now()} { viewer { id } }` }),
          }).then((r) => r.arrayBuffer()),
        ),
      );
    }
    const after = await series(url);
    const added = after.filter((s) => !before.includes(s));
    console.log(
      `  metrics series: ${before.length} before, ${after.length} after ${OPERATION_NAMES} distinct operation names${added.length ? `; new: ${added.join(', ')}` : ''}`,
    );

    const depth = MB - 64;
    const nested = `{"query":"{ __typename }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const flat = JSON.stringify({ query: '{ __typename }', variables: { v: 'x'.repeat(nested.length - 45) } });
    const times = { nested: [] as number[], flat: [] as number[] };
    for (let i = 0; i < BODY_RUNS + 3; i++) {
      const n = await post(url, nested);
      const f = await post(url, flat);
      if (n.status !== 400 || f.status !== 200) throw new Error(`nested got ${n.status}, flat got ${f.status}`);
      if (i >= 3) {
        times.nested.push(n.ms);
        times.flat.push(f.ms);
      }
    }
    const ratio = median(times.nested) / median(times.flat);
    console.log(
      `  2 MB body, median of ${BODY_RUNS}: nested ${median(times.nested).toFixed(1)} ms (400), flat ${median(times.flat).toFixed(1)} ms (200): nested ÷ flat ${ratio.toFixed(2)} (target ≤ 2)`,
    );

    const agent = new Agent({ keepAlive: true });
    const costs: string[] = [];
    for (const [kind, send] of Object.entries(hostileKinds(new URL('/graphql', url), agent))) {
      const ms: number[] = [];
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        await send(i);
        ms.push(performance.now() - started);
      }
      costs.push(`${kind} ${median(ms).toFixed(1)} ms`);
    }
    agent.destroy();
    const cleanMs: number[] = [];
    for (let i = 0; i < 20; i++) cleanMs.push((await post(url, JSON.stringify({ query: '{ __typename }' }))).ms);
    console.log(
      `  one request, median of 10: ${costs.join(', ')}; an anonymous __typename ${median(cleanMs).toFixed(1)} ms`,
    );

    // The warm-up carries hostile traffic too, so the measured rounds see login throttling in its steady state
    // (the first failures from an address each cost a full password check). Alternating runs, so drift on a shared
    // machine falls on both sides alike.
    const load = { url, token, clean: CLEAN_REQUESTS, concurrency: CONCURRENCY };
    await securityLoad({ ...load, clean: 1000, hostileEvery: 9 });
    const clean: number[] = [];
    const mixed: number[] = [];
    for (let round = 0; round < 2; round++) {
      clean.push(...(await securityLoad({ ...load, hostileEvery: 0 })));
      mixed.push(...(await securityLoad({ ...load, hostileEvery: 9 })));
    }
    const p95 = { clean: percentile(clean, 95), mixed: percentile(mixed, 95) };
    console.log(
      `  clean p95 over ${clean.length} requests (concurrency ${CONCURRENCY}): alone ${p95.clean.toFixed(1)} ms, with 10% hostile ${p95.mixed.toFixed(1)} ms: ÷ ${(p95.mixed / p95.clean).toFixed(2)} (target ≤ 1.2)`,
    );
  } finally {
    await db.close();
  }
}
