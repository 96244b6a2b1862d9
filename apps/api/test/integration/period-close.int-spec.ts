import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NewCreditEvent } from '../../src/modules/credit/credit.service.js';
import { CreditService } from '../../src/modules/credit/credit.service.js';
import { canonicalJson } from '../../src/modules/period-close/canonical-json.js';
import type { JsonValue } from '../../src/modules/period-close/canonical-json.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { DataSource } from 'typeorm';
import { createAsset } from '../factories/asset.factory.js';
import { createTeam, createUser, login, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

// FY2003 Q1 (the default fiscal year starts in January): no other test has credit there, and closing it freezes
// only events dated before 2003-04-01, which no other test writes.
const IN_QUARTER = '2003-02-15T00:00:00Z';
const CLOSE = graphql(`
  mutation PeriodCloseClose($p: PeriodInput!) {
    closePeriod(period: $p) {
      kind
      from
      to
      label
      closed
    }
  }
`);
const CLOSED = graphql(`
  query PeriodCloseClosedPeriods {
    closedPeriods {
      label
      from
      to
      closedAt
      digest
      snapshotUrl
      closedBy {
        id
      }
    }
  }
`);
const BOARD = graphql(`
  query PeriodCloseBoard($p: PeriodInput!) {
    leaderboard(period: $p, first: 100) {
      period {
        closed
      }
      entries {
        rank
        value
        user {
          id
        }
      }
    }
  }
`);
const STATEMENT = graphql(`
  query PeriodCloseStatement($u: ID!, $p: PeriodInput) {
    creditEntries(userId: $u, period: $p, first: 100) {
      sum
      edges {
        node {
          points
          reason
          occurredAt
          bookedAt
        }
      }
    }
  }
`);

describe('closing a quarter', () => {
  let app: TestApp;
  let db: DataSource;
  let admin: { user: { id: string }; token: string };
  let manager: string;
  let member: string;
  let people: { p: string; q: string; pToken: string; pAsset: string; qAsset: string; pName: string; qName: string };
  const record = (event: NewCreditEvent, options: { reversesEventId?: string } = {}) =>
    db.transaction((em) => app.byline.app.get(CreditService).record(em, event, options));
  const download = (url: string, token?: string) =>
    fetch(`${app.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const board = async () =>
    (await app.gql(BOARD, { p: { kind: 'QUARTER', at: IN_QUARTER } }, admin.token)).data!.leaderboard;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
    admin = await signedIn(app, Role.ADMIN);
    manager = (await signedIn(app, Role.MANAGER)).token;
    member = (await signedIn(app, Role.MEMBER)).token;
    const team = await createTeam(app);
    const p = await createUser(app, { teamId: team.id });
    const q = await createUser(app, { teamId: team.id });
    const pToken = await login(app, p);
    people = {
      p: p.id,
      q: q.id,
      pToken,
      pAsset: (await createAsset(app, pToken)).id,
      qAsset: (await createAsset(app, await login(app, q))).id,
      pName: p.name,
      qName: q.name,
    };
  });
  afterAll(() => app.close());

  it('refuses what is not an ended quarter, closes an ended one once, and keeps a snapshot anyone can verify', async () => {
    const { p, q, pAsset, qAsset } = people;
    const at = (day: string) => new Date(`2003-02-${day}T12:00:00Z`);
    await record({
      kind: 'REUSE',
      reuseKind: 'SHARE_WITH_CUSTOMER',
      actorId: q,
      assetId: pAsset,
      occurredAt: at('03'),
    });
    await record({
      kind: 'REUSE',
      reuseKind: 'SHARE_WITH_CUSTOMER',
      actorId: p,
      assetId: qAsset,
      occurredAt: at('04'),
    });
    await record({ kind: 'REUSE', reuseKind: 'COPY', actorId: q, assetId: pAsset, occurredAt: at('05') });
    const endorsed = await record({
      kind: 'ENDORSED',
      endorsementKind: 'HELPFUL',
      actorId: q,
      assetId: pAsset,
      occurredAt: at('06'),
    });
    const before = await board();
    expect(before.period.closed).toBe(false);
    expect(before.entries.map((e) => [e.rank, e.user.id, e.value])).toEqual([
      [1, p, 12],
      [2, q, 4],
    ]);

    const month = await app.gql(CLOSE, { p: { kind: 'MONTH', at: IN_QUARTER } }, admin.token);
    expect(month.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.kind' });
    const current = await app.gql(CLOSE, { p: { kind: 'QUARTER' } }, admin.token);
    expect(current.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.at' });
    expect(current.errors?.[0]?.message).toMatch(/not ended/);
    const future = await app.gql(CLOSE, { p: { kind: 'QUARTER', at: '2999-01-01T00:00:00Z' } }, admin.token);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.at' });

    const closed = await app.gql(CLOSE, { p: { kind: 'QUARTER', at: IN_QUARTER } }, admin.token);
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closePeriod).toEqual({
      kind: 'QUARTER',
      from: '2003-01-01T00:00:00.000Z',
      to: '2003-04-01T00:00:00.000Z',
      label: 'FY2003 Q1',
      closed: true,
    });
    const again = await app.gql(CLOSE, { p: { kind: 'QUARTER', at: '2003-03-31T23:59:59Z' } }, admin.token);
    expect(errorCode(again)).toBe('CONFLICT');

    const list = await app.gql(CLOSED, {}, manager);
    const entry = list.data!.closedPeriods.find((c) => c.label === 'FY2003 Q1')!;
    expect(entry).toMatchObject({
      from: '2003-01-01T00:00:00.000Z',
      to: '2003-04-01T00:00:00.000Z',
      snapshotUrl: '/periods/2003-01-01/snapshot.json',
      closedBy: { id: admin.user.id },
    });
    expect(entry.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(errorCode(await app.gql(CLOSED, {}, member))).toBe('FORBIDDEN');

    const response = await download(entry.snapshotUrl, admin.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.digest);
    const text = bytes.toString('utf8');
    const snapshot = JSON.parse(text) as JsonValue;
    // Canonical: parsing and writing it again canonically gives the same bytes.
    expect(canonicalJson(snapshot)).toBe(text);
    expect(snapshot).toEqual({
      format: 'byline.closed-quarter.v1',
      period: { kind: 'QUARTER', label: 'FY2003 Q1', from: '2003-01-01T00:00:00.000Z', to: '2003-04-01T00:00:00.000Z' },
      leaderboard: {
        metric: 'CREDIT',
        entries: [
          { rank: 1, userId: p, name: people.pName, value: 12 },
          { rank: 2, userId: q, name: people.qName, value: 4 },
        ],
      },
      totals: { CREDIT: 16, REUSES_RECEIVED: 3, CONTRIBUTIONS: 0, WON_DEAL_INFLUENCE: 0 },
    });
    // The same bytes for a manager, by date or by instant; refused to members and without a token.
    const byInstant = await download('/periods/2003-01-01T00:00:00.000Z/snapshot.json', manager);
    expect(Buffer.from(await byInstant.arrayBuffer()).equals(bytes)).toBe(true);
    const refused = await download(entry.snapshotUrl, member);
    expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([403, 'FORBIDDEN']);
    expect((await download(entry.snapshotUrl)).status).toBe(401);
    expect((await download('/periods/2004-01-01/snapshot.json', admin.token)).status).toBe(404);
    expect((await download('/periods/someday/snapshot.json', admin.token)).status).toBe(400);

    // Events dated inside the closed quarter, recorded now, land in the open period: a won deal that used P's
    // asset and the withdrawal of Q's endorsement. The closed quarter and its snapshot stay as they were.
    await record({
      kind: 'DEAL_WON',
      dealId: '00000000-0000-4000-8000-000000000003',
      usedAssetIds: [pAsset],
      actorId: q,
      occurredAt: at('20'),
    });
    await record(
      { kind: 'ENDORSEMENT_WITHDRAWN', endorsementKind: 'HELPFUL', actorId: q, assetId: pAsset, occurredAt: at('21') },
      { reversesEventId: endorsed.eventId },
    );
    const after = await board();
    expect(after.period.closed).toBe(true);
    expect(after.entries).toEqual(before.entries);
    const again2 = await download(entry.snapshotUrl, admin.token);
    expect(Buffer.from(await again2.arrayBuffer()).equals(bytes)).toBe(true);
    const closedQuarter = await app.gql(STATEMENT, { u: p, p: { kind: 'QUARTER', at: IN_QUARTER } }, admin.token);
    expect(closedQuarter.data?.creditEntries.sum).toBe(12);
    const open = await app.gql(STATEMENT, { u: p, p: { kind: 'QUARTER' } }, people.pToken);
    const late = open.data!.creditEntries.edges.map((e) => e.node).filter((n) => n.occurredAt.startsWith('2003-'));
    expect(late.map((n) => [n.reason, n.points]).sort()).toEqual([
      ['DEAL_WON', 100],
      ['REVERSAL', -4],
    ]);
    for (const n of late) expect(Date.now() - new Date(n.bookedAt).getTime()).toBeLessThan(60_000);
    const [row] = await db.query<{ digest: string }[]>("SELECT digest FROM closed_periods WHERE label = 'FY2003 Q1'");
    expect(row.digest).toBe(entry.digest);
  });

  // After the test above: closing FY2004 Q1 freezes every earlier quarter too, FY2003 Q1 included.
  it('waits for a credit write dated inside the quarter that is still in flight, so the snapshot holds it', async () => {
    const { p, q, pAsset } = people;
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let closing: Promise<GqlResponse<unknown>> | undefined;
    try {
      await app.byline.app.get(CreditService).record(runner.manager, {
        kind: 'REUSE',
        reuseKind: 'SHARE_WITH_CUSTOMER',
        actorId: q,
        assetId: pAsset,
        occurredAt: new Date('2004-02-10T12:00:00Z'),
      });
      let settled = false;
      closing = app.gql(CLOSE, { p: { kind: 'QUARTER', at: '2004-02-15T00:00:00Z' } }, admin.token).finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await closing).errors).toBeUndefined();
    const list = await app.gql(CLOSED, {}, admin.token);
    const entry = list.data!.closedPeriods.find((c) => c.label === 'FY2004 Q1')!;
    const snapshot = (await (await download(entry.snapshotUrl, admin.token)).json()) as {
      leaderboard: { entries: unknown[] };
    };
    expect(snapshot.leaderboard.entries).toEqual([{ rank: 1, userId: p, name: people.pName, value: 4 }]);
  });

  it('leaves closing to admins', async () => {
    for (const token of [member, manager]) {
      expect(errorCode(await app.gql(CLOSE, { p: { kind: 'QUARTER', at: '2002-02-01T00:00:00Z' } }, token))).toBe(
        'FORBIDDEN',
      );
    }
    const [row] = await db.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM closed_periods WHERE label = 'FY2002 Q1'",
    );
    expect(row.n).toBe(0);
  });
});
