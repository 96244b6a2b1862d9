import { BENCH_PASSWORD, VOCABULARY, seedAssets, seedPeople } from './seed.js';
import { freshByline, gql, seconds, summary, timed } from './bench-support.js';
import type { DatabaseKind } from './bench-support.js';

const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const SEARCH = `query($q: String, $after: String) { assets(search: $q, first: 20, after: $after) {
  totalCount edges { node { id title summary kind tags team { name } authors { share user { name } } } } pageInfo { endCursor } } }`;
const FACETS = `query($q: String) { assets(search: $q, first: 20) { totalCount facets { kinds { value count } industries { value count } products { value count } teams { value count } } } }`;
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
    const word = (i: number) => VOCABULARY[(i * 37) % VOCABULARY.length];
    started = performance.now();
    const search = await timed(RUNS, (i) =>
      gql(db.byline.url, token, SEARCH, { q: i % 3 ? word(i) : `${word(i)} ${word(i + 1)}` }),
    );
    const specific = await timed(RUNS, (i) => gql(db.byline.url, token, SEARCH, { q: `customer${(i * 7) % 3000}` }));
    const page2 = await timed(RUNS / 2, async (i) => {
      const first = await gql<{ assets: { pageInfo: { endCursor: string } } }>(db.byline.url, token, SEARCH, {
        q: word(i),
      });
      return gql(db.byline.url, token, SEARCH, { q: word(i), after: first.assets.pageInfo.endCursor });
    });
    const facets = await timed(
      RUNS / 4,
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
    console.log(`  ${kind}, ${ASSETS} assets (${seconds(started)} s of queries):`);
    console.log(`    search, common words          ${summary(search)}`);
    console.log(`    search, a customer's name     ${summary(specific)}`);
    console.log(`    search, first + second page   ${summary(page2)}`);
    console.log(`    search with facets            ${summary(facets)}`);
    console.log(`    feed, first page              ${summary(feed)}`);
    console.log(`    feed, five pages in a row     ${summary(feedDeep)}`);
  } finally {
    await db.close();
  }
}
