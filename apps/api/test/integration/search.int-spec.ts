import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, ensureTaxonomy } from '../factories/asset.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { SearchAssetsQuery, SearchAssetsQueryVariables, SearchFeedPageQuery } from '../generated/graphql.js';
import { statementCounter } from '../support/statement-counter.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const SEARCH = graphql(`
  query SearchAssets($search: String, $filter: AssetFilter, $first: Int, $after: String, $sort: AssetSort) {
    assets(search: $search, filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount
      totalIsEstimate
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        kinds {
          value
          count
        }
        industries {
          value
          count
        }
        teams {
          value
          label
          count
        }
        authors {
          value
          count
        }
        tags {
          value
          count
        }
      }
    }
  }
`);
const ASSET = graphql(`
  query SearchAsset($id: ID!) {
    asset(id: $id) {
      id
    }
  }
`);
const DERIVE = graphql(`
  mutation SearchDerive($f: ID!, $i: CreateAssetInput!) {
    deriveAsset(fromId: $f, input: $i) {
      id
    }
  }
`);
const FOLLOW_USER = graphql(`
  mutation SearchFollowUser($t: String!) {
    follow(kind: USER, target: $t) {
      target
    }
  }
`);
const FOLLOW_TAG = graphql(`
  mutation SearchFollowTag($t: String!) {
    follow(kind: TAG, target: $t) {
      target
    }
  }
