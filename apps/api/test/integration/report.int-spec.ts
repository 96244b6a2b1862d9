import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CreditService } from '../../src/modules/credit/credit.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, deriveAsset } from '../factories/asset.factory.js';
import { creditOf, endorse, reuse, reuses, withdrawEndorsement } from '../factories/credit.factory.js';
import { createDeal } from '../factories/deal.factory.js';
import { createTeam, person } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { AuthorshipReportQueryVariables, PeriodInput } from '../generated/graphql.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

graphql(`
  fragment ReportFields on AuthorshipReport {
    user {
      id
    }
    team {
      id
    }
    period {
      kind
      label
      closed
    }
    credit
    rank
    assetsAuthored
    reusesReceived {
      kind
      count
    }
    uniqueReusers
    teamsReached
    endorsementsReceived {
      kind
      count
    }
    derivedAssets
    wonDealsInfluenced
    wonAmountInfluenced
    engagement {
      sharing
      participating
      contributing
    }
    csv
  }
`);

const REPORT = graphql(`
  query AuthorshipReport($userId: ID, $teamId: ID, $period: PeriodInput!) {
    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {
      ...ReportFields
      members {
        ...ReportFields
      }
    }
  }
`);

const PERFORMANCE = graphql(`
  query PerformanceReport($userId: ID, $teamId: ID, $period: PeriodInput!) {
    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {
      credit
      trend {
        credit
        previousCredit
        change
        teamMedian
        points {
          label
          from
          credit
          teamMedian
        }
      }
      assets {
        assetId
        title
        role
        share
        reuses {
          kind
          count
        }
        customerSessions
        wonDeals
        wonAmount
        credit
      }
      endorsementComments {
        kind
        comment
        endorserId
        endorserName
        assetId
        assetTitle
      }
      acceptedAnswers {
        questionId
        questionTitle
        askerName
      }
      knowledgeFlow {
        teamId
        teamName
        received
        given
      }
      members {
        user {
          id
        }
        credit
        trend {
          teamMedian
        }
        assets {
          assetId
          share
        }
      }
    }
  }
`);

const ASK = graphql(`
  mutation ReportAsk($title: String!, $body: String!) {
    askQuestion(title: $title, body: $body) {
      id
    }
  }
`);

const ANSWER = graphql(`
  mutation ReportAnswer($questionId: ID!, $body: String!) {
    answerQuestion(questionId: $questionId, body: $body) {
      id
    }
  }
`);

const ACCEPT = graphql(`
  mutation ReportAccept($questionId: ID!, $commentId: ID!) {
    acceptAnswer(questionId: $questionId, commentId: $commentId) {
      id
    }
  }
`);

const ENDORSE_WITH_COMMENT = graphql(`
  mutation ReportEndorseWithComment($assetId: ID!, $kind: EndorsementKind!, $comment: String) {
    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {
      id
    }
  }
`);

const VIEWER_ON_LEADERBOARD = graphql(`
  query ReportViewerOnLeaderboard($period: PeriodInput!) {
    leaderboard(period: $period) {
      viewerEntry {
        rank
        value
      }
    }
  }
`);

const LEADERBOARD = graphql(`
  query ReportLeaderboard($period: PeriodInput!) {
    leaderboard(period: $period, first: 10) {
      entries {
        rank
        user {
          id
        }
      }
    }
  }
`);

const QUARTER: PeriodInput = { kind: 'QUARTER' };
const CSV_HEADER =
  'Period,Team,Person ID,Name,Credit,Rank,Assets authored,Reuses: view,Reuses: copy,Reuses: share with customer,' +
  'Reuses: used in deal,Reuses: adapt,Unique reusers,Teams reached,Endorsements: helpful,Endorsements: helped win,' +
  'Endorsements: verified,Derived assets,Won deals influenced,Won amount influenced,Sharing: reuses of work by others,' +
  'Participating: endorsements and comments,Contributing: assets authored';

const kinds = (counts: Record<string, number>, all: string[]) =>
  all.map((kind) => ({ kind, count: counts[kind] ?? 0 }));
