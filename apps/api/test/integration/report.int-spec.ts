import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { CreditService } from '../../src/modules/credit/credit.service.js';
import { TeamService } from '../../src/modules/team/team.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, publish } from '../factories/asset.factory.js';
import { createTeam, createUser, login } from '../factories/user.factory.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const REPORT_FIELDS = `user { id } team { id } period { kind label closed } credit rank assetsAuthored
  reusesReceived { kind count } uniqueReusers teamsReached endorsementsReceived { kind count } derivedAssets
  wonDealsInfluenced wonAmountInfluenced engagement { sharing participating contributing } csv`;
const REPORT = `query($u: ID, $t: ID, $p: PeriodInput!) { authorshipReport(userId: $u, teamId: $t, period: $p) {
  ${REPORT_FIELDS} members { ${REPORT_FIELDS} } } }`;
const REUSE = 'mutation($input: RecordReuseInput!) { recordReuse(input: $input) { id } }';
const ENDORSE = 'mutation($a: ID!, $k: EndorsementKind!) { endorseAsset(assetId: $a, kind: $k) { id } }';
const QUARTER = { kind: 'QUARTER' };

interface Report {
  user: { id: string } | null;
  team: { id: string } | null;
  period: { kind: string; label: string; closed: boolean };
  credit: number;
  rank: number | null;
  assetsAuthored: number;
  reusesReceived: { kind: string; count: number }[];
  uniqueReusers: number;
  teamsReached: number;
  endorsementsReceived: { kind: string; count: number }[];
  derivedAssets: number;
  wonDealsInfluenced: number;
  wonAmountInfluenced: number;
  engagement: { sharing: number; participating: number; contributing: number };
  csv: string;
  members: Report[] | null;
}

interface Person {
  id: string;
  token: string;
  name: string;
}

const kinds = (counts: Record<string, number>, all: string[]) =>
  all.map((kind) => ({ kind, count: counts[kind] ?? 0 }));
const reuseKinds = (counts: Record<string, number>) =>
  kinds(counts, ['VIEW', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL', 'ADAPT']);
const endorsementKinds = (counts: Record<string, number>) => kinds(counts, ['HELPFUL', 'HELPED_WIN', 'VERIFIED']);

describe('authorship reports', () => {
  let app: TestApp;
  let db: DataSource;
  let tag: string;
  const team: Record<'north' | 'south', { id: string; name: string }> = {} as never;
  const p: Record<string, Person> = {};
  const report = (variables: Record<string, unknown>, token: string) =>
    app.gql<{ authorshipReport: Report }>(REPORT, { p: QUARTER, ...variables }, token);
  const reuse = (who: string, assetId: string, kind: string, dealId?: string) =>
    app.gql(REUSE, { input: { assetId, kind, dealId, clientEventId: randomUUID() } }, p[who].token).then((r) => {
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    });
  const deal = async (outcome: string, amount: number, closedAt: Date | null) => {
    const [row] = await db.query<{ id: string }[]>(
      'INSERT INTO deals (external_id, name, outcome, amount, closed_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [`report-${randomUUID()}`, `Deal ${tag}`, outcome, amount, closedAt],
    );
    return row.id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
    tag = randomUUID().slice(0, 6);
    team.north = await createTeam(app, `North ${tag}`);
    team.south = await createTeam(app, `South ${tag}`);
    const people: [string, Role, string | null][] = [
      ['A', Role.MEMBER, team.north.id],
      ['B', Role.MEMBER, team.north.id],
      ['C', Role.MEMBER, team.south.id],
      ['D', Role.MEMBER, team.south.id],
      ['E', Role.ENABLEMENT, null],
      ['F', Role.MEMBER, null],
      ['M1', Role.MANAGER, null],
      ['M2', Role.MANAGER, null],
      ['ADMIN', Role.ADMIN, null],
    ];
    for (const [key, role, teamId] of people) {
      // Names sort A, B: a team report lists its members by name.
      const user = await createUser(app, { role, teamId, name: `${key} Person ${tag}` });
      p[key] = { id: user.id, token: await login(app, user), name: user.name };
    }
    await app.byline.app.get(TeamService).setManagers(team.north.id, [p.M1.id]);
    await app.byline.app.get(TeamService).setManagers(team.south.id, [p.M2.id]);
  });
  afterAll(() => app.close());

  describe('a scripted quarter', () => {
    beforeAll(async () => {
      // A authors X alone and Y with B (50/50); C authors W; A's draft Z counts for nothing.
      const x = await createAsset(app, p.A.token, { title: `Pricing objections ${tag}` });
      const y = await createAsset(app, p.A.token, {
        title: `Security questionnaire ${tag}`,
        authors: [
          { userId: p.A.id, role: 'LEAD_AUTHOR', share: 50 },
          { userId: p.B.id, role: 'CO_AUTHOR', share: 50 },
        ],
      });
      const w = await createAsset(app, p.C.token, { title: `Champion letter ${tag}` });
      await createAsset(app, p.A.token, { title: `Unfinished ${tag}` }, { publish: false });
      // D1 is won in this quarter, D2 lost, D3 won years ago: only D1 counts as influenced.
      const won = await deal('WON', 5000, new Date(Date.now() - 1000));
      const lost = await deal('LOST', 800, new Date(Date.now() - 1000));
      const old = await deal('WON', 700, new Date('2017-03-01T00:00:00Z'));

      await reuse('B', x.id, 'COPY');
      await reuse('C', x.id, 'COPY');
      await reuse('C', x.id, 'VIEW');
      await reuse('C', x.id, 'SHARE_WITH_CUSTOMER');
      await reuse('A', x.id, 'COPY'); // their own: recorded, not received
      await reuse('D', y.id, 'USED_IN_DEAL', won);
      await reuse('D', x.id, 'USED_IN_DEAL', lost);
      await reuse('F', x.id, 'USED_IN_DEAL', old);
      expect(errorCode(await app.gql(ENDORSE, { a: x.id, k: 'HELPFUL' }, p.C.token))).toBeUndefined();
      const withdrawn = await app.gql<{ endorseAsset: { id: string } }>(
        ENDORSE,
        { a: x.id, k: 'HELPED_WIN' },
        p.B.token,
      );
      await app.gql(
        'mutation($id: ID!) { withdrawEndorsement(id: $id) }',
        { id: withdrawn.data!.endorseAsset.id },
        p.B.token,
      );
      expect(errorCode(await app.gql(ENDORSE, { a: x.id, k: 'VERIFIED' }, p.E.token))).toBeUndefined();
      // C publishes an adaptation of X; F's adaptation stays a draft.
      const derive = 'mutation($f: ID!, $i: CreateAssetInput!) { deriveAsset(fromId: $f, input: $i) { id } }';
      const input = (title: string) => ({
        kind: 'BEST_PRACTICE',
        title,
        body: 'Adapted for retail.',
        visibility: 'ORG',
      });
      const derived = await app.gql<{ deriveAsset: { id: string } }>(
        derive,
        { f: x.id, i: input(`Retail pricing ${tag}`) },
        p.C.token,
      );
      await publish(app, p.C.token, derived.data!.deriveAsset.id);
      await app.gql(derive, { f: x.id, i: input(`Draft adaptation ${tag}`) }, p.F.token);
      // What A does themselves: a copy and a view of W, an endorsement of W.
      await reuse('A', w.id, 'COPY');
      await reuse('A', w.id, 'VIEW');
      expect(errorCode(await app.gql(ENDORSE, { a: w.id, k: 'HELPFUL' }, p.A.token))).toBeUndefined();
    });

    it("gives a person's numbers exactly, credit equal to their statement and rank equal to the leaderboard's", async () => {
      const res = await report({ u: p.A.id }, p.A.token);
      expect(res.errors).toBeUndefined();
      const a = res.data!.authorshipReport;
      // Credit: X published 10, Y published 5, copies 4 + 4, share 10, Y used in a deal 5, X used in the lost deal 10
      // (F's use of X in D3 came after it closed: nothing), HELPFUL 4, HELPED_WIN 10 then reversed −10, VERIFIED 6,
      // adaptation 15.
      expect(a).toMatchObject({
        user: { id: p.A.id },
        team: null,
        period: { kind: 'QUARTER', closed: false },
        credit: 73,
        assetsAuthored: 2,
        reusesReceived: reuseKinds({ VIEW: 1, COPY: 2, SHARE_WITH_CUSTOMER: 1, USED_IN_DEAL: 3, ADAPT: 1 }),
        uniqueReusers: 4, // B, C, D, F (views do not count)
        teamsReached: 2, // North (B) and South (C, D); F has no team
        endorsementsReceived: endorsementKinds({ HELPFUL: 1, VERIFIED: 1 }),
        derivedAssets: 1,
        wonDealsInfluenced: 1,
        wonAmountInfluenced: 5000,
        engagement: { sharing: 1, participating: 1, contributing: 2 },
        members: null,
      });
      const statement = await app.gql<{ creditEntries: { sum: number } }>(
        'query($u: ID!) { creditEntries(userId: $u, period: { kind: QUARTER }) { sum } }',
        { u: p.A.id },
        p.A.token,
      );
      expect(statement.data?.creditEntries.sum).toBe(a.credit);
      const board = await app.gql<{ leaderboard: { viewerEntry: { rank: number; value: number } } }>(
        '{ leaderboard(period: { kind: QUARTER }) { viewerEntry { rank value } } }',
        {},
        p.A.token,
      );
      expect(board.data?.leaderboard.viewerEntry).toEqual({ rank: a.rank, value: 73 });
    });

    it('counts a team once per event and deal, and lists its members by name with every column in the CSV', async () => {
      const res = await report({ t: team.north.id }, p.M1.token);
      expect(res.errors).toBeUndefined();
      const t = res.data!.authorshipReport;
      expect(t).toMatchObject({
        user: null,
        team: { id: team.north.id },
        credit: 83, // A 73 + B 10
        assetsAuthored: 2, // X and Y, Y once although both author it
        reusesReceived: reuseKinds({ VIEW: 1, COPY: 2, SHARE_WITH_CUSTOMER: 1, USED_IN_DEAL: 3, ADAPT: 1 }),
        uniqueReusers: 4,
        teamsReached: 2,
        endorsementsReceived: endorsementKinds({ HELPFUL: 1, VERIFIED: 1 }),
        derivedAssets: 1,
        wonDealsInfluenced: 1, // D1 once, although it used an asset of each member
        wonAmountInfluenced: 5000,
        engagement: { sharing: 2, participating: 1, contributing: 2 },
      });
      expect(t.rank).toBeGreaterThanOrEqual(1);
      expect(t.members!.map((m) => m.user!.id)).toEqual([p.A.id, p.B.id]);
      const [a, b] = t.members!;
      expect(a.credit).toBe(73);
      expect(b).toMatchObject({
        credit: 10,
        assetsAuthored: 1,
        reusesReceived: reuseKinds({ USED_IN_DEAL: 1 }),
        uniqueReusers: 1,
        teamsReached: 1,
        endorsementsReceived: endorsementKinds({}),
        derivedAssets: 0,
        wonDealsInfluenced: 1,
        wonAmountInfluenced: 5000,
        engagement: { sharing: 1, participating: 0, contributing: 1 },
      });

      const lines = t.csv.split('\r\n');
      expect(lines).toHaveLength(4); // header, A, B, and the empty string after the final CRLF
      expect(lines[3]).toBe('');
      expect(lines[0]).toBe(
        'period,team,user_id,name,credit,rank,assets_authored,reuses_view,reuses_copy,reuses_share_with_customer,' +
          'reuses_used_in_deal,reuses_adapt,unique_reusers,teams_reached,endorsements_helpful,endorsements_helped_win,' +
          'endorsements_verified,derived_assets,won_deals_influenced,won_amount_influenced,sharing,participating,contributing',
      );
      const label = t.period.label;
      expect(lines[1]).toBe(
        `${label},North ${tag},${p.A.id},A Person ${tag},73,${a.rank},2,1,2,1,3,1,4,2,1,0,1,1,1,5000,1,1,2`,
      );
      expect(lines[2]).toBe(
        `${label},North ${tag},${p.B.id},B Person ${tag},10,${b.rank ?? ''},1,0,0,0,1,0,1,1,0,0,0,0,1,5000,1,0,1`,
      );
      // A person's CSV is their one row under the same header.
      expect(a.csv).toBe([lines[0], lines[1], ''].join('\r\n'));
    });

    it('lets people read their own, managers their team and its members, admins everything; others are refused', async () => {
      const cases: [string, Record<string, string>, string | undefined][] = [
        ['A', { u: p.A.id }, undefined],
        ['B', { u: p.A.id }, 'FORBIDDEN'],
        ['A', { t: team.north.id }, 'FORBIDDEN'],
        ['M1', { u: p.A.id }, undefined],
        ['M1', { t: team.north.id }, undefined],
        ['M2', { u: p.A.id }, 'FORBIDDEN'],
        ['M2', { t: team.north.id }, 'FORBIDDEN'],
        ['M2', { t: team.south.id }, undefined],
        ['M1', { u: p.C.id }, 'FORBIDDEN'],
        ['ADMIN', { u: p.A.id }, undefined],
        ['ADMIN', { t: team.north.id }, undefined],
        ['ADMIN', { u: randomUUID() }, 'NOT_FOUND'],
        ['ADMIN', { t: randomUUID() }, 'NOT_FOUND'],
        ['A', { u: randomUUID() }, 'NOT_FOUND'],
        ['M1', { t: randomUUID() }, 'NOT_FOUND'],
      ];
      for (const [who, variables, code] of cases) {
        const res = await report(variables, p[who].token);
        expect({ who, variables, code: errorCode(res) }).toEqual({ who, variables, code });
        if (!code) expect(res.data?.authorshipReport.credit).toEqual(expect.any(Number));
      }
      expect(errorCode(await app.gql(REPORT, { u: p.A.id, p: QUARTER }))).toBe('UNAUTHENTICATED');
    });

    it('refuses both or neither of userId and teamId, malformed ids, future periods and unknown kinds', async () => {
      const both = await report({ u: p.A.id, t: team.north.id }, p.ADMIN.token);
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
      const neither = await report({}, p.ADMIN.token);
      expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
      expect((await report({ u: 'nope' }, p.ADMIN.token)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'userId',
      });
      const future = await report({ u: p.A.id, p: { kind: 'QUARTER', at: '2999-01-01T00:00:00Z' } }, p.A.token);
      expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.at' });
      const literal = await app.gql(
        `query($u: ID) { authorshipReport(userId: $u, period: { kind: DECADE }) { credit } }`,
        { u: p.A.id },
        p.A.token,
      );
      expect(literal.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
      const variable = await report({ u: p.A.id, p: { kind: 'DECADE' } }, p.A.token);
      expect(errorCode(variable)).toBe('BAD_USER_INPUT');
      expect(variable.data ?? null).toBeNull();
    });

    it('reads nothing from other periods: an earlier quarter of the same people is empty', async () => {
      const res = await report({ u: p.A.id, p: { kind: 'QUARTER', at: '2016-02-01T00:00:00Z' } }, p.A.token);
      expect(res.data?.authorshipReport).toMatchObject({
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

  it('ranks people on the organisation board (ties share a rank) and teams by summed credit, in a quarter of their own', async () => {
    // FY2015 Q2 holds only this test's credit: backdated events through the credit write path.
    const north = await createTeam(app, `Ranked North ${randomUUID().slice(0, 6)}`);
    const south = await createTeam(app, `Ranked South ${randomUUID().slice(0, 6)}`);
    const r1 = await createUser(app, { teamId: north.id });
    const r2 = await createUser(app, { teamId: north.id });
    const r3 = await createUser(app, { teamId: south.id });
    const actor = await createUser(app);
    const asset = async (user: { email: string; password: string }) =>
      (await createAsset(app, await login(app, user))).id;
    const [a1, a1b, a2, a3] = [await asset(r1), await asset(r1), await asset(r2), await asset(r3)];
    const credit = app.byline.app.get(CreditService);
    const share = (assetId: string, day: string) =>
      db.transaction((em) =>
        credit.record(em, {
          kind: 'REUSE',
          reuseKind: 'SHARE_WITH_CUSTOMER',
          actorId: actor.id,
          assetId,
          occurredAt: new Date(`2015-05-${day}T10:00:00Z`),
        }),
      );
    await share(a1, '04');
    await share(a1b, '05');
    await share(a2, '06');
    await share(a3, '07');
    const period = { kind: 'QUARTER', at: '2015-05-15T00:00:00Z' };
    const admin = p.ADMIN.token;
    const rankOf = async (variables: Record<string, string>) => {
      const res = await report({ ...variables, p: period }, admin);
      expect(res.errors).toBeUndefined();
      return [res.data!.authorshipReport.credit, res.data!.authorshipReport.rank];
    };
    expect(await rankOf({ u: r1.id })).toEqual([20, 1]);
    expect(await rankOf({ u: r2.id })).toEqual([10, 2]);
    expect(await rankOf({ u: r3.id })).toEqual([10, 2]);
    expect(await rankOf({ u: actor.id })).toEqual([0, null]);
    expect(await rankOf({ t: north.id })).toEqual([30, 1]);
    expect(await rankOf({ t: south.id })).toEqual([10, 2]);
    const board = await app.gql<{ leaderboard: { entries: { rank: number; user: { id: string } }[] } }>(
      'query($p: PeriodInput!) { leaderboard(period: $p, first: 10) { entries { rank user { id } } } }',
      { p: period },
      admin,
    );
    expect(board.data?.leaderboard.entries.map((e) => [e.user.id, e.rank])).toEqual(
      expect.arrayContaining([
        [r1.id, 1],
        [r2.id, 2],
        [r3.id, 2],
      ]),
    );
  });
});
