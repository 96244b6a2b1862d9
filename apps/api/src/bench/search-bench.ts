import { BENCH_PASSWORD, VOCABULARY, seedAssets, seedPeople } from './seed.js';
import { readDemoTaxonomy } from '../modules/setup/demo-data.js';
import { freshByline, gql, percentile, seconds, summary, timed } from './bench-support.js';
import type { DatabaseKind } from './bench-support.js';

const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);

const SEARCH = `query($q: String, $after: String) { assets(search: $q, first: 20, after: $after) {
  totalCount edges { node { id title summary kind tags team { name } authors { share user { name } } } } pageInfo { endCursor } } }`;
const SEARCH_FILTERED = `query($q: String, $filter: AssetFilter) { assets(search: $q, first: 20, filter: $filter) {
  totalCount totalIsEstimate edges { node { id title summary kind tags team { name } authors { share user { name } } } } } }`;
const FACETS = `query($q: String) { assets(search: $q, first: 20) { totalCount totalIsEstimate facets { kinds { value count } industries { value count } products { value count } teams { value count } } } }`;
const FEED = `query($after: String) { feed(first: 20, after: $after) { edges { node { id title authors { user { name } } } } pageInfo { endCursor } } }`;

/** Seeds ASSETS published assets and prints search and feed latency through the API. */
export async function searchBench(kind: DatabaseKind): Promise<void> {
  const db = await freshByline(kind, 'search');
  try {
    let started = performance.now();
    const users = await seedPeople(db.sql, 10, 20);
    await seedAssets(db.sql, users, ASSETS, (done) => {
      if (done % 20000 === 0 || done === ASSETS) process.stdout.write(`\r  seeding ${kind}: ${done}/${ASSETS} assets`);
    });
    console.log(`\r  ${kind}: seeded ${ASSETS} assets in ${seconds(started)} s`);
    const { login } = await gql<{ login: { token: string } }>(
      db.byline.url,
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: 'bench1-1@bench.byline',
        p: BENCH_PASSWORD,
      },
    );
    const token = login.token;
    const { industries } = readDemoTaxonomy();
    const word = (i: number) => VOCABULARY[(i * 37) % VOCABULARY.length];
    const target = kind === 'postgresql' ? 50 : 100;
    const line = (label: string, times: number[], goal: number) =>
      console.log(
        `    ${label.padEnd(34)}${summary(times)}   (target p95 <= ${goal} ms: ${percentile(times, 95) <= goal ? 'met' : 'MISSED'})`,
      );
    started = performance.now();
    const search = (q: (i: number) => string, filter?: Record<string, unknown>) =>
      timed(RUNS, (i) => gql(db.byline.url, token, filter ? SEARCH_FILTERED : SEARCH, { q: q(i), filter }));
    const rare = await search((i) => `customer${(i * 7) % 3000}`);
    const common = await search(word);
    const two = await search((i) => `${word(i)} ${word(i + 1)}`);
    const phrase = await search((i) => `"${word(i)} ${word(i + 5)}"`);
    const filtered = await search(word, { kind: 'BEST_PRACTICE', industry: industries[0] });
    const page2 = await timed(RUNS / 2, async (i) => {
      const first = await gql<{ assets: { pageInfo: { endCursor: string } } }>(db.byline.url, token, SEARCH, {
        q: word(i),
      });
      return gql(db.byline.url, token, SEARCH, { q: word(i), after: first.assets.pageInfo.endCursor });
    });
    const facets = await timed(RUNS / 2, (i) => gql(db.byline.url, token, FACETS, { q: word(i) }), 3);
    const facetsTwo = await timed(
      RUNS / 2,
      (i) => gql(db.byline.url, token, FACETS, { q: `${word(i)} ${word(i + 3)}` }),
      3,
    );
    const feed = await timed(RUNS, () => gql(db.byline.url, token, FEED));
    const feedDeep = await timed(RUNS / 2, async () => {
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const result: { feed: { pageInfo: { endCursor: string } } } = await gql(db.byline.url, token, FEED, { after });
        after = result.feed.pageInfo.endCursor;
      }
    });
    console.log(`  ${kind}, ${ASSETS} assets (${seconds(started)} s of queries), first page of 20 with totalCount:`);
    line('search, a rare word', rare, target);
    line('search, a common word', common, target);
    line('search, two common words', two, target);
    line('search, a "quoted phrase"', phrase, target);
    line('search, common word + 2 filters', filtered, target);
    line('search, first + second page', page2, 2 * target);
    line('facets, a common word', facets, 100);
    line('facets, two common words', facetsTwo, 100);
    console.log(`    feed, first page                  ${summary(feed)}`);
    console.log(`    feed, five pages in a row         ${summary(feedDeep)}`);
  } finally {
    await db.close();
  }
}