const reuseKinds = (counts: Record<string, number>) =>
  kinds(counts, ['VIEW', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL', 'ADAPT']);
const endorsementKinds = (counts: Record<string, number>) => kinds(counts, ['HELPFUL', 'HELPED_WIN', 'VERIFIED']);
const justNow = () => new Date(Date.now() - 1000);

describe('authorship reports', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await person(app, { role: Role.ADMIN });
  });
  afterAll(() => app.close());

  const report = (variables: Partial<AuthorshipReportQueryVariables>, token: string) =>
    app.gql(REPORT, { period: QUARTER, ...variables }, token);
  /** A report that must succeed. */
  const reportOf = async (variables: Partial<AuthorshipReportQueryVariables>, token = admin.token) => {
    const res = await report(variables, token);
    if (!res.data) throw new Error(`authorshipReport failed: ${JSON.stringify(res.errors)}`);
    return res.data.authorshipReport;
  };
  const people = (n: number, overrides: Parameters<typeof person>[1] = {}) =>
    Promise.all(Array.from({ length: n }, () => person(app, overrides)));

  describe("a person's numbers for the quarter", () => {
    it('names the person and the open quarter, and has no members', async () => {
      const ann = await person(app);
      expect(await reportOf({ userId: ann.id }, ann.token)).toMatchObject({
        user: { id: ann.id },
        team: null,
        period: { kind: 'QUARTER', closed: false },
        members: null,
      });
    });

    it('credit equals their statement for the quarter, and rank their place on the leaderboard', async () => {
      const [ann, cat] = await people(2);
      const asset = await createAsset(app, ann.token);
      await reuse(app, cat.token, asset.id, 'COPY');
      const a = await reportOf({ userId: ann.id }, ann.token);
      expect(a.credit).toBe(10 + 4);
      expect(await creditOf(app, ann, QUARTER)).toBe(a.credit);
      const board = await app.gql(VIEWER_ON_LEADERBOARD, { period: QUARTER }, ann.token);
      expect(board.data?.leaderboard.viewerEntry).toEqual({ rank: a.rank, value: 14 });
    });

    it('assets authored count published assets, co-authored ones included, never drafts', async () => {
      const [ann, ben] = await people(2);
      await createAsset(app, ann.token);
      await createAsset(app, ann.token, {
        authors: [
          { userId: ann.id, role: 'LEAD_AUTHOR', share: 50 },
          { userId: ben.id, role: 'CO_AUTHOR', share: 50 },
        ],
      });
      await createAsset(app, ann.token, {}, { publish: false });
      expect((await reportOf({ userId: ann.id })).assetsAuthored).toBe(2);
      expect((await reportOf({ userId: ben.id })).assetsAuthored).toBe(1);
    });

    it("reuses received are counted per kind, views included, and the author's own are left out", async () => {
      const [ann, ben, cat] = await people(3);
      const asset = await createAsset(app, ann.token);
      await reuses(app, asset.id, [
        [ben, 'COPY'],
        [cat, 'COPY'],
        [cat, 'VIEW'],
        [cat, 'SHARE_WITH_CUSTOMER'],
        [ann, 'COPY'],
      ]);
      const a = await reportOf({ userId: ann.id });
      expect(a.reusesReceived).toEqual(reuseKinds({ VIEW: 1, COPY: 2, SHARE_WITH_CUSTOMER: 1 }));
      expect(a.credit).toBe(10 + 4 + 4 + 4);
    });

    it('unique reusers and teams reached leave out views; a reuser without a team reaches no team', async () => {
      const [north, south, west] = [await createTeam(app), await createTeam(app), await createTeam(app)];
      const ann = await person(app);
      const ben = await person(app, { teamId: north.id });
      const [cat, dan] = await people(2, { teamId: south.id });
      const fran = await person(app);
      const gus = await person(app, { teamId: west.id });
      const asset = await createAsset(app, ann.token);
      await reuses(app, asset.id, [
        [ben, 'COPY'],
        [cat, 'COPY'],
        [dan, 'SHARE_WITH_CUSTOMER'],
        [fran, 'COPY'],
        [gus, 'VIEW'],
      ]);
      expect(await reportOf({ userId: ann.id })).toMatchObject({ uniqueReusers: 4, teamsReached: 2 });
    });

    it('endorsements received count active endorsements: a withdrawn one is left out', async () => {
      const [ann, ben, cat] = await people(3);
      const enablement = await person(app, { role: Role.ENABLEMENT });
      const asset = await createAsset(app, ann.token);
      await endorse(app, cat.token, asset.id, 'HELPFUL');
      await withdrawEndorsement(app, ben.token, (await endorse(app, ben.token, asset.id, 'HELPED_WIN')).id);
      await endorse(app, enablement.token, asset.id, 'VERIFIED');
      const a = await reportOf({ userId: ann.id });
      expect(a.endorsementsReceived).toEqual(endorsementKinds({ HELPFUL: 1, VERIFIED: 1 }));
      // HELPED_WIN's 10, then its reversal.
      expect(a.credit).toBe(10 + 4 + 10 - 10 + 6);
    });

    it('derived assets count published adaptations; a draft adaptation counts for nothing', async () => {
      const [ann, cat, fran] = await people(3);
      const asset = await createAsset(app, ann.token);
      await deriveAsset(app, cat.token, asset.id);
      await deriveAsset(app, fran.token, asset.id, {}, { publish: false });
      const a = await reportOf({ userId: ann.id });
      expect(a).toMatchObject({ derivedAssets: 1, reusesReceived: reuseKinds({ ADAPT: 1 }), credit: 10 + 15 });
    });

    it('won deals count deals won in the quarter that used an asset; lost deals and deals won years ago do not', async () => {
      const [ann, dan, eve, fran] = await people(4);
      const asset = await createAsset(app, ann.token);
      const won = await createDeal(app, { outcome: 'WON', amount: 5000, closedAt: justNow() });
      const lost = await createDeal(app, { outcome: 'LOST', amount: 800, closedAt: justNow() });
      const old = await createDeal(app, { outcome: 'WON', amount: 700, closedAt: new Date('2017-03-01T00:00:00Z') });
      await reuse(app, dan.token, asset.id, 'USED_IN_DEAL', { dealId: won.id });
      await reuse(app, eve.token, asset.id, 'USED_IN_DEAL', { dealId: lost.id });
      await reuse(app, fran.token, asset.id, 'USED_IN_DEAL', { dealId: old.id });
      const a = await reportOf({ userId: ann.id });
      expect(a).toMatchObject({
        wonDealsInfluenced: 1,
        wonAmountInfluenced: 5000,
        reusesReceived: reuseKinds({ USED_IN_DEAL: 3 }),
      });
      // A use recorded after its deal closed (the deal of 2017) earns nothing.
      expect(a.credit).toBe(10 + 10 + 10);
    });

    it("engagement counts reuses of others' assets without views, active endorsements given and assets first published", async () => {
      const [ann, ben, cat] = await people(3);
      const mine = await createAsset(app, ann.token);
      await createAsset(app, ann.token);
      const theirs = await createAsset(app, cat.token);
      await reuse(app, ann.token, theirs.id, 'COPY');
      await reuse(app, ann.token, theirs.id, 'VIEW');
      await reuse(app, ann.token, mine.id, 'COPY');
      await endorse(app, ann.token, theirs.id, 'HELPFUL');
      await withdrawEndorsement(app, ben.token, (await endorse(app, ben.token, theirs.id, 'HELPFUL')).id);
      expect((await reportOf({ userId: ann.id })).engagement).toEqual({
        sharing: 1,
        participating: 1,
        contributing: 2,
      });
      expect((await reportOf({ userId: ben.id })).engagement).toEqual({
        sharing: 0,
        participating: 0,
        contributing: 0,
      });
    });

    it('an earlier quarter of the same person is empty: a report reads nothing from other periods', async () => {
      const [ann, cat] = await people(2);
      const asset = await createAsset(app, ann.token);
      await reuse(app, cat.token, asset.id, 'COPY');
      const earlier = await reportOf({ userId: ann.id, period: { kind: 'QUARTER', at: '2016-02-01T00:00:00Z' } });
      expect(earlier).toMatchObject({
        period: { label: 'FY2016 Q1' },
        credit: 0,
        rank: null,
        assetsAuthored: 0,
        reusesReceived: reuseKinds({}),
        uniqueReusers: 0,
        wonDealsInfluenced: 0,
        wonAmountInfluenced: 0,
        engagement: { sharing: 0, participating: 0, contributing: 0 },
      });
    });
  });

  describe("a team's numbers for the quarter", () => {
    it('count an asset, an event and a deal once although several members author the asset', async () => {
      const team = await createTeam(app);
      const [ann, ben] = await people(2, { teamId: team.id });
      const cat = await person(app, { teamId: (await createTeam(app)).id });
      const dan = await person(app);
      await createAsset(app, ann.token);
      const shared = await createAsset(app, ann.token, {
        authors: [
          { userId: ann.id, role: 'LEAD_AUTHOR', share: 50 },
          { userId: ben.id, role: 'CO_AUTHOR', share: 50 },
        ],
      });
      const won = await createDeal(app, { outcome: 'WON', amount: 5000, closedAt: justNow() });
      await reuse(app, cat.token, shared.id, 'COPY');
      await reuse(app, dan.token, shared.id, 'USED_IN_DEAL', { dealId: won.id });
      await endorse(app, cat.token, shared.id, 'HELPFUL');
      await deriveAsset(app, dan.token, shared.id);
      const t = await reportOf({ teamId: team.id });
      const [a, b] = t.members!;
      expect(t).toMatchObject({
        user: null,
        team: { id: team.id },
        assetsAuthored: 2,
        reusesReceived: reuseKinds({ COPY: 1, USED_IN_DEAL: 1, ADAPT: 1 }),
        uniqueReusers: 2,
        teamsReached: 1,
        endorsementsReceived: endorsementKinds({ HELPFUL: 1 }),
        derivedAssets: 1,
        wonDealsInfluenced: 1,
        wonAmountInfluenced: 5000,
      });
      expect([a.wonDealsInfluenced, b.wonDealsInfluenced]).toEqual([1, 1]);
      expect(t.rank).toBeGreaterThanOrEqual(1);
    });

    it("credit and sharing are the members' sums; contributing counts each asset once", async () => {
      const team = await createTeam(app);
      const [ann, ben] = await people(2, { teamId: team.id });
      const cat = await person(app);
      const theirs = await createAsset(app, cat.token);
      await createAsset(app, ann.token, {
        authors: [
          { userId: ann.id, role: 'LEAD_AUTHOR', share: 50 },
          { userId: ben.id, role: 'CO_AUTHOR', share: 50 },
        ],
      });
      await reuse(app, ann.token, theirs.id, 'COPY');
      await reuse(app, ben.token, theirs.id, 'COPY');
      await endorse(app, ben.token, theirs.id, 'HELPFUL');
      const t = await reportOf({ teamId: team.id });
      expect(t.credit).toBe(5 + 5);
      expect(t.members!.map((m) => m.credit)).toEqual([5, 5]);
      expect(t.engagement).toEqual({ sharing: 2, participating: 1, contributing: 1 });
      expect(t.members!.map((m) => m.engagement.contributing)).toEqual([1, 1]);
    });

    it('lists its members by name, and its CSV has a header and one row per member; a member’s CSV is their row', async () => {
      const tag = randomUUID().slice(0, 6);
      const team = await createTeam(app, `North ${tag}`);
      // Blake first: the members are listed by name, not in the order they joined.
      const blake = await person(app, { teamId: team.id, name: `Blake ${tag}` });
      const avery = await person(app, { teamId: team.id, name: `Avery ${tag}` });
      const asset = await createAsset(app, avery.token);
      await reuse(app, blake.token, asset.id, 'COPY');
      const t = await reportOf({ teamId: team.id });
      expect(t.members!.map((m) => m.user!.id)).toEqual([avery.id, blake.id]);
      const [a, b] = t.members!;
      expect(b.rank).toBeNull();
      const lines = t.csv.split('\r\n');
      expect(lines).toEqual([
        CSV_HEADER,
        `${t.period.label},North ${tag},${avery.id},Avery ${tag},14,${a.rank},1,0,1,0,0,0,1,1,0,0,0,0,0,0,0,0,1`,
        `${t.period.label},North ${tag},${blake.id},Blake ${tag},0,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0`,
        '', // after the final CRLF
      ]);
      expect(a.csv).toBe([lines[0], lines[1], ''].join('\r\n'));
    });
  });

  describe('who may read which report', () => {
    let north: { id: string };
    let south: { id: string };
    const p: Record<'A' | 'B' | 'C' | 'M1' | 'M2', SignedIn> = {} as never;

    beforeAll(async () => {
      [north, south] = [await createTeam(app), await createTeam(app)];
      [p.A, p.B] = await people(2, { teamId: north.id });
      p.C = await person(app, { teamId: south.id });
      [p.M1, p.M2] = await people(2, { role: Role.MANAGER });
      await Promise.all([
        app.byline.app
          .get(DataSource)
          .query('INSERT INTO team_managers (team_id, user_id) VALUES ($1, $2)', [north.id, p.M1.id]),
        app.byline.app
          .get(DataSource)
          .query('INSERT INTO team_managers (team_id, user_id) VALUES ($1, $2)', [south.id, p.M2.id]),
      ]);
    });

    type Reader = 'A' | 'B' | 'M1' | 'M2' | 'admin';
    const subjects = {
      'A (north)': () => ({ userId: p.A.id }),
      'C (south)': () => ({ userId: p.C.id }),
      'team north': () => ({ teamId: north.id }),
      'team south': () => ({ teamId: south.id }),
      'an unknown person': () => ({ userId: randomUUID() }),
      'an unknown team': () => ({ teamId: randomUUID() }),
    };

    // Who reads (A and B are north's members, M1 manages north, M2 south), whose report, and the answer.
    it.each<[Reader, keyof typeof subjects, string]>([
      ['A', 'A (north)', 'allowed'],
      ['B', 'A (north)', 'FORBIDDEN'],
      ['A', 'team north', 'FORBIDDEN'],
      ['M1', 'A (north)', 'allowed'],
      ['M1', 'team north', 'allowed'],
      ['M2', 'A (north)', 'FORBIDDEN'],
      ['M2', 'team north', 'FORBIDDEN'],
      ['M2', 'team south', 'allowed'],
      ['M1', 'C (south)', 'FORBIDDEN'],
      ['admin', 'A (north)', 'allowed'],
      ['admin', 'team north', 'allowed'],
      ['admin', 'an unknown person', 'NOT_FOUND'],
      ['admin', 'an unknown team', 'NOT_FOUND'],
      ['A', 'an unknown person', 'NOT_FOUND'],
      ['M1', 'an unknown team', 'NOT_FOUND'],
    ])('%s reading the report of %s: %s', async (who, whose, answer) => {
      const token = who === 'admin' ? admin.token : p[who].token;
      const res = await report(subjects[whose](), token);
      expect(errorCode(res) ?? 'allowed').toBe(answer);
      if (answer === 'allowed') expect(res.data?.authorshipReport.credit).toEqual(expect.any(Number));
    });

    it('an anonymous caller is UNAUTHENTICATED', async () => {
      expect(errorCode(await app.gql(REPORT, { userId: p.A.id, period: QUARTER }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('what a report refuses', () => {
    it('both userId and teamId, naming teamId', async () => {
      const team = await createTeam(app);
      const both = await report({ userId: admin.id, teamId: team.id }, admin.token);
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
    });

    it('neither userId nor teamId, naming userId', async () => {
      const neither = await report({}, admin.token);
      expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    });

    it('a malformed id, naming userId', async () => {
      expect((await report({ userId: 'nope' }, admin.token)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'userId',
      });
    });

    it('a future period, naming period.at', async () => {
      const ann = await person(app);
      const future = await report(
        { userId: ann.id, period: { kind: 'QUARTER', at: '2999-01-01T00:00:00Z' } },
        ann.token,
      );
      expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.at' });
    });

    it('an unknown period kind: in the query it fails validation, in a variable it is BAD_USER_INPUT with no data', async () => {
      const ann = await person(app);
      const literal = await app.gql(
        `query($u: ID) { authorshipReport(userId: $u, period: { kind: DECADE }) { credit } }`,
        { u: ann.id },
        ann.token,
      );
      expect(literal.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
      const variable = await report({ userId: ann.id, period: { kind: 'DECADE' } as never }, ann.token);
      expect(errorCode(variable)).toBe('BAD_USER_INPUT');
      expect(variable.data ?? null).toBeNull();
    });
  });

  // FY2015 Q2 holds only this block's credit: backdated events through the credit write path.
  describe('ranks in a quarter of their own', () => {
    const period: PeriodInput = { kind: 'QUARTER', at: '2015-05-15T00:00:00Z' };
    let north: { id: string };
    let south: { id: string };
    const r: Record<'r1' | 'r2' | 'r3' | 'actor', SignedIn> = {} as never;

    beforeAll(async () => {
      [north, south] = [await createTeam(app), await createTeam(app)];
      [r.r1, r.r2] = await people(2, { teamId: north.id });
      r.r3 = await person(app, { teamId: south.id });
      r.actor = await person(app);
      const [a1, a1b, a2, a3] = [
        await createAsset(app, r.r1.token),
        await createAsset(app, r.r1.token),
        await createAsset(app, r.r2.token),
        await createAsset(app, r.r3.token),
      ];
      const credit = app.byline.app.get(CreditService);
      const db = app.byline.app.get(DataSource);
      const share = (assetId: string, day: string) =>
        db.transaction((em) =>
          credit.record(em, {
            kind: 'REUSE',
            reuseKind: 'SHARE_WITH_CUSTOMER',
            actorId: r.actor.id,
            assetId,
            occurredAt: new Date(`2015-05-${day}T10:00:00Z`),
          }),
        );
      await share(a1.id, '04');
      await share(a1b.id, '05');
      await share(a2.id, '06');
      await share(a3.id, '07');
    });
    const creditAndRank = async (variables: Partial<AuthorshipReportQueryVariables>) => {
      const res = await reportOf({ ...variables, period });
      return [res.credit, res.rank];
    };

    it('people rank by credit, and people with equal credit share a rank', async () => {
      expect(await creditAndRank({ userId: r.r1.id })).toEqual([8, 1]);
      expect(await creditAndRank({ userId: r.r2.id })).toEqual([4, 2]);
      expect(await creditAndRank({ userId: r.r3.id })).toEqual([4, 2]);
    });

    it('someone without credit in the quarter has no rank', async () => {
      expect(await creditAndRank({ userId: r.actor.id })).toEqual([0, null]);
    });

    it("teams rank by their members' summed credit", async () => {
      expect(await creditAndRank({ teamId: north.id })).toEqual([12, 1]);
      expect(await creditAndRank({ teamId: south.id })).toEqual([4, 2]);
    });

    it("the organisation leaderboard gives the reports' ranks", async () => {
      const board = await app.gql(LEADERBOARD, { period }, admin.token);
      expect(board.data?.leaderboard.entries.map((e) => [e.user.id, e.rank])).toEqual(
        expect.arrayContaining([
          [r.r1.id, 1],
          [r.r2.id, 2],
          [r.r3.id, 2],
        ]),
      );
    });
  });

  describe('for a performance review', () => {
    const db = () => app.byline.app.get(DataSource);
    const performance = async (variables: { userId?: string; teamId?: string }, token = admin.token) => {
      const res = await app.gql(PERFORMANCE, { period: QUARTER, ...variables }, token);
      if (!res.data) throw new Error(`authorshipReport failed: ${JSON.stringify(res.errors)}`);
      return res.data.authorshipReport;
    };
    const fetchFile = (path: string, token?: string) =>
      fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it("compares credit with the quarter before and with the team's median for the same quarter", async () => {
      // Set rollups are not what the ledger gives: on a database of its own, so the suite's rebuild checks stay true.
      const own = await isolatedDatabase();
      const iso = await startTestApp(own.env);
      try {
        const boss = await person(iso, { role: Role.ADMIN });
        const trendOf = async (userId: string) => {
          const res = await iso.gql(PERFORMANCE, { period: QUARTER, userId }, boss.token);
          if (!res.data) throw new Error(`authorshipReport failed: ${JSON.stringify(res.errors)}`);
          return res.data.authorshipReport.trend!;
        };
        /** Credit rollups are the ledger's, closed to the application role: they are written as the owner. */
        const setCredit = async (userId: string, start: string, value: number) => {
          const sql = `INSERT INTO credit_rollups (metric, period_kind, period_start, user_id, value)
                       VALUES ('CREDIT', 'QUARTER', $1, $2, $3)
                       ON CONFLICT (metric, period_kind, period_start, user_id) DO UPDATE SET value = EXCLUDED.value`;
          // The embedded database has one role and one session: through the app's own connection there.
          if (!process.env.DATABASE_URL) {
            await iso.byline.app.get(DataSource).query(sql, [start, userId, value]);
            return;
          }
          const client = new pg.Client({ connectionString: own.url });
          await client.connect();
          try {
            await client.query(sql, [start, userId, value]);
          } finally {
            await client.end();
          }
        };
        const team = await createTeam(iso);
        const [ann, ben, cat, dan] = await Promise.all([1, 2, 3, 4].map(() => person(iso, { teamId: team.id })));
        const points = (await trendOf(ann.id)).points;
        expect(points).toHaveLength(6);
        const [previous, current] = points.slice(-2).map((p) => p.from as string);
        expect(new Date(current).getTime()).toBeGreaterThan(new Date(previous).getTime());
        // Ann 30 now and 12 the quarter before; the team now: 30, 20, 10 and Dan's nothing, so the median is 15.
        await setCredit(ann.id, current, 30);
        await setCredit(ann.id, previous, 12);
        await setCredit(ben.id, current, 20);
        await setCredit(cat.id, current, 10);
        await setCredit(ben.id, previous, 2);
        const a = await trendOf(ann.id);
        expect(a).toMatchObject({ credit: 30, previousCredit: 12, change: 18, teamMedian: 15 });
        expect(a.points.slice(-2).map((p) => [p.credit, p.teamMedian])).toEqual([
          [12, 1],
          [30, 15],
        ]);
        expect(await trendOf(dan.id)).toMatchObject({ credit: 0, change: 0, teamMedian: 15 });
        // The team report gives every member the same median.
        const t = (await iso.gql(PERFORMANCE, { period: QUARTER, teamId: team.id }, boss.token)).data!.authorshipReport;
        expect(t.trend).toBeNull();
        expect(t.members!.map((m) => m.trend!.teamMedian)).toEqual([15, 15, 15, 15]);
        // Someone without a team has no median to compare with.
        const loner = await person(iso);
        expect((await trendOf(loner.id)).teamMedian).toBeNull();
      } finally {
        await iso.close();
        await own.drop();
      }
    });

    it('lists the assets behind the credit with the share, role, reuses, won deals and credit of each', async () => {
      const [ann, ben, cat] = await people(3);
      const asset = await createAsset(app, ann.token, {
        title: 'Pricing objections playbook',
        authors: [
          { userId: ann.id, role: 'LEAD_AUTHOR', share: 60 },
          { userId: ben.id, role: 'CO_AUTHOR', share: 40 },
        ],
      });
      const quiet = await createAsset(app, ann.token, { title: 'Quiet one' });
      const won = await createDeal(app, { outcome: 'WON', amount: 2500, closedAt: justNow() });
      const lost = await createDeal(app, { outcome: 'LOST', amount: 9000, closedAt: justNow() });
      await reuse(app, cat.token, asset.id, 'COPY');
      await reuse(app, cat.token, asset.id, 'USED_IN_DEAL', { dealId: won.id });
      await reuse(app, cat.token, asset.id, 'USED_IN_DEAL', { dealId: lost.id });
      await reuse(app, ann.token, asset.id, 'VIEW');
      const a = await performance({ userId: ann.id });
      const row = a.assets!.find((x) => x.assetId === asset.id)!;
      expect(row).toMatchObject({
        title: 'Pricing objections playbook',
        role: 'LEAD_AUTHOR',
        share: 60,
        reuses: reuseKinds({ COPY: 1, USED_IN_DEAL: 2 }),
        customerSessions: 0,
        wonDeals: 1,
        wonAmount: 2500,
      });
      expect(row.credit).toBeGreaterThan(0);
      // Every point Ann has this quarter came from her two assets, the most credited first.
      const quietRow = a.assets!.find((x) => x.assetId === quiet.id)!;
      expect(row.credit + quietRow.credit).toBe(a.credit);
      expect(a.assets!.map((x) => x.assetId)).toEqual(
        row.credit >= quietRow.credit ? [asset.id, quiet.id] : [quiet.id, asset.id],
      );
      const b = await performance({ userId: ben.id });
      expect(b.assets).toEqual([
        expect.objectContaining({ assetId: asset.id, role: 'CO_AUTHOR', share: 40, credit: b.credit }),
      ]);
    });

    it('shows endorsement comments, never those on assets the reader may not see, nor the asset itself', async () => {
      const team = await createTeam(app);
      const manager = await person(app, { role: Role.MANAGER, teamId: team.id });
      await db().query('INSERT INTO team_managers (team_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        team.id,
        manager.id,
      ]);
      const ann = await person(app, { teamId: team.id });
      const [cat, eve] = await people(2);
      const open = await createAsset(app, ann.token, { title: 'Discovery questions' });
      const hidden = await createAsset(app, ann.token, { title: 'Secret pricing sheet' });
      await app.gql(ENDORSE_WITH_COMMENT, { assetId: open.id, kind: 'HELPFUL', comment: 'Saved my demo.' }, cat.token);
      await app.gql(
        ENDORSE_WITH_COMMENT,
        { assetId: hidden.id, kind: 'HELPED_WIN', comment: 'Won us Acme.' },
        eve.token,
      );
      await app.gql(ENDORSE_WITH_COMMENT, { assetId: open.id, kind: 'VERIFIED', comment: null }, eve.token);
      // Ann makes the second asset private afterwards: only its authors may see it now.
      await db().query(`UPDATE assets SET visibility = 'PRIVATE' WHERE id = $1`, [hidden.id]);

      const seenByManager = await performance({ userId: ann.id }, manager.token);
      expect(seenByManager.endorsementComments).toEqual([
        {
          kind: 'HELPFUL',
          comment: 'Saved my demo.',
          endorserId: cat.id,
          endorserName: expect.any(String),
          assetId: open.id,
          assetTitle: 'Discovery questions',
        },
      ]);
      expect(seenByManager.assets!.map((x) => x.assetId)).toEqual([open.id]);
      expect(JSON.stringify(seenByManager)).not.toContain('Secret pricing sheet');
      // Ann sees her own private asset and the comment on it.
      const seenByAnn = await performance({ userId: ann.id }, ann.token);
      expect(seenByAnn.endorsementComments!.map((c) => c.comment).sort()).toEqual(['Saved my demo.', 'Won us Acme.']);
      expect(seenByAnn.assets!.map((x) => x.assetId).sort()).toEqual([open.id, hidden.id].sort());
    });

    it('lists the answers the person wrote that their askers accepted, not an answer to their own question', async () => {
      const [ann, ben, cat] = await people(3);
      const ask = async (asker: SignedIn, title: string) =>
        (await app.gql(ASK, { title, body: 'Any advice?' }, asker.token)).data!.askQuestion.id;
      const answer = async (questionId: string, writer: SignedIn) =>
        (await app.gql(ANSWER, { questionId, body: 'Lead with the outcome.' }, writer.token)).data!.answerQuestion.id;
      const accepted = await ask(ben, 'How do I open a CFO call?');
      await app.gql(ACCEPT, { questionId: accepted, commentId: await answer(accepted, ann) }, ben.token);
      const open = await ask(cat, 'Who has a retail case study?');
      await answer(open, ann);
      const own = await ask(ann, 'Is there a pricing FAQ?');
      await app.gql(ACCEPT, { questionId: own, commentId: await answer(own, ann) }, ann.token);

      const report = await performance({ userId: ann.id });
      expect(report.acceptedAnswers).toEqual([
        { questionId: accepted, questionTitle: 'How do I open a CFO call?', askerName: expect.any(String) },
      ]);
      expect((await performance({ userId: ben.id })).acceptedAnswers).toEqual([]);
    });

    it("a team report has each member's assets and the team's flow with other teams", async () => {
      const [north, south, west] = [await createTeam(app), await createTeam(app), await createTeam(app)];
      const ann = await person(app, { teamId: north.id });
      const ben = await person(app, { teamId: north.id });
      const dan = await person(app, { teamId: south.id });
      const gus = await person(app, { teamId: west.id });
      const ours = await createAsset(app, ann.token);
      const theirs = await createAsset(app, dan.token);
      await reuses(app, ours.id, [
        [dan, 'COPY'],
        [dan, 'SHARE_WITH_CUSTOMER'],
        [gus, 'COPY'],
        [gus, 'VIEW'],
        [ben, 'COPY'],
      ]);
      await reuses(app, theirs.id, [[ann, 'SHARE_WITH_CUSTOMER']]);
      const t = await performance({ teamId: north.id });
      expect(t.knowledgeFlow).toEqual([
        { teamId: south.id, teamName: expect.any(String), received: 2, given: 1 },
        { teamId: west.id, teamName: expect.any(String), received: 1, given: 0 },
      ]);
      const annRow = t.members!.find((m) => m.user!.id === ann.id)!;
      expect(annRow.assets).toEqual([{ assetId: ours.id, share: 100 }]);
      expect(t.members!.find((m) => m.user!.id === ben.id)!.assets).toEqual([]);
      expect((await performance({ userId: ann.id })).knowledgeFlow).toBeNull();
    });

    it('prints a PDF for those who may read the report, and refuses everyone else', async () => {
      const team = await createTeam(app);
      const ann = await person(app, { teamId: team.id });
      const [ben, outsider] = await people(2);
      const asset = await createAsset(app, ann.token, { title: 'Renewal email <script>' });
      await reuse(app, ben.token, asset.id, 'COPY');
      const path = `/reports/person/${ann.id}.pdf?kind=QUARTER`;

      const ok = await fetchFile(path, admin.token);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('application/pdf');
      expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.pdf"$/);
      const bytes = Buffer.from(await ok.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(5000);
      expect((await fetchFile(path, ann.token)).status).toBe(200);

      expect((await fetchFile(path, outsider.token)).status).toBe(403);
      expect((await fetchFile(path)).status).toBe(401);
      expect((await fetchFile(`/reports/person/${randomUUID()}.pdf`, admin.token)).status).toBe(404);
      expect((await fetchFile(`/reports/person/${ann.id}.exe`, admin.token)).status).toBe(404);
      expect((await fetchFile(`/reports/person/${ann.id}.pdf?kind=DECADE`, admin.token)).status).toBe(400);
    }, 60_000);

    it('downloads CSV with its header row, for a person and a team, with the same rules', async () => {
      const team = await createTeam(app);
      const [ann, ben] = await people(2, { teamId: team.id });
      const person1 = await fetchFile(`/reports/person/${ann.id}.csv`, ann.token);
      expect(person1.status).toBe(200);
      expect(person1.headers.get('content-type')).toMatch(/^text\/csv/);
      const [header, row] = (await person1.text()).split('\r\n');
      expect(header).toBe(CSV_HEADER);
      expect(row).toContain(ann.id);
      expect((await fetchFile(`/reports/person/${ann.id}.csv`, ben.token)).status).toBe(403);
      const teamCsv = await fetchFile(`/reports/team/${team.id}.csv`, admin.token);
      expect((await teamCsv.text()).split('\r\n').filter(Boolean)).toHaveLength(3);
      expect((await fetchFile(`/reports/team/${team.id}.csv`, ann.token)).status).toBe(403);
    });
  });
});
