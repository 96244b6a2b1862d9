import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { TeamService } from '../../src/modules/team/team.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import {
  deliverDeal,
  importViaGraphql,
  importViaHttp,
  storedDeals,
  toCsv,
  uniqueTag,
} from '../factories/deal.factory.js';
import { createTeam, createUser, login, signedIn } from '../factories/user.factory.js';
import type { TestUser } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const SECRET = 'crm-webhook-secret-for-the-deal-tests';
const REUSE = graphql(`
  mutation DealIntegrityReuse($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      pointsAwarded
      explanation
    }
  }
`);
const SUM = graphql(`
  query DealIntegritySum($u: ID!) {
    creditEntries(userId: $u, first: 1) {
      sum
    }
  }
`);
const AUDIT = graphql(`
  query DealIntegrityAudit($id: ID!) {
    deal(id: $id) {
      externalId
      auditTrail {
        field
        before
        after
        source
        actor {
          id
        }
        changedAt
      }
    }
  }
`);
const VIEWER = graphql(`
  query DealIntegrityViewer {
    viewer {
      id
    }
  }
`);
const FLAGS = graphql(`
  query DealIntegrityReviewFlags {
    dealReviewFlags(first: 200) {
      deal {
        externalId
      }
      outcomeChanges
      reopenings
      reasons
    }
  }
`);
const HEADER = ['opportunity_id', 'sales_agent', 'deal_stage', 'engage_date', 'close_date', 'close_value'];
const now = () => Math.floor(Date.now() / 1000);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('deals: credit, teams, audit, review flags and webhook replay', () => {
  let app: TestApp;
  let admin: string;
  let world: {
    team: string;
    otherTeam: string;
    owner: TestUser;
    ownerToken: string;
    outsider: TestUser;
    manager: string;
    authors: { user: TestUser; token: string }[];
  };

  beforeAll(async () => {
    app = await startTestApp({ BYLINE_WEBHOOK_SECRET: SECRET });
    admin = (await signedIn(app, Role.ADMIN)).token;
    const team = (await createTeam(app)).id;
    const otherTeam = (await createTeam(app)).id;
    const manager = await createUser(app, { role: Role.MANAGER, teamId: team });
    await app.byline.app.get(TeamService).setManagers(team, [manager.id]);
    const authors = [];
    for (let i = 0; i < 2; i++) {
      const user = await createUser(app, { teamId: otherTeam });
      authors.push({ user, token: await login(app, user) });
    }
    const owner = await createUser(app, { teamId: team });
    world = {
      team,
      otherTeam,
      owner,
      ownerToken: await login(app, owner),
      outsider: await createUser(app, { teamId: otherTeam }),
      manager: await login(app, manager),
      authors,
    };
  });
  afterAll(() => app.close());

  const sumOf = async (who: { user: TestUser; token: string }) =>
    (await app.gql(SUM, { u: who.user.id }, who.token)).data!.creditEntries.sum;
  const totals = () => Promise.all(world.authors.map(sumOf));
  const dealId = async (externalId: string) =>
    (
      await app.byline.app
        .get(DataSource)
        .query<{ id: string }[]>('SELECT id FROM deals WHERE external_id = $1', [externalId])
    )[0].id;
  const useIn = (deal: string, assetId: string) =>
    app.gql(
      REUSE,
      { input: { assetId, kind: 'USED_IN_DEAL', dealId: deal, clientEventId: randomUUID() } },
      // The deal's owner used the content.
      world.ownerToken,
    );

  it('pays a won pool at most once, net, however the outcome moves, and the replay agrees', async () => {
    const externalId = `MOVE-${uniqueTag()}`;
    const open = { externalId, owner: world.owner.email, stage: 'Engaging', engagedAt: day(-30) };
    let at = now();
    expect((await deliverDeal(app, SECRET, open, at)).status).toBe(200);
    const id = await dealId(externalId);
    for (const { token } of world.authors) {
      const asset = await createAsset(app, token);
      expect((await useIn(id, asset.id)).errors).toBeUndefined();
    }
    const start = await totals();
    const net = async () => (await totals()).map((v, i) => v - start[i]);
    const moves: [string, number][] = [
      ['Won', 50],
      ['Lost', 0],
      ['Won', 50],
      ['Lost', 0],
      ['Engaging', 0],
      ['Won', 50],
      ['Won', 50],
      ['Lost', 0],
    ];
    for (const [stage, expected] of moves) {
      // Closed today: the content was used before the end of the close day, so it counts.
      const closedAt = stage === 'Engaging' ? undefined : day(0);
      const res = await deliverDeal(app, SECRET, { externalId, stage, ...(closedAt ? { closedAt } : {}) }, ++at);
      expect(res.status).toBe(200);
      expect(await net()).toEqual([expected, expected]);
    }
    const report = await app.byline.app.get(CreditRebuildService).check();
    expect(report.firstDifference).toBeNull();
  });

  it('records a USED_IN_DEAL after the close date for analytics only: no points, no share of the pool', async () => {
    const externalId = `LATE-${uniqueTag()}`;
    const closed = { externalId, owner: world.owner.email, stage: 'Lost', engagedAt: day(-40), closedAt: day(-10) };
    expect((await deliverDeal(app, SECRET, closed)).status).toBe(200);
    const id = await dealId(externalId);
    const author = world.authors[0];
    const asset = await createAsset(app, author.token);
    const before = await sumOf(author);
    const late = await useIn(id, asset.id);
    expect(late.data?.recordReuse.pointsAwarded).toBe(0);
    expect(late.data?.recordReuse.explanation).toMatch(/deal had already closed/);
    // Won after all, with the same close date: the late use is no part of the pool.
    expect((await deliverDeal(app, SECRET, { ...closed, stage: 'Won' }, now() + 1)).status).toBe(200);
    expect(await sumOf(author)).toBe(before);
  });

  it('refuses close and engage dates before 1990 or more than a day ahead: row errors and 400', async () => {
    const tag = uniqueTag();
    const csv = toCsv([
      HEADER,
      [`D-${tag}-1`, world.owner.email, 'Won', day(-5), day(3), 100],
      [`D-${tag}-2`, world.owner.email, 'Lost', '1989-12-31', day(-1), 100],
      [`D-${tag}-3`, world.owner.email, 'Won', day(-5), day(0), 100],
    ]);
    const res = await importViaGraphql(app, 'deals', csv, admin);
    expect(res.result).toMatchObject({ created: 1, skipped: 2 });
    expect(res.result!.errors).toEqual([
      {
        row: 2,
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/close_date "[\d-]+" is more than a day in the future/),
      },
      { row: 3, code: 'BAD_USER_INPUT', message: expect.stringMatching(/engage_date "1989-12-31" is before 1990/) },
    ]);
    const future = await deliverDeal(app, SECRET, { externalId: `D-${tag}-4`, stage: 'Won', closedAt: day(2) });
    expect(future).toMatchObject({
      status: 400,
      body: { message: expect.stringMatching(/closedAt .* in the future/) },
    });
    expect(await storedDeals(app, [`D-${tag}-1`, `D-${tag}-2`, `D-${tag}-4`])).toEqual([]);
  });

  it("lets a manager write only their own teams' deals, by import and over HTTP; admins and the webhook anything", async () => {
    const tag = uniqueTag();
    const theirs = `T-${tag}-theirs`;
    expect(
      (await deliverDeal(app, SECRET, { externalId: theirs, owner: world.outsider.email, stage: 'Engaging' })).status,
    ).toBe(200);
    const before = await storedDeals(app, [theirs]);
    const csv = toCsv([
      HEADER,
      [`T-${tag}-ours`, world.owner.email, 'Engaging', day(-3), '', 100],
      [`T-${tag}-outside`, world.outsider.email, 'Engaging', day(-3), '', 100],
      // Taking over another team's deal by giving it an owner of one's own team.
      [theirs, world.owner.email, 'Won', day(-3), day(-1), 900],
    ]);
    const res = await importViaGraphql(app, 'deals', csv, world.manager);
    expect(res.result).toMatchObject({ created: 1, skipped: 2 });
    expect(res.result!.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'FORBIDDEN'],
      [4, 'FORBIDDEN'],
    ]);
    expect(res.result!.errors[1].message).toMatch(/belongs to a team you do not manage/);
    const overHttp = await importViaHttp(app, 'deals', csv, world.manager);
    expect(overHttp.body.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'FORBIDDEN'],
      [4, 'FORBIDDEN'],
    ]);
    expect(await storedDeals(app, [theirs])).toEqual(before);
    expect(await storedDeals(app, [`T-${tag}-outside`])).toEqual([]);

    const byAdmin = await importViaGraphql(app, 'deals', csv, admin);
    expect(byAdmin.result).toMatchObject({ created: 1, updated: 1, skipped: 0 });
  });

  it('keeps an audit row for every change of outcome, amount and dates, shown to admins only', async () => {
    const externalId = `A-${uniqueTag()}`;
    const csv = (stage: string, close: string, amount: number) =>
      toCsv([HEADER, [externalId, world.owner.email, stage, day(-20), close, amount]]);
    expect((await importViaGraphql(app, 'deals', csv('Engaging', '', 1000), world.manager)).result?.created).toBe(1);
    expect((await deliverDeal(app, SECRET, { externalId, stage: 'Won', closedAt: day(-2), amount: 1200 })).status).toBe(
      200,
    );
    const id = await dealId(externalId);
    const seen = await app.gql(AUDIT, { id }, admin);
    expect(seen.errors).toBeUndefined();
    const managerId = (await app.gql(VIEWER, {}, world.manager)).data!.viewer!.id;
    const trail = seen.data!.deal!.auditTrail!.map(({ changedAt: _, ...rest }) => rest);
    expect(trail).toEqual([
      { field: 'outcome', before: null, after: 'OPEN', source: 'IMPORT', actor: { id: managerId } },
      { field: 'amount', before: null, after: '1000.00', source: 'IMPORT', actor: { id: managerId } },
      {
        field: 'engagedAt',
        before: null,
        after: `${day(-20)}T00:00:00.000Z`,
        source: 'IMPORT',
        actor: { id: managerId },
      },
      { field: 'outcome', before: 'OPEN', after: 'WON', source: 'WEBHOOK', actor: null },
      { field: 'amount', before: '1000.00', after: '1200.00', source: 'WEBHOOK', actor: null },
      { field: 'closedAt', before: null, after: `${day(-2)}T00:00:00.000Z`, source: 'WEBHOOK', actor: null },
    ]);
    for (const token of [world.manager, world.ownerToken]) {
      const refused = await app.gql(AUDIT, { id }, token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.data?.deal).toEqual({ externalId, auditTrail: null });
    }
    // Append-only in the database itself.
    await expect(
      app.byline.app.get(DataSource).query('DELETE FROM deal_audit_entries WHERE deal_id = $1', [id]),
    ).rejects.toThrow();
  });

  it('flags deals whose outcome changed more than once or that re-opened, for admins only, without touching credit', async () => {
    const tag = uniqueTag();
    const [flipped, reopened, calm] = ['flip', 'reopen', 'calm'].map((k) => `F-${tag}-${k}`);
    let at = now();
    for (const externalId of [flipped, reopened, calm]) {
      expect(
        (await deliverDeal(app, SECRET, { externalId, owner: world.owner.email, stage: 'Engaging' }, at)).status,
      ).toBe(200);
    }
    for (const stage of ['Won', 'Lost']) {
      await deliverDeal(app, SECRET, { externalId: flipped, stage, closedAt: day(-1) }, ++at);
    }
    await deliverDeal(app, SECRET, { externalId: reopened, stage: 'Lost', closedAt: day(-1) }, ++at);
    await deliverDeal(app, SECRET, { externalId: reopened, stage: 'Engaging' }, ++at);
    await deliverDeal(app, SECRET, { externalId: calm, stage: 'Won', closedAt: day(-1) }, at + 1);
    const before = await totals();
    const res = await app.gql(FLAGS, {}, admin);
    expect(res.errors).toBeUndefined();
    const mine = res.data!.dealReviewFlags.filter((f) => f.deal.externalId.startsWith(`F-${tag}`));
    expect(mine).toEqual([
      {
        deal: { externalId: reopened },
        outcomeChanges: 2,
        reopenings: 1,
        reasons: ['OUTCOME_CHANGED_AGAIN', 'REOPENED'],
      },
      { deal: { externalId: flipped }, outcomeChanges: 2, reopenings: 0, reasons: ['OUTCOME_CHANGED_AGAIN'] },
    ]);
    expect(await totals()).toEqual(before);
    expect(errorCode(await app.gql(FLAGS, {}, world.manager))).toBe('FORBIDDEN');
  });

  it('accepts a signed delivery once, across restarts, and applies nothing older than the last one', async () => {
    const externalId = `R-${uniqueTag()}`;
    const at = now();
    const body = { externalId, owner: world.owner.email, stage: 'Engaging', amount: 100 };
    expect(await deliverDeal(app, SECRET, body, at)).toMatchObject({ status: 200, body: { change: 'created' } });
    expect(await deliverDeal(app, SECRET, body, at)).toMatchObject({
      status: 409,
      body: { message: expect.stringMatching(/already accepted/) },
    });
    // Another server process on the same database refuses it too.
    const other = await startTestApp({ BYLINE_WEBHOOK_SECRET: SECRET });
    try {
      expect((await deliverDeal(other, SECRET, body, at)).status).toBe(409);
    } finally {
      await other.close();
    }
    expect((await deliverDeal(app, SECRET, { ...body, amount: 300 }, at + 2)).body.change).toBe('updated');
    const older = await deliverDeal(app, SECRET, { ...body, amount: 200 }, at + 1);
    expect(older).toMatchObject({
      status: 200,
      body: { change: 'stale', message: expect.stringMatching(/signed later was already applied/) },
    });
    expect((await storedDeals(app, [externalId]))[0]).toMatchObject({ amount: 300 });
  });
});