`);
const FEED_OF_100 = graphql(`
  query SearchFeedOf100 {
    feed(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const FEED_OF_60 = graphql(`
  query SearchFeedOf60 {
    feed(first: 60) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const FEED_PAGE = graphql(`
  query SearchFeedPage($a: String) {
    feed(first: 7, after: $a) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const FOLLOWING = graphql(`
  query SearchFollowing {
    following {
      kind
      target
    }
  }
`);
const BULK_PAGE = graphql(`
  query SearchBulkPage($first: Int, $filter: AssetFilter) {
    assets(first: $first, filter: $filter, sort: NEWEST) {
      edges {
        node {
          id
          title
          tags
          industries
          team {
            name
          }
          authors {
            role
            share
            user {
              name
              team {
                name
              }
            }
          }
          viewerCan {
            edit
          }
        }
      }
    }
  }
`);

const CANDIDATES = 5;

describe('search, facets, feed and visibility', () => {
  let app: TestApp;
  let word: string;
  let east: string;
  let west: string;
  let alice: Awaited<ReturnType<typeof signedIn>>;
  let bob: Awaited<ReturnType<typeof signedIn>>;
  let carol: Awaited<ReturnType<typeof signedIn>>;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  const ids: Record<string, string> = {};
  const search = async (token: string, variables: SearchAssetsQueryVariables) =>
    (await app.gql(SEARCH, variables, token)).data!.assets;

  beforeAll(async () => {
    // A search ranks, counts and facets at most 5 matches here, so a few assets show what happens past the limit.
    app = await startTestApp({ BYLINE_SEARCH_CANDIDATES: String(CANDIDATES) });
    // A made-up word only this file's assets contain, so parallel tests' assets never match.
    word = `zorblax${randomUUID().slice(0, 6)}`;
    east = (await createTeam(app)).id;
    west = (await createTeam(app)).id;
    alice = await signedIn(app, Role.MEMBER, east);
    bob = await signedIn(app, Role.MEMBER, west);
    carol = await signedIn(app, Role.MEMBER, west);
    admin = await signedIn(app, Role.ADMIN);
    await ensureTaxonomy(app, { INDUSTRY: ['Medical', 'Retail'] });
    const make = async (key: string, token: string, input: Record<string, unknown>, publish = true) => {
      ids[key] = (await createAsset(app, token, input, { publish })).id;
    };
    await make('titleHit', alice.token, {
      title: `${word} pricing guide`,
      body: 'All about pricing.',
      industries: ['Medical'],
      tags: ['pricing'],
    });
    await make('bodyHit', alice.token, {
      title: 'Negotiation notes',
      body: `Mentions ${word} once, deep in the body.`,
      industries: ['Retail'],
      kind: 'ENABLEMENT',
    });
    await make('summaryHit', bob.token, {
      title: 'Renewal playbook',
      summary: `The ${word} approach to renewals.`,
      body: 'Steps.',
      industries: ['Medical'],
    });
    await make('eastTeam', alice.token, {
      title: `${word} east team secrets`,
      body: 'For the east team.',
      visibility: 'TEAM',
    });
    await make('alicePrivate', alice.token, {
      title: `${word} my private notes`,
      body: 'Private.',
      visibility: 'PRIVATE',
    });
    await make('aliceDraft', alice.token, { title: `${word} unfinished draft`, body: 'Draft.' }, false);
  });
  afterAll(() => app.close());

  it('ranks title matches above summary matches above body matches', async () => {
    const page = await search(alice.token, { search: word, sort: 'RELEVANCE' });
    const order = page.edges
      .map((e) => e.node.id)
      .filter((id) => [ids.titleHit, ids.summaryHit, ids.bodyHit].includes(id));
    expect(order).toEqual([ids.titleHit, ids.summaryHit, ids.bodyHit]);
  });

  it('puts the best match first and, between equal matches, the newest', async () => {
    const w = `quillon${randomUUID().slice(0, 6)}`;
    const older = (await createAsset(app, bob.token, { title: `${w} guide`, body: 'Same words.' })).id;
    const newer = (await createAsset(app, carol.token, { title: `${w} guide`, body: 'Same words.' })).id;
    const inBody = (await createAsset(app, carol.token, { title: 'Other', body: `${w} ${w} ${w} in the body.` })).id;
    const page = await search(alice.token, { search: w });
    expect(page.edges.map((e) => e.node.id)).toEqual([newer, older, inBody]);
    expect(page).toMatchObject({ totalCount: 3, totalIsEstimate: false });
  });

  it('ranks a common word over more matches than it ranks: title matches first, totals shown as at least', async () => {
    const w = `brimful${randomUUID().slice(0, 6)}`;
    const body = (n: number) => createAsset(app, bob.token, { title: `Notes ${n}`, body: `${w} in the body, ${n}.` });
    for (let n = 0; n < 3; n++) await body(n);
    const oldTitle = (await createAsset(app, bob.token, { title: `${w} the older title`, body: 'x' })).id;
    for (let n = 3; n < 8; n++) await body(n);
    // Alice's own private note and her team's asset match in the title too, among the many matches.
    const secret = (await createAsset(app, alice.token, { title: `${w} secret`, body: 'x', visibility: 'PRIVATE' })).id;
    const team = (await createAsset(app, alice.token, { title: `${w} east only`, body: 'x', visibility: 'TEAM' })).id;
    const newTitle = (await createAsset(app, carol.token, { title: `${w} the newer title`, body: 'x' })).id;

    const forBob = await search(bob.token, { search: w, first: 3 });
    expect(forBob.edges.map((e) => e.node.id)).toEqual([newTitle, oldTitle, expect.any(String)]);
    expect(forBob.edges.map((e) => e.node.id)).not.toContain(secret);
    // Ten match for Bob; past the limit the total is a lower bound, and facets count no hidden asset.
    expect(forBob).toMatchObject({ totalCount: CANDIDATES, totalIsEstimate: true });
    expect(forBob.facets?.authors.find((a) => a.value === alice.user.id)).toBeUndefined();
    // Paging the ranked list never reaches a hidden asset either.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: SearchAssetsQuery['assets'] = await search(bob.token, { search: w, first: 4, after });
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.slice(0, 2)).toEqual([newTitle, oldTitle]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain(secret);
    expect(seen).not.toContain(team);
    // Alice finds her own title matches first, newest first.
    const forAlice = await search(alice.token, { search: w, first: 4 });
    expect(forAlice.edges.map((e) => e.node.id)).toEqual([newTitle, team, secret, oldTitle]);
    // Sorted by date, every match is listed.
    const newest = await search(bob.token, { search: w, first: 50, sort: 'NEWEST' });
    expect(newest.edges).toHaveLength(10);
  });

  it('never shows another team TEAM assets, anyone else PRIVATE assets or drafts, in results, counts or facets', async () => {
    const forAlice = await search(alice.token, { search: word });
    expect(forAlice.edges.map((e) => e.node.id).sort()).toEqual(
      [ids.titleHit, ids.bodyHit, ids.summaryHit, ids.eastTeam, ids.alicePrivate].sort(),
    );
    const forBob = await search(bob.token, { search: word });
    expect(forBob.edges.map((e) => e.node.id).sort()).toEqual([ids.titleHit, ids.bodyHit, ids.summaryHit].sort());
    expect(forBob.totalCount).toBe(3);
    expect(forBob.facets?.teams.find((t) => t.value === east)?.count).toBe(2);
    expect(forBob.facets?.authors.find((a) => a.value === alice.user.id)?.count).toBe(2);
    for (const key of ['eastTeam', 'alicePrivate', 'aliceDraft']) {
      expect(errorCode(await app.gql(ASSET, { id: ids[key] }, bob.token))).toBe('NOT_FOUND');
    }
    // Admins see every team's TEAM assets but not someone's private notes or drafts.
    const forAdmin = await search(admin.token, { search: word });
    expect(forAdmin.edges.map((e) => e.node.id)).toContain(ids.eastTeam);
    expect(forAdmin.edges.map((e) => e.node.id)).not.toContain(ids.alicePrivate);
    // Adapting or listing adaptations cannot reach them either.
    const adapt = await app.gql(
      DERIVE,
      { f: ids.eastTeam, i: { kind: 'BEST_PRACTICE', title: 'x', body: 'x', visibility: 'ORG' } },
      bob.token,
    );
    expect(errorCode(adapt)).toBe('NOT_FOUND');
  });

  it('filters by facets and counts them over all matches', async () => {
    const medical = await search(carol.token, { search: word, filter: { industry: 'Medical' } });
    expect(medical.edges.map((e) => e.node.id).sort()).toEqual([ids.titleHit, ids.summaryHit].sort());
    const all = await search(carol.token, { search: word });
    expect(all.facets?.industries).toEqual(
      expect.arrayContaining([
        { value: 'Medical', count: 2 },
        { value: 'Retail', count: 1 },
      ]),
    );
    expect(all.facets?.kinds).toEqual(
      expect.arrayContaining([
        { value: 'ENABLEMENT', count: 1 },
        { value: 'BEST_PRACTICE', count: 2 },
      ]),
    );
    const enablement = await search(carol.token, { search: word, filter: { kind: 'ENABLEMENT' } });
    expect(enablement.edges.map((e) => e.node.id)).toEqual([ids.bodyHit]);
    const byAuthor = await search(carol.token, { search: word, filter: { authorId: bob.user.id } });
    expect(byAuthor.edges.map((e) => e.node.id)).toEqual([ids.summaryHit]);
    const tagged = await search(carol.token, { search: word, filter: { tag: 'pricing' } });
    expect(tagged.edges.map((e) => e.node.id)).toEqual([ids.titleHit]);
    const drafts = await search(alice.token, { search: word, filter: { status: 'DRAFT' } });
    expect(drafts.edges.map((e) => e.node.id)).toEqual([ids.aliceDraft]);
  });

  it('pages with cursors without repeating or skipping, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: SearchAssetsQuery['assets'] = await search(alice.token, {
        search: word,
        first: 2,
        after,
        sort: 'NEWEST',
      });
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([ids.alicePrivate, ids.eastTeam, ids.summaryHit, ids.bodyHit, ids.titleHit]);
  });

  it('puts my team, and people and tags I follow, first in the feed', async () => {
    const tag = `feedtag-${randomUUID().slice(0, 6)}`;
    const teammate = await signedIn(app, Role.MEMBER, west);
    const outsider = await signedIn(app, Role.MEMBER);
    const followedPerson = await signedIn(app, Role.MEMBER);
    const fromTeam = (await createAsset(app, teammate.token, { title: 'Team asset' })).id;
    const fromFollowed = (await createAsset(app, followedPerson.token, { title: 'Followed person asset' })).id;
    const withTag = (await createAsset(app, outsider.token, { title: 'Tagged asset', tags: [tag] })).id;
    const other = (await createAsset(app, outsider.token, { title: 'Someone else' })).id;
    await app.gql(FOLLOW_USER, { t: followedPerson.user.id }, carol.token);
    await app.gql(FOLLOW_TAG, { t: tag.toUpperCase() }, carol.token);
    const feed = (await app.gql(FEED_OF_100, {}, carol.token)).data!.feed;
    const order = feed.edges.map((e) => e.node.id);
    const position = (id: string) => order.indexOf(id);
    const prioritised = [withTag, fromFollowed, fromTeam].map(position);
    expect(prioritised.every((p) => p >= 0)).toBe(true);
    // Newest first within the priority group, and all of it before the rest of the organisation.
    expect(prioritised).toEqual([...prioritised].sort((a, b) => a - b));
    expect(position(other)).toBeGreaterThan(Math.max(...prioritised));
    expect(order).not.toContain(ids.eastTeam);
    const following = await app.gql(FOLLOWING, {}, carol.token);
    expect(following.data?.following).toEqual(
      expect.arrayContaining([
        { kind: 'TAG', target: tag },
        { kind: 'USER', target: followedPerson.user.id },
      ]),
    );
  });

  it('pages through the feed across the priority boundary without repeating or skipping', async () => {
    const whole = (await app.gql(FEED_OF_60, {}, alice.token)).data!.feed;
    const paged: string[] = [];
    let after: string | null = null;
    while (paged.length < 60) {
      const page: SearchFeedPageQuery['feed'] = (await app.gql(FEED_PAGE, { a: after }, alice.token)).data!.feed;
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged.slice(0, whole.edges.length)).toEqual(whole.edges.map((e) => e.node.id));
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('reads a 50-asset page with authors, teams and tags in the same number of SQL statements as a 5-asset page', async () => {
    const teamToken = (await signedIn(app, Role.MEMBER, east)).token;
    const marker = `bulk${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 50; i++) await createAsset(app, teamToken, { title: `${marker} item ${i}`, tags: [marker] });
    const statements = statementCounter(app);
    const count = (first: number) =>
      statements.count(async () => {
        const res = await app.gql(BULK_PAGE, { first, filter: { tag: marker } }, carol.token);
        expect(res.data?.assets.edges).toHaveLength(first);
      });
    const small = await count(5);
    const large = await count(50);
    expect(large).toBe(small);
    expect(large).toBeLessThan(20);
  });
});
