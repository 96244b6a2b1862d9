import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { ReviewReminderService } from '../../src/modules/verification/review-reminder.service.js';
import { TaxonomyKind } from '../../src/modules/taxonomy/taxonomy-term.entity.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, ensureTaxonomy } from '../factories/asset.factory.js';
import { creditOf, reuse } from '../factories/credit.factory.js';
import { createAccount, createDeal, uniqueTag } from '../factories/deal.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { ageAsset, verifiedDaysAgo } from '../factories/verification.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const VERIFICATION = graphql(`
  query VerificationOfAsset($id: ID!) {
    asset(id: $id) {
      id
      publishedAt
      verifiedAt
      reviewDueAt
      outOfDate
      daysOverdue
      archiveProposed
      openDealCount
      verifier {
        id
      }
      verifiedBy {
        id
      }
      viewerCan {
        verify
      }
    }
  }
`);

const VERIFY = graphql(`
  mutation VerificationVerify($id: ID!) {
    verifyAsset(id: $id) {
      id
      verifiedAt
      reviewDueAt
      outOfDate
      verifiedBy {
        id
      }
    }
  }
`);

const SET_VERIFIER = graphql(`
  mutation VerificationSetVerifier($assetId: ID!, $userId: ID!) {
    setAssetVerifier(assetId: $assetId, userId: $userId) {
      id
      verifier {
        id
      }
    }
  }
`);

const INTERVALS = graphql(`
  query VerificationIntervals {
    reviewIntervals {
      kind
      days
      isDefault
    }
  }
`);

const SET_INTERVAL = graphql(`
  mutation VerificationSetInterval($input: SetReviewIntervalInput!) {
    setReviewInterval(input: $input) {
      kind
      days
      isDefault
    }
  }
`);

const QUEUE = graphql(`
  query VerificationQueue {
    reviewQueue {
      id
      title
      daysOverdue
      openDealCount
      archiveProposed
      verifier {
        id
      }
      stats {
        reuseCount
      }
      viewerCan {
        archive
      }
    }
  }
`);

const ARCHIVE = graphql(`
  mutation VerificationArchive($id: ID!) {
    archiveAsset(id: $id) {
      id
      status
    }
  }
`);

const SUGGESTIONS = graphql(`
  query VerificationSuggestions($id: ID!) {
    dealSuggestions(dealId: $id, first: 10) {
      asset {
        id
        outOfDate
      }
      score
      reasons
      breakdown {
        freshness
        outOfDate
      }
    }
  }
`);

const NOTIFICATIONS = graphql(`
  query VerificationNotifications {
    notifications(first: 100) {
      kind
      text
      path
    }
  }
`);

const NOTIFICATION_ADDED = graphql(`
  subscription VerificationNotificationAdded {
    notificationAdded {
      kind
      path
    }
  }
`);

const DAY = 24 * 3600 * 1000;

type SignedIn = Awaited<ReturnType<typeof signedIn>>;

