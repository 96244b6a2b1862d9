import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { periodContaining } from '@byline/credit';
import { Role } from '../../src/modules/user/user.entity.js';
import { DEAL_CSV_HEADER, createAccount, importViaGraphql, toCsv, uniqueTag } from '../factories/deal.factory.js';
import { signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { DealFilter, WinLossDimension } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const HEADER = [...DEAL_CSV_HEADER, 'competitor'];
const TEAMS = graphql(`
  query WinLossTeams {
    teams {
      id
      name
    }
  }
`);
const USERS = graphql(`
  query WinLossUsers($s: String) {
    users(search: $s, first: 10) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const WIN_LOSS = graphql(`
  query WinLossRows($g: WinLossDimension!, $f: DealFilter) {
    winLoss(groupBy: $g, filter: $f) {
      key
      groupId
      won
      lost
      winRate
      wonAmount
      lostAmount
      avgCycleDays
    }
  }
`);
const DEALS_PAGE = graphql(`
  query WinLossDealsPage($f: DealFilter, $after: String) {
    deals(filter: $f, first: 3, after: $after) {
      totalCount
      edges {
        node {
          externalId
          industry
          owner {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const OPEN_DEALS = graphql(`
  query WinLossOpenDeals($f: DealFilter) {
    deals(filter: $f, outcome: OPEN) {
      totalCount
    }
  }
`);
const WIN_LOSS_BY_TEAM = graphql(`
  query WinLossByTeam {
    winLoss(groupBy: TEAM) {
      key
    }
  }
`);
const DEALS_COUNT = graphql(`
  query WinLossDealsCount {
    deals {
      totalCount
    }
  }
`);
const WIN_LOSS_OF_UNKNOWN_TEAM = graphql(`
  query WinLossOfUnknownTeam {
    winLoss(groupBy: TEAM, filter: { teamId: "nope" }) {
      key
    }
  }
`);
const DEALS_AFTER_GARBAGE = graphql(`
  query WinLossDealsAfterGarbage {
    deals(after: "garbage") {
      totalCount
    }
  }
`);
const DEAL_OF_BAD_ID = graphql(`
  query WinLossDealOfBadId {
    deal(id: "not-a-uuid") {
      id
    }
  }
`);

describe('win/loss analytics and the deal list', () => {
  let app: TestApp;
  let admin: string;
  let member: string;
  // Two teams of this test's own, so that filters keep other tests' deals out.
  let w: {
    tag: string;
    north: string;
    south: string;
    ann: string;
    ben: string;
    cat: string;
    retail: string;
    finance: string;
    product: string;
  };
  let ids: { north: string; south: string; ann: string; ben: string; cat: string };

  beforeAll(async () => {
    app = await startTestApp();
    admin = (await signedIn(app, Role.ADMIN)).token;
    member = (await signedIn(app, Role.MEMBER)).token;
    const tag = uniqueTag();
    w = {
      tag,
      north: `North ${tag}`,
      south: `South ${tag}`,
      ann: `Ann ${tag}`,
      ben: `Ben ${tag}`,
      cat: `Cat ${tag}`,
      retail: `Retail ${tag}`,
      finance: `finance ${tag}`,
      product: `Widget ${tag}`,
    };
    const teams = await importViaGraphql(
      app,
      'teams',
      toCsv([
        ['sales_agent', 'manager', 'regional_office'],
        [w.ann, w.cat, w.north],
        [w.ben, w.cat, w.north],
        [w.cat, '', w.south],
      ]),
      admin,
    );
    expect(teams.result?.skipped).toBe(0);
    await createAccount(app, `Shop ${tag}`, w.retail);
    await createAccount(app, `Bank ${tag}`, w.finance);
    await createAccount(app, `Blank ${tag}`, null);
    const deals = toCsv([
      HEADER,
      [`${tag}-1`, w.ann, w.product, `Shop ${tag}`, 'Won', '2017-01-01', '2017-01-11', '1000', 'Rival'],
      [`${tag}-2`, w.ann, w.product, `Shop ${tag}`, 'Lost', '2017-01-01', '2017-04-01', '0', 'Rival'],
      [`${tag}-3`, w.ben, w.product, `Bank ${tag}`, 'Won', '2017-03-01', '2017-05-31', '250.5', ''],
      [`${tag}-4`, w.ben, 'Gadget', `Bank ${tag}`, 'Won', '', '2017-12-31', '99.5', ''],
      [`${tag}-5`, w.cat, w.product, `Blank ${tag}`, 'Lost', '2017-06-01', '2018-02-01', '10', 'Other'],
      [`${tag}-6`, w.cat, w.product, `Shop ${tag}`, 'Engaging', '2017-06-01', '', '', 'Rival'],
      [`${tag}-7`, w.ann, w.product, '', 'Prospecting', '', '', '', ''],
    ]);
    expect((await importViaGraphql(app, 'deals', deals, admin)).result).toMatchObject({ created: 7, skipped: 0 });
    const teamRows = await app.gql(TEAMS, {}, admin);
    const teamId = (name: string) => teamRows.data!.teams.find((t) => t.name === name)!.id;
    const people = await app.gql(USERS, { s: tag }, admin);
    const userId = (name: string) => people.data!.users.edges.find((e) => e.node.name === name)!.node.id;
    ids = {
      north: teamId(w.north),
      south: teamId(w.south),
      ann: userId(w.ann),
      ben: userId(w.ben),
      cat: userId(w.cat),
    };
  });
  afterAll(() => app.close());

  const winLoss = async (groupBy: WinLossDimension, filter: DealFilter, token = member, on = app) => {
    const res = await on.gql(WIN_LOSS, { g: groupBy, f: filter }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.winLoss;
  };

  it('groups closed deals by industry: counts, win rate, amounts and cycle time; open deals never count', async () => {
    expect(await winLoss('INDUSTRY', { product: w.product.toUpperCase() })).toEqual([
      { key: '(none)', groupId: null, won: 0, lost: 1, winRate: 0, wonAmount: 0, lostAmount: 10, avgCycleDays: 245 },
      { key: w.finance, groupId: null, won: 1, lost: 0, winRate: 1, wonAmount: 250.5, lostAmount: 0, avgCycleDays: 91 },
      {
        key: w.retail,
        groupId: null,
        won: 1,
        lost: 1,
        winRate: 0.5,
        wonAmount: 1000,
        lostAmount: 0,
        avgCycleDays: (10 + 90) / 2,
      },
    ]);
  });

  it('groups by team, owner, product and competitor, with ids where names can repeat', async () => {
    const inTeams = async (groupBy: WinLossDimension) => [
      ...(await winLoss(groupBy, { teamId: ids.north })),
      ...(await winLoss(groupBy, { teamId: ids.south })),
    ];
    expect((await inTeams('TEAM')).map((r) => [r.key, r.groupId, r.won, r.lost])).toEqual([
      [w.north, ids.north, 3, 1],
      [w.south, ids.south, 0, 1],
    ]);
    expect(
      (await winLoss('OWNER', { teamId: ids.north })).map((r) => [r.key, r.groupId, r.won, r.lost, r.wonAmount]),
    ).toEqual([
      [w.ann, ids.ann, 1, 1, 1000],
      [w.ben, ids.ben, 2, 0, 350],
    ]);
    // The Gadget deal has no engage date: it counts, but not towards the cycle time.
    expect((await winLoss('PRODUCT', { ownerId: ids.ben })).map((r) => [r.key, r.won, r.avgCycleDays])).toEqual([
      ['Gadget', 1, null],
      [w.product, 1, 91],
    ]);
    expect((await inTeams('COMPETITOR')).map((r) => [r.key, r.won, r.lost])).toEqual([
      ['(none)', 2, 0],
      ['Rival', 1, 1],
      ['Other', 0, 1],
    ]);
    expect(await winLoss('INDUSTRY', { teamId: ids.north, industry: w.retail.toLowerCase() })).toMatchObject([
      { key: w.retail, won: 1, lost: 1 },
    ]);
  });

  it('groups by fiscal quarter of the close date, following FISCAL_YEAR_START_MONTH, and filters by close date', async () => {
    const quarters = async (on: TestApp) =>
      [
        ...(await winLoss('QUARTER', { teamId: ids.north }, member, on)),
        ...(await winLoss('QUARTER', { teamId: ids.south }, member, on)),
      ].map((r) => [r.key, r.won, r.lost]);
    expect(await quarters(app)).toEqual([
      ['FY2017 Q1', 1, 0],
      ['FY2017 Q2', 1, 1],
      ['FY2017 Q4', 1, 0],
      ['FY2018 Q1', 0, 1],
    ]);
    const april = await startTestApp({ FISCAL_YEAR_START_MONTH: '4' });
    try {
      const label = (date: string) => periodContaining('QUARTER', new Date(date), 4).label;
      expect(await quarters(april)).toEqual([
        [label('2017-01-11'), 1, 0],
        [label('2017-04-01'), 1, 1],
        [label('2017-12-31'), 1, 0],
        [label('2018-02-01'), 0, 1],
      ]);
      expect(label('2017-04-01')).toBe('FY2018 Q1');
    } finally {
      await april.close();
    }
    const h1 = await winLoss('TEAM', { teamId: ids.north, from: '2017-01-11T00:00:00Z', to: '2017-05-31T00:00:00Z' });
    expect(h1.map((r) => [r.won, r.lost])).toEqual([[1, 1]]);
  });

  it('lists deals newest activity first, a page at a time, to any signed-in user and nobody else', async () => {
    const page = async (after?: string) =>
      (await app.gql(DEALS_PAGE, { f: { teamId: ids.north }, after }, member)).data!.deals;
    const pages = [await page()];
    while (pages[pages.length - 1].pageInfo.hasNextPage) {
      pages.push(await page(pages[pages.length - 1].pageInfo.endCursor!));
    }
    expect(pages.map((p) => p.totalCount)).toEqual([5, 5]);
    const seen = pages.flatMap((p) => p.edges.map((e) => e.node.externalId));
    // The prospect has no dates yet: its activity is its import, the newest of all.
    expect(seen).toEqual([7, 4, 3, 2, 1].map((n) => `${w.tag}-${n}`));
    const open = await app.gql(OPEN_DEALS, { f: { teamId: ids.south } }, member);
    expect(open.data?.deals.totalCount).toBe(1);
    expect(errorCode(await app.gql(WIN_LOSS_BY_TEAM))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(DEALS_COUNT))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(WIN_LOSS_OF_UNKNOWN_TEAM, {}, member))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(DEALS_AFTER_GARBAGE, {}, member))).toBe('BAD_USER_INPUT');
    expect((await app.gql(DEAL_OF_BAD_ID, {}, member)).data).toEqual({ deal: null });
  });

  // Last: its deals would change the counts the tests above assert.
  it('counts one industry however the CRM spelt its case', async () => {
    const t = `case${Date.now()}`;
    await createAccount(app, `Upper ${t}`, `Health ${t}`.toUpperCase());
    await createAccount(app, `Lower ${t}`, `health ${t}`);
    await createAccount(app, `Mixed ${t}`, `Health ${t}`);
    const csv = toCsv([
      HEADER,
      [`${t}-1`, w.ann, `Kit ${t}`, `Upper ${t}`, 'Won', '2017-01-01', '2017-01-11', '100', ''],
      [`${t}-2`, w.ann, `Kit ${t}`, `Lower ${t}`, 'Lost', '2017-01-01', '2017-01-21', '0', ''],
      [`${t}-3`, w.ann, `Kit ${t}`, `Mixed ${t}`, 'Won', '2017-01-01', '2017-01-31', '50', ''],
      [`${t}-4`, w.ann, `Kit ${t}`, `Lower ${t}`, 'Won', '2017-01-01', '2017-01-31', '50', ''],
    ]);
    expect((await importViaGraphql(app, 'deals', csv, admin)).result).toMatchObject({ created: 4, skipped: 0 });
    const rows = await winLoss('INDUSTRY', { product: `Kit ${t}` });
    expect(rows.map((r) => [r.key, r.won, r.lost])).toEqual([[`health ${t}`, 3, 1]]);
  });
});
