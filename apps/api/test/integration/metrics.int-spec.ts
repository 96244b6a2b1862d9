import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const METRICS_TOKEN = 'metrics-token-for-the-tests';

/**
 * Prometheus series in a scrape, each as its name and labels. Left out: garbage-collection kinds, which appear whenever
 * V8 first runs one, and the process's active handles and requests by kind (timers, sockets, worker ports), which come
 * and go with its work; neither has a label a client chooses.
 */
const seriesOf = (text: string) =>
  new Set(
    text
      .split('\n')
      .filter(
        (line) =>
          line && !line.startsWith('#') && !line.includes('_gc_duration_seconds') && !line.startsWith('nodejs_active_'),
      )
      .map((line) => line.slice(0, line.lastIndexOf(' '))),
  );

describe('/metrics', () => {
  let app: TestApp;
  let token: string;
  const scrape = async () => {
    const res = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    return res.text();
  };
  // One distinct operation name each (valid, invalid or aliased) and one made-up URL; anonymous, so the cost is
  // the request's and not a login lookup's.
  const hostileRound = async (i: number) => {
    const name = `Op${i}_${randomUUID().replaceAll('-', '')}`;
    const operations = [
      `query ${name} { viewer { id } }`,
      `mutation ${name} { nope${i} }`,
      `query ${name} { ${name}: viewer { id } }`,
    ];
    await Promise.all([
      app.gql(operations[i % 3]),
      i % 2 ? fetch(`${app.url}/${name}/${i}?q=${name}`) : fetch(`${app.url}/graphql/${name}`, { method: 'POST' }),
    ]);
  };

  beforeAll(async () => {
    app = await startTestApp({ BYLINE_METRICS_TOKEN: METRICS_TOKEN });
    token = (await signedIn(app, Role.MEMBER)).token;
  });
  afterAll(() => app.close());

  it('labels GraphQL operations by the root fields they select, never by a name the client chose', async () => {
    await app.gql('query WhoAmI { viewer { id } me2: viewer { name } ...on Query { teams { id } } }', {}, token);
    const text = await scrape();
    expect(text).toMatch(/byline_graphql_operations_total\{type="query",field="viewer",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/byline_graphql_operations_total\{type="query",field="teams",outcome="ok"\} [1-9]/);
    expect(text).not.toContain('WhoAmI');
    expect(text).not.toContain('me2');
  });

  it('adds no series of its own for 3,000 distinct operation names and random URLs', async () => {
    for (let i = 0; i < 6; i++) await hostileRound(i);
    const before = seriesOf(await scrape());
    for (let i = 6; i < 3006; i += 10) await Promise.all(Array.from({ length: 10 }, (_, j) => hostileRound(i + j)));
    const text = await scrape();
    // A busy machine may add a series of a fixed label set (a first slow bucket, a first 503); a label the client
    // chose would add thousands.
    const added = [...seriesOf(text)].filter((series) => !before.has(series));
    expect(added.length <= 3 ? [] : added).toEqual([]);
    expect(text).not.toMatch(/Op\d+_/);
    expect(text).toMatch(/route="\/graphql"/);
  }, 400_000);

  it('asks for the metrics token as a bearer token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Bearer ${METRICS_TOKEN}x`, METRICS_TOKEN]) {
      const res = await fetch(`${app.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('byline_');
    }
  });
});

describe('/metrics in production', () => {
  it('is off without BYLINE_METRICS_TOKEN, and needs it when set', async () => {
    const off = await startTestApp({ NODE_ENV: 'production' });
    const on = await startTestApp({ NODE_ENV: 'production', BYLINE_METRICS_TOKEN: METRICS_TOKEN });
    try {
      expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
      expect((await fetch(`${on.url}/metrics`)).status).toBe(401);
      const scraped = await fetch(`${on.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('byline_process_cpu_seconds_total');
    } finally {
      await Promise.all([off.close(), on.close()]);
    }
  });
});