const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('verification and freshness', () => {
  let app: TestApp;
  let admin: SignedIn;
  let enablement: SignedIn;
  let author: SignedIn;
  let member: SignedIn;
  let reuser: SignedIn;
  let tag: string;

  const make = async (name: string, input: Record<string, unknown> = {}, who: SignedIn = author) =>
    (await createAsset(app, who.token, { title: `${name} ${tag}`, ...input })).id;
  const state = async (id: string, who: SignedIn = author) => ok(await app.gql(VERIFICATION, { id }, who.token)).asset!;
  const queue = async (who: SignedIn = enablement) => ok(await app.gql(QUEUE, {}, who.token)).reviewQueue;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signedIn(app, Role.ADMIN);
    enablement = await signedIn(app, Role.ENABLEMENT);
    const team = (await createTeam(app)).id;
    author = await signedIn(app, Role.MEMBER, team);
    member = await signedIn(app, Role.MEMBER, team);
    reuser = await signedIn(app, Role.MEMBER);
    tag = uniqueTag();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('gives a published asset its lead author as verifier and a review due 90 days after publication', async () => {
    const id = await make('Fresh');
    const a = await state(id);
    expect(a.verifier?.id).toBe(author.user.id);
    expect(a.verifiedAt).toBeNull();
    expect(new Date(a.reviewDueAt!).getTime() - new Date(a.publishedAt!).getTime()).toBe(90 * DAY);
    expect(a).toMatchObject({ outOfDate: false, daysOverdue: 0, archiveProposed: false, viewerCan: { verify: true } });
    const intervals = ok(await app.gql(INTERVALS, {}, member.token)).reviewIntervals;
    expect(intervals.find((i) => i.kind === 'BEST_PRACTICE')).toEqual({
      kind: 'BEST_PRACTICE',
      days: 90,
      isDefault: true,
    });
    // A draft is not reviewed.
    const draft = (await createAsset(app, author.token, { title: `Draft ${tag}` }, { publish: false })).id;
    expect(await state(draft)).toMatchObject({ reviewDueAt: null, outOfDate: false, viewerCan: { verify: false } });
  });

  it('lets an admin set the interval of one kind, which moves that kind’s due dates at once', async () => {
    const clientFacing = await make('Client deck', { kind: 'CLIENT_FACING' });
    const bestPractice = await make('Best practice');
    await ageAsset(app, clientFacing, 40);
    await ageAsset(app, bestPractice, 40);
    expect((await state(clientFacing)).outOfDate).toBe(false);
    try {
      const set = ok(await app.gql(SET_INTERVAL, { input: { kind: 'CLIENT_FACING', days: 30 } }, admin.token));
      expect(set.setReviewInterval).toEqual({ kind: 'CLIENT_FACING', days: 30, isDefault: false });
      expect(await state(clientFacing)).toMatchObject({ outOfDate: true, daysOverdue: 10 });
      expect((await state(bestPractice)).outOfDate).toBe(false);
      // Enablement and members may not change it; nonsense is refused with a typed error.
      for (const who of [enablement, member]) {
        expect(errorCode(await app.gql(SET_INTERVAL, { input: { kind: 'CLIENT_FACING', days: 5 } }, who.token))).toBe(
          'FORBIDDEN',
        );
      }
      for (const days of [0, -1, 731]) {
        expect(errorCode(await app.gql(SET_INTERVAL, { input: { kind: 'CLIENT_FACING', days } }, admin.token))).toBe(
          'BAD_USER_INPUT',
        );
      }
      const badKind = await app.gql(SET_INTERVAL as never, { input: { kind: 'NOPE', days: 5 } }, admin.token);
      expect(badKind.status).toBeLessThan(500);
      expect(badKind.errors?.length).toBeGreaterThan(0);
    } finally {
      await app.gql(SET_INTERVAL, { input: { kind: 'CLIENT_FACING', days: 90 } }, admin.token);
    }
    expect((await state(clientFacing)).outOfDate).toBe(false);
  });

  it('lets the verifier and enablement verify, recording who and when, starting the interval again, for no credit', async () => {
    const id = await make('Overdue');
    await ageAsset(app, id, 100);
    expect(await state(id)).toMatchObject({ outOfDate: true, daysOverdue: 10 });
    const creditBefore = await creditOf(app, { id: author.user.id, token: author.token });

    const byAuthor = ok(await app.gql(VERIFY, { id }, author.token)).verifyAsset;
    expect(byAuthor.outOfDate).toBe(false);
    expect(byAuthor.verifiedBy?.id).toBe(author.user.id);
    expect(Math.abs(new Date(byAuthor.verifiedAt!).getTime() - Date.now())).toBeLessThan(60_000);
    expect(new Date(byAuthor.reviewDueAt!).getTime() - new Date(byAuthor.verifiedAt!).getTime()).toBe(90 * DAY);

    const byEnablement = ok(await app.gql(VERIFY, { id }, enablement.token)).verifyAsset;
    expect(byEnablement.verifiedBy?.id).toBe(enablement.user.id);
    const history = await app.byline.app
      .get(DataSource)
      .query<{ verified_by: string }[]>(
        'SELECT verified_by FROM asset_verifications WHERE asset_id = $1 ORDER BY verified_at',
        [id],
      );
    expect(history.map((h) => h.verified_by)).toEqual([author.user.id, enablement.user.id]);
    // Verifying again and again earns nobody anything.
    expect(await creditOf(app, { id: author.user.id, token: author.token })).toBe(creditBefore);
    expect(await creditOf(app, { id: enablement.user.id, token: enablement.token })).toBe(0);
  });

  it('refuses others: a member is FORBIDDEN, an asset they may not see NOT_FOUND, a draft and a bad id bad input', async () => {
    const id = await make('Someone else’s');
    expect((await state(id, member)).viewerCan.verify).toBe(false);
    expect(errorCode(await app.gql(VERIFY, { id }, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(VERIFY, { id }))).toBe('UNAUTHENTICATED');
    const secret = await make('Private', { visibility: 'PRIVATE' });
    expect(errorCode(await app.gql(VERIFY, { id: secret }, enablement.token))).toBe('NOT_FOUND');
    const draft = (await createAsset(app, author.token, { title: `Draft ${tag}` }, { publish: false })).id;
    expect(errorCode(await app.gql(VERIFY, { id: draft }, author.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(VERIFY, { id: 'not-an-id' }, author.token))).toBe('BAD_USER_INPUT');
    // Members may not read the queue or name verifiers.
    expect(errorCode(await app.gql(QUEUE, {}, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SET_VERIFIER, { assetId: id, userId: member.user.id }, member.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('lets enablement name another verifier, who then may verify while the lead author may not', async () => {
    const id = await make('Handed over');
    const set = ok(await app.gql(SET_VERIFIER, { assetId: id, userId: member.user.id }, enablement.token));
    expect(set.setAssetVerifier.verifier?.id).toBe(member.user.id);
    expect(ok(await app.gql(VERIFY, { id }, member.token)).verifyAsset.verifiedBy?.id).toBe(member.user.id);
    expect(errorCode(await app.gql(VERIFY, { id }, author.token))).toBe('FORBIDDEN');
    // Someone who may not see the asset cannot verify it.
    const teamOnly = await make('Team only', { visibility: 'TEAM' });
    expect(errorCode(await app.gql(SET_VERIFIER, { assetId: teamOnly, userId: reuser.user.id }, admin.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await app.gql(SET_VERIFIER, { assetId: id, userId: '00000000-0000-0000-0000-00000000dead' }, admin.token),
      ),
    ).toBe('NOT_FOUND');
  });

  it('orders the review queue by risk: open deals first, then reuse; fresh assets are not in it', async () => {
    const [inTwoDeals, inOneDeal, reused, unused, fresh] = await Promise.all(
      ['Two deals', 'One deal', 'Reused', 'Unused', 'Fresh in queue test'].map((n) => make(n)),
    );
    for (const id of [inTwoDeals, inOneDeal, reused, unused]) await ageAsset(app, id, 120);
    const [d1, d2, closed] = [
      await createDeal(app),
      await createDeal(app),
      await createDeal(app, { outcome: 'WON', closedAt: new Date() }),
    ];
    await reuse(app, reuser.token, inTwoDeals, 'USED_IN_DEAL', { dealId: d1.id });
    await reuse(app, reuser.token, inTwoDeals, 'USED_IN_DEAL', { dealId: d2.id });
    await reuse(app, reuser.token, inOneDeal, 'USED_IN_DEAL', { dealId: d1.id });
    // A closed deal is no risk, however many reuses.
    await reuse(app, reuser.token, reused, 'USED_IN_DEAL', { dealId: closed.id });
    for (let i = 0; i < 4; i++) await reuse(app, reuser.token, reused, 'COPY');
    for (let i = 0; i < 6; i++) await reuse(app, reuser.token, inOneDeal, 'COPY');

    const rows = await queue();
    const mine = rows.filter((r) => [inTwoDeals, inOneDeal, reused, unused, fresh].includes(r.id));
    expect(mine.map((r) => r.id)).toEqual([inTwoDeals, inOneDeal, reused, unused]);
    const [two, one, re, un] = mine;
    expect(two).toMatchObject({ openDealCount: 2, daysOverdue: 30, verifier: { id: author.user.id } });
    expect(one).toMatchObject({ openDealCount: 1 });
    expect(one.stats.reuseCount).toBeGreaterThan(re.stats.reuseCount);
    expect(re).toMatchObject({ openDealCount: 0 });
    expect(re.stats.reuseCount).toBeGreaterThan(un.stats.reuseCount);
    // The queue's order follows risk, not the oldest due date first.
    expect(rows.indexOf(two)).toBeLessThan(rows.indexOf(un));
    expect(ok(await app.gql(QUEUE, {}, admin.token)).reviewQueue.map((r) => r.id)).toEqual(
      expect.arrayContaining([inTwoDeals, unused]),
    );
  });

  it('proposes for archive what is unused and overdue by two intervals, and archiving takes it out of the queue', async () => {
    const [stale, usedStale, once] = await Promise.all(['Stale', 'Used stale', 'Overdue once'].map((n) => make(n)));
    await ageAsset(app, stale, 181);
    await ageAsset(app, usedStale, 181);
    await ageAsset(app, once, 120);
    await reuse(app, reuser.token, usedStale, 'COPY');
    const rows = await queue();
    const find = (id: string) => rows.find((r) => r.id === id)!;
    expect(find(stale)).toMatchObject({ archiveProposed: true, daysOverdue: 91 });
    expect(find(usedStale).archiveProposed).toBe(false);
    expect(find(once).archiveProposed).toBe(false);
    // Enablement sees the proposal and may archive the published asset; a member who is not its author may not.
    expect(find(stale).viewerCan.archive).toBe(true);
    expect(errorCode(await app.gql(ARCHIVE, { id: stale }, member.token))).toBe('FORBIDDEN');
    expect(ok(await app.gql(ARCHIVE, { id: stale }, enablement.token)).archiveAsset.status).toBe('ARCHIVED');
    expect((await queue()).map((r) => r.id)).not.toContain(stale);
  });

  it('ranks an overdue asset below an otherwise equal fresh one in suggestions', async () => {
    const industry = `Freshness ${tag}`;
    await ensureTaxonomy(app, { [TaxonomyKind.INDUSTRY]: [industry] });
    const account = await createAccount(app, `Account ${tag}`, industry.toLowerCase());
    const deal = await createDeal(app);
    await app.byline.app.get(DataSource).query('UPDATE deals SET account_id = $2 WHERE id = $1', [deal.id, account.id]);
    const overdue = await make('Suggest overdue', { industries: [industry] });
    const fresh = await make('Suggest fresh', { industries: [industry] });
    // Last verified 100 days ago: overdue, though published as recently as the fresh one.
    await verifiedDaysAgo(app, overdue, author.user.id, 100);
    const list = ok(await app.gql(SUGGESTIONS, { id: deal.id }, member.token)).dealSuggestions;
    const ids = list.map((s) => s.asset.id);
    expect(ids.indexOf(fresh)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(fresh)).toBeLessThan(ids.indexOf(overdue));
    const o = list.find((s) => s.asset.id === overdue)!;
    const f = list.find((s) => s.asset.id === fresh)!;
    expect(o.asset.outOfDate).toBe(true);
    expect(o.breakdown).toEqual({ freshness: 0, outOfDate: -0.02 });
    expect(o.reasons).toContain('May be out of date: its review is overdue');
    expect(f.breakdown.outOfDate).toBe(0);
    expect(f.score - o.score).toBeCloseTo(0.02 + f.breakdown.freshness, 3);
  });

  it('tells the verifier once per due date, however often and from however many runs the daily job goes', async () => {
    const id = await make('Reminder');
    await ageAsset(app, id, 95);
    const reminders = app.byline.app.get(ReviewReminderService);
    // The verifier, signed in, hears of it live.
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${author.token}` },
    });
    const live = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no live reminder in time')), 5000);
      client.subscribe<{ notificationAdded: { kind: string; path: string | null } }>(
        { query: print(NOTIFICATION_ADDED) },
        {
          next: (msg) => {
            const n = msg.data?.notificationAdded;
            if (n?.kind === 'REVIEW_DUE' && n.path === `/assets/${id}`) {
              clearTimeout(timer);
              resolve(n.kind);
            }
          },
          error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    const now = new Date();
    try {
      await Promise.all([reminders.run(now), reminders.run(now)]);
      await expect(live).resolves.toBe('REVIEW_DUE');
    } finally {
      void client.dispose();
    }
    await reminders.run(now);
    const mine = async () =>
      ok(await app.gql(NOTIFICATIONS, {}, author.token)).notifications.filter(
        (n) => n.kind === 'REVIEW_DUE' && n.path === `/assets/${id}`,
      );
    expect(await mine()).toHaveLength(1);
    expect((await mine())[0].text).toContain(`Reminder ${tag}`);
    // Nobody else hears of it; verifying and falling due again brings a new reminder.
    expect(
      ok(await app.gql(NOTIFICATIONS, {}, member.token)).notifications.filter((n) => n.path === `/assets/${id}`),
    ).toHaveLength(0);
    ok(await app.gql(VERIFY, { id }, author.token));
    await ageAsset(app, id, 91);
    await reminders.run(new Date());
    expect(await mine()).toHaveLength(2);
  });
});
