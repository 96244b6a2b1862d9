import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { deliverDeal, uniqueTag } from '../factories/deal.factory.js';
import { createTeam, person, signedIn } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { CreateShareLinkInput } from '../generated/graphql.js';
import { buildPdf } from '../support/file-builders.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const SECRET = 'crm-webhook-secret-for-the-share-tests';
const PAGE_LIMIT = 20;
const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

const CREATE = graphql(`
  mutation ShareCreate($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      id
      url
      expiresAt
    }
  }
`);
const REVOKE = graphql(`
  mutation ShareRevoke($id: ID!) {
    revokeShareLink(id: $id) {
      id
      url
      revokedAt
    }
  }
`);
const LINKS = graphql(`
  query ShareLinks($assetId: ID, $dealId: ID) {
    shareLinks(assetId: $assetId, dealId: $dealId) {
      id
      url
      opens
      firstViewedAt
      totalSeconds
      asset {
        id
      }
      deal {
        id
      }
      sessions {
        durationSeconds
        pagesViewed
        device
        email
        pageSeconds {
          page
          seconds
        }
      }
    }
  }
`);
const NOTIFICATIONS = graphql(`
  query ShareNotifications {
    notifications(first: 10, unreadOnly: true) {
      kind
      text
    }
  }
`);
const NOTIFICATION_ADDED = graphql(`
  subscription ShareNotificationAdded {
    notificationAdded {
      kind
      text
    }
  }
`);
const MARK_READ = graphql(`
  mutation ShareMarkRead {
    markNotificationsRead(ids: null)
  }
`);
const SET_KINDS = graphql(`
  mutation ShareSetKinds($kinds: [AssetKind!]!) {
    setClientSafeKinds(kinds: $kinds)
  }
`);
const STATEMENT = graphql(`
  query ShareStatement($userId: ID!) {
    creditEntries(userId: $userId, first: 100) {
      sum
      edges {
        node {
          points
          reason
          evidence
          asset {
            id
          }
        }
      }
    }
  }
`);
const INFLUENCE = graphql(`
  query ShareInfluence($ownerId: ID!) {
    contentInfluence(filter: { ownerId: $ownerId }, minClosedDeals: 1) {
      asset {
        id
      }
      dealsUsedIn
      won
    }
  }
`);

describe('share links', () => {
  let app: TestApp;
  let db: DataSource;
  let author: SignedIn;
  let sharer: SignedIn;
  let addresses = 0;
  /** A client address of a test's own (the app trusts X-Forwarded-For), so limits and the creator's address stay apart. */
  const address = () => `198.51.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;

  beforeAll(async () => {
    const trusted = process.env.BYLINE_TRUST_PROXY;
    process.env.BYLINE_TRUST_PROXY = '1';
    app = await startTestApp({ BYLINE_WEBHOOK_SECRET: SECRET, BYLINE_SHARE_PAGE_RATE_PER_IP: String(PAGE_LIMIT) });
    if (trusted === undefined) delete process.env.BYLINE_TRUST_PROXY;
    else process.env.BYLINE_TRUST_PROXY = trusted;
    db = app.byline.app.get(DataSource);
  });
  afterAll(() => app.close());
  // People of each test's own, so the daily cap on credit between two people never decides a test.
  beforeEach(async () => {
    author = await person(app);
    sharer = await person(app);
  });

  const clientSafe = (token = author.token, input: Record<string, unknown> = {}) =>
    createAsset(app, token, { kind: 'CLIENT_FACING', summary: 'What the platform does for you.', ...input });
  const share = async (assetId: string, input: Partial<CreateShareLinkInput> = {}, token = sharer.token) => {
    const res = await app.gql(CREATE, { input: { assetId, clientEventId: randomUUID(), ...input } }, token);
    if (!res.data) throw new Error(`createShareLink failed: ${JSON.stringify(res.errors)}`);
    const link = res.data.createShareLink;
    return { ...link, token: link.url.split('/s/')[1] };
  };
  const open = (token: string, init: { ip?: string; headers?: Record<string, string>; method?: string } = {}) =>
    fetch(`${app.url}/s/${token}`, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { 'user-agent': PHONE, 'x-forwarded-for': init.ip ?? address(), ...init.headers },
    });
  const beacon = (token: string, body: unknown, init: { ip?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${app.url}/s/${token}/beacon`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': PHONE,
        'x-forwarded-for': init.ip ?? address(),
        ...init.headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const viewer = () => randomBytes(12).toString('base64url');
  const linkOf = async (assetId: string, id: string, token = sharer.token) =>
    (await app.gql(LINKS, { assetId }, token)).data?.shareLinks.find((l) => l.id === id);
  const sessionRows = (linkId: string) =>
    db.query<{ viewer_key: string; visible_seconds: number; page_seconds: Record<string, number> }[]>(
      'SELECT viewer_key, visible_seconds, page_seconds FROM share_sessions WHERE share_link_id = $1 ORDER BY started_at',
      [linkId],
    );
  const statement = async (who: SignedIn) => (await app.gql(STATEMENT, { userId: who.id }, who.token)).data!;
  const creditOf = async (who: SignedIn) => (await statement(who)).creditEntries.sum;
  /** The next notification `who` is told live, once subscribed (`ready`). */
  const nextNotification = (who: SignedIn) => {
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${who.token}` },
    });
    let subscribed: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (subscribed = resolve));
    const told = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no notification in time')), 5000);
      client.on('connected', () => setTimeout(subscribed, 100));
      client.subscribe(
        { query: print(NOTIFICATION_ADDED) },
        {
          next: (message) => {
            clearTimeout(timer);
            resolve(message.data?.notificationAdded);
          },
          error: reject,
          complete: () => undefined,
        },
      );
    }).finally(() => void client.dispose());
    return { ready, told };
  };

  it('a first counted buyer session tops the authors up from 4 to 10, with the view as evidence, and tells the sharer', async () => {
    const asset = await clientSafe();
    const before = await creditOf(author);
    const link = await share(asset.id, { recipientName: 'Dana Buyer' });
    expect(link.url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
    expect(await creditOf(author)).toBe(before + 4);

    const page = await open(link.token);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<h1>${asset.title}</h1>`);
    expect(html).toContain(`Shared with you by ${sharer.name} · Dana Buyer`);
    expect(html).toContain(`<script type="application/json" id="share-config">{"beacon":"/s/${link.token}/beacon"}`);
    expect(html).not.toContain(author.email);
    expect(html).not.toContain(asset.id);

    const live = nextNotification(sharer);
    await live.ready;
    // 3 s visible is not a view yet; the credit waits for one.
    const tab = viewer();
    expect((await beacon(link.token, { viewer: tab, visibleSeconds: 3, pages: {}, page: null })).status).toBe(204);
    expect((await linkOf(asset.id, link.id))?.sessions).toEqual([]);
    expect(await creditOf(author)).toBe(before + 4);
    // sendBeacon's text/plain body counts like JSON.
    const plain = await beacon(link.token, JSON.stringify({ viewer: tab, visibleSeconds: 3, pages: {}, page: null }), {
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    expect(plain.status).toBe(204);

    const read = await linkOf(asset.id, link.id);
    expect(read).toMatchObject({ opens: 1, totalSeconds: 6, url: expect.stringMatching(/\/s\/•+$/) });
    expect(read?.firstViewedAt).not.toBeNull();
    expect(read?.sessions).toEqual([
      { durationSeconds: 6, pagesViewed: 0, device: 'phone', email: null, pageSeconds: [] },
    ]);
    expect(await creditOf(author)).toBe(before + 10);
    const topUp = (await statement(author)).creditEntries.edges.map((e) => e.node).find((n) => n.points === 6);
    expect(topUp).toMatchObject({ reason: 'SHARE_LINK_VIEWED', asset: { id: asset.id } });
    expect(topUp?.evidence).toEqual(expect.any(String));
    expect((await app.gql(NOTIFICATIONS, {}, sharer.token)).data?.notifications[0]).toEqual({
      kind: 'SHARE_OPENED',
      text: `Dana Buyer opened ${asset.title}`,
    });
    expect(await live.told).toEqual({ kind: 'SHARE_OPENED', text: `Dana Buyer opened ${asset.title}` });
    expect((await app.gql(MARK_READ, {}, sharer.token)).data?.markNotificationsRead).toBe(1);
    expect((await app.gql(NOTIFICATIONS, {}, sharer.token)).data?.notifications).toEqual([]);

    // Later sessions are analytics only.
    expect((await beacon(link.token, { viewer: viewer(), visibleSeconds: 5, pages: {}, page: null })).status).toBe(204);
    expect((await linkOf(asset.id, link.id))?.sessions).toHaveLength(2);
    expect(await creditOf(author)).toBe(before + 10);
    // The asset's author sees the link's sessions too; someone else does not see the link.
    expect((await linkOf(asset.id, link.id, author.token))?.sessions).toHaveLength(2);
    const stranger = await person(app);
    expect(await linkOf(asset.id, link.id, stranger.token)).toBeUndefined();
  });

  it('link previews, scanners, prefetches and HEAD requests record nothing', async () => {
    const asset = await clientSafe();
    const link = await share(asset.id);
    const automated = [
      open(link.token, { headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' } }),
      open(link.token, {
        headers: { 'user-agent': 'Mozilla/5.0 (compatible; Barracuda Sentinel; +http://www.barracuda.com)' },
      }),
      open(link.token, { headers: { 'user-agent': DESKTOP, 'sec-purpose': 'prefetch' } }),
      open(link.token, { headers: { 'user-agent': DESKTOP, purpose: 'prefetch' } }),
      open(link.token, { headers: { 'user-agent': DESKTOP, 'x-moz': 'prefetch' } }),
    ];
    for (const res of await Promise.all(automated)) expect(res.status).toBe(200);
    const head = await open(link.token, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const bot = await beacon(
      link.token,
      { viewer: viewer(), visibleSeconds: 30, pages: { 1: 10, 2: 10 }, page: 2 },
      {
        headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
      },
    );
    expect(bot.status).toBe(204);
    expect(await linkOf(asset.id, link.id)).toMatchObject({ opens: 0, firstViewedAt: null, sessions: [] });
    expect(await sessionRows(link.id)).toEqual([]);
  });

  it("the sharer's own browser and the address the link was made from never count", async () => {
    const asset = await clientSafe();
    const before = await creditOf(author);
    const link = await share(asset.id);
    const signedInBrowser = { cookie: `byline_session=${sharer.token}`, 'user-agent': DESKTOP };
    expect((await open(link.token, { headers: signedInBrowser })).status).toBe(200);
    const own = { viewer: viewer(), visibleSeconds: 60, pages: { 1: 30, 2: 30 }, page: 2 };
    expect((await beacon(link.token, own, { headers: signedInBrowser })).status).toBe(204);
    // Without X-Forwarded-For the request comes from 127.0.0.1, where createShareLink was called from.
    const fromCreator = await fetch(`${app.url}/s/${link.token}/beacon`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': DESKTOP },
      body: JSON.stringify({ ...own, viewer: viewer() }),
    });
    expect(fromCreator.status).toBe(204);
    expect(await linkOf(asset.id, link.id)).toMatchObject({ opens: 0, firstViewedAt: null });
    expect(await sessionRows(link.id)).toEqual([]);
    expect(await creditOf(author)).toBe(before + 4);
  });

  it('a beacon adds at most the wall time since the previous one plus 5 s, and 10 idle minutes start a new session', async () => {
    const asset = await clientSafe();
    const link = await share(asset.id);
    const tab = viewer();
    const ip = address();
    await beacon(link.token, { viewer: tab, visibleSeconds: 120, pages: { 1: 120, 2: 120 }, page: 2 }, { ip });
    await beacon(link.token, { viewer: tab, visibleSeconds: 120, pages: { 3: 120 }, page: 3 }, { ip });
    const [session] = await sessionRows(link.id);
    expect(session.visible_seconds).toBeGreaterThanOrEqual(5);
    expect(session.visible_seconds).toBeLessThanOrEqual(12);
    const pageTotal = Object.values(session.page_seconds).reduce((a, b) => a + b, 0);
    expect(pageTotal).toBeLessThanOrEqual(session.visible_seconds + 0.5);
    expect(Object.keys(session.page_seconds).sort()).toEqual(['1', '2', '3']);

    await db.query(
      `UPDATE share_sessions SET last_activity_at = now() - interval '11 minutes', started_at = now() - interval '12 minutes'
        WHERE share_link_id = $1`,
      [link.id],
    );
    await beacon(link.token, { viewer: tab, visibleSeconds: 2, pages: {}, page: null }, { ip });
    const sessions = await sessionRows(link.id);
    expect(sessions.map((s) => [s.viewer_key, s.visible_seconds])).toEqual([
      [tab, session.visible_seconds],
      [tab, 2],
    ]);
    for (const bad of ['not json', { viewer: 'short', visibleSeconds: 1 }, { viewer: tab, visibleSeconds: 500 }]) {
      const res = await beacon(link.token, bad, { ip });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ statusCode: 400, message: expect.any(String) });
    }
  });

  it('unknown, revoked and expired links all answer the same 410 and record nothing', async () => {
    const asset = await clientSafe();
    const revoked = await share(asset.id);
    const expired = await share(asset.id);
    expect((await app.gql(REVOKE, { id: revoked.id }, (await person(app)).token)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const first = await app.gql(REVOKE, { id: revoked.id }, sharer.token);
    expect(first.data?.revokeShareLink.revokedAt).toBeTruthy();
    const again = await app.gql(REVOKE, { id: revoked.id }, sharer.token);
    expect(again.data?.revokeShareLink.revokedAt).toBe(first.data?.revokeShareLink.revokedAt);
    await db.query(`UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);

    const tokens = [revoked.token, expired.token, randomBytes(32).toString('base64url'), 'x', 'y'.repeat(500)];
    const answers = await Promise.all(tokens.map((t) => open(t)));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    for (const res of answers) {
      expect(res.status).toBe(410);
      expect([
        res.headers.get('content-type'),
        res.headers.get('x-robots-tag'),
        res.headers.get('cache-control'),
      ]).toEqual(['text/html; charset=utf-8', 'noindex, nofollow', 'private, no-store']);
    }
    expect(new Set(bodies).size).toBe(1);
    for (const t of tokens) {
      expect((await beacon(t, { viewer: viewer(), visibleSeconds: 10, pages: {}, page: null })).status).toBe(410);
    }
    for (const l of [revoked, expired]) {
      expect(await linkOf(asset.id, l.id)).toMatchObject({ opens: 0, firstViewedAt: null });
      expect(await sessionRows(l.id)).toEqual([]);
    }
  });

  it('shares only published, client-safe assets the sharer may see, and only for deals they work on', async () => {
    const shareable = await clientSafe();
    const unpublished = await createAsset(app, author.token, { kind: 'CLIENT_FACING' }, { publish: false });
    const internal = await createAsset(app, author.token, { kind: 'BEST_PRACTICE' });
    const hidden = await createAsset(app, author.token, { kind: 'CLIENT_FACING', visibility: 'PRIVATE' });
    const template = await createAsset(app, author.token, {
      kind: 'CLIENT_FACING',
      isTemplate: true,
      body: 'Dear {{account.name}} team,',
    });
    const attempt = (input: Partial<CreateShareLinkInput> & { assetId: string }) =>
      app.gql(CREATE, { input: { clientEventId: randomUUID(), ...input } }, sharer.token);
    const field = (res: Awaited<ReturnType<typeof attempt>>) => [errorCode(res), res.errors?.[0].extensions?.field];
    // A draft is its authors' alone: to them it is not shareable yet, to others it does not exist.
    const byAuthor = await app.gql(
      CREATE,
      { input: { assetId: unpublished.id, clientEventId: randomUUID() } },
      author.token,
    );
    expect(field(byAuthor)).toEqual(['BAD_USER_INPUT', 'assetId']);
    expect(errorCode(await attempt({ assetId: unpublished.id }))).toBe('NOT_FOUND');
    expect(field(await attempt({ assetId: internal.id }))).toEqual(['BAD_USER_INPUT', 'assetId']);
    expect(errorCode(await attempt({ assetId: hidden.id }))).toBe('NOT_FOUND');
    // Its buyer would read the placeholders: a template is shared as a copy personalised for the deal.
    expect(field(await attempt({ assetId: template.id }))).toEqual(['BAD_USER_INPUT', 'assetId']);
    expect(errorCode(await attempt({ assetId: randomUUID() }))).toBe('NOT_FOUND');
    const later = new Date(Date.now() + 366 * 86_400_000).toISOString();
    expect(field(await attempt({ assetId: shareable.id, expiresAt: later }))).toEqual(['BAD_USER_INPUT', 'expiresAt']);
    const past = new Date(Date.now() - 1000).toISOString();
    expect(field(await attempt({ assetId: shareable.id, expiresAt: past }))).toEqual(['BAD_USER_INPUT', 'expiresAt']);
    expect(field(await attempt({ assetId: shareable.id, recipientEmail: 'not an email' }))).toEqual([
      'BAD_USER_INPUT',
      'recipientEmail',
    ]);
    const others = await deliverDeal(app, SECRET, {
      externalId: `SHARE-${uniqueTag()}`,
      owner: author.email,
      stage: 'Engaging',
    });
    expect(errorCode(await attempt({ assetId: shareable.id, dealId: others.body.id }))).toBe('NOT_FOUND');
    // A manager of the deal's team works on it too; another member of the team does not.
    const manager = await person(app);
    const team = await createTeam(app, undefined, [manager.id]);
    const teamOwner = await person(app, { teamId: team.id });
    const teammate = await person(app, { teamId: team.id });
    const teamDeal = await deliverDeal(app, SECRET, {
      externalId: `SHARE-${uniqueTag()}`,
      owner: teamOwner.email,
      stage: 'Engaging',
    });
    const byManager = await app.gql(
      CREATE,
      { input: { assetId: shareable.id, dealId: teamDeal.body.id, clientEventId: randomUUID() } },
      manager.token,
    );
    expect(errorCode(byManager)).toBeUndefined();
    expect(byManager.data?.createShareLink.id).toBeTruthy();
    const byTeammate = await app.gql(
      CREATE,
      { input: { assetId: shareable.id, dealId: teamDeal.body.id, clientEventId: randomUUID() } },
      teammate.token,
    );
    expect(errorCode(byTeammate)).toBe('NOT_FOUND');

    // An admin may make more kinds client-safe.
    const admin = (await signedIn(app, Role.ADMIN)).token;
    expect(errorCode(await app.gql(SET_KINDS, { kinds: ['BEST_PRACTICE'] }, sharer.token))).toBe('FORBIDDEN');
    try {
      expect((await app.gql(SET_KINDS, { kinds: ['CLIENT_FACING', 'BEST_PRACTICE'] }, admin)).data).toBeTruthy();
      expect(errorCode(await attempt({ assetId: internal.id }))).toBeUndefined();
    } finally {
      await app.gql(SET_KINDS, { kinds: ['CLIENT_FACING'] }, admin);
    }
  });

  it('a retry with the same clientEventId returns the same link without a second reuse; another share under it is a CONFLICT', async () => {
    const asset = await clientSafe();
    const before = await creditOf(author);
    const input = { assetId: asset.id, clientEventId: randomUUID(), recipientName: 'Lee' };
    const tries = await Promise.all([1, 2, 3].map(() => app.gql(CREATE, { input }, sharer.token)));
    const ids = new Set(tries.map((t) => t.data?.createShareLink.id));
    expect(ids.size).toBe(1);
    expect(tries.filter((t) => /\/s\/[A-Za-z0-9_-]{43}$/.test(t.data!.createShareLink.url))).toHaveLength(1);
    expect(await creditOf(author)).toBe(before + 4);
    const [{ count }] = await db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM reuse_events WHERE asset_id = $1 AND kind = 'SHARE_WITH_CUSTOMER'`,
      [asset.id],
    );
    expect(count).toBe(1);
    const other = await app.gql(CREATE, { input: { ...input, recipientName: 'Someone else' } }, sharer.token);
    expect(errorCode(other)).toBe('CONFLICT');
  });

  it('many buyers counted at once top the credit up once', async () => {
    const [writer, seller] = [author, sharer];
    const asset = await clientSafe(writer.token);
    const before = await creditOf(writer);
    const link = await share(asset.id, {}, seller.token);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        beacon(link.token, { viewer: viewer(), visibleSeconds: 5, pages: {}, page: null }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(204));
    expect((await linkOf(asset.id, link.id, seller.token))?.sessions).toHaveLength(8);
    expect(await creditOf(writer)).toBe(before + 10);
    const [{ count }] = await db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM credit_events WHERE type = 'SHARE_VIEWED' AND asset_id = $1`,
      [asset.id],
    );
    expect(count).toBe(1);
  });

  it('over the limit the page answers 429 before it records anything', async () => {
    const asset = await clientSafe();
    const link = await share(asset.id);
    const ip = address();
    const statuses: number[] = [];
    for (let i = 0; i < PAGE_LIMIT + 3; i++) statuses.push((await open(link.token, { ip })).status);
    expect(statuses).toEqual([...Array<number>(PAGE_LIMIT).fill(200), 429, 429, 429]);
    const limited = await open(link.token, { ip });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await linkOf(asset.id, link.id))?.opens).toBe(PAGE_LIMIT);
    // Another address is not held back.
    expect((await open(link.token)).status).toBe(200);
  });

  it('the email gate asks first and keeps the email with the session; files open in the page', async () => {
    const asset = await clientSafe();
    const PDF = await buildPdf({ title: 'Pricing', pages: [{ text: 'Tiers and discounts' }] });
    const form = new FormData();
    form.append('file', new Blob([PDF]), 'Pricing.pdf');
    const uploaded = await fetch(`${app.url}/assets/${asset.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${author.token}` },
      body: form,
    });
    const file = (await uploaded.json()) as { id: string };
    const link = await share(asset.id, { requireEmail: true });
    const ip = address();
    const gate = await (await open(link.token, { ip })).text();
    expect(gate).toContain(`<form class="share-gate" method="post" action="/s/${link.token}/gate">`);
    expect(gate).not.toContain(asset.title);
    expect(gate).not.toContain('class="share-asset"');
    const submit = (email: string) =>
      fetch(`${app.url}/s/${link.token}/gate`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, 'user-agent': PHONE },
        body: new URLSearchParams({ email }).toString(),
      });
    const bad = await submit('nope');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('class="share-gate"');
    const good = await submit('Buyer@Example.com');
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe(`/s/${link.token}`);
    const cookie = good.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const gateCookie = cookie.split(';')[0];

    const page = await (await open(link.token, { ip, headers: { cookie: gateCookie } })).text();
    expect(page).toContain(
      `<figure class="share-pdf" data-src="/s/${link.token}/files/${file.id}" data-name="Pricing.pdf">`,
    );
    const inline = await fetch(`${app.url}/s/${link.token}/files/${file.id}`, { headers: { cookie: gateCookie } });
    expect([inline.status, inline.headers.get('content-type'), inline.headers.get('content-disposition')]).toEqual([
      200,
      'application/pdf',
      "inline; filename*=UTF-8''Pricing.pdf",
    ]);
    expect(Buffer.from(await inline.arrayBuffer()).equals(PDF)).toBe(true);
    const download = await fetch(`${app.url}/s/${link.token}/files/${file.id}?download=1`, {
      headers: { cookie: gateCookie },
    });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await fetch(`${app.url}/s/${link.token}/files/${file.id}`)).status).toBe(404);
    // A cookie made for another link does not pass this gate.
    const otherLink = await share(asset.id, { requireEmail: true });
    expect(await (await open(otherLink.token, { headers: { cookie: gateCookie } })).text()).toContain(
      'class="share-gate"',
    );

    const tab = viewer();
    await beacon(
      link.token,
      { viewer: tab, visibleSeconds: 5, pages: { 1: 5 }, page: 1 },
      { ip, headers: { cookie: gateCookie } },
    );
    expect((await linkOf(asset.id, link.id))?.sessions).toEqual([
      {
        durationSeconds: 5,
        pagesViewed: 1,
        device: 'phone',
        email: 'buyer@example.com',
        pageSeconds: [{ page: 1, seconds: 5 }],
      },
    ]);
  });

  it("a deal whose only content is a viewed share link pays its won pool to the asset's authors and counts in content influence", async () => {
    const owner = await person(app);
    const externalId = `SHARE-WON-${uniqueTag()}`;
    const day = new Date().toISOString().slice(0, 10);
    const deal = await deliverDeal(app, SECRET, { externalId, owner: owner.email, stage: 'Engaging', engagedAt: day });
    expect(deal.status).toBe(200);
    const asset = await clientSafe();
    const link = await share(asset.id, { dealId: deal.body.id }, owner.token);
    // Not yet viewed: not used in the deal.
    expect((await linkOf(asset.id, link.id, owner.token))?.deal).toEqual({ id: deal.body.id });
    await beacon(link.token, { viewer: viewer(), visibleSeconds: 5, pages: {}, page: null });
    const before = await creditOf(author);
    const won = await deliverDeal(
      app,
      SECRET,
      { externalId, stage: 'Won', closedAt: day, amount: 50000 },
      Math.floor(Date.now() / 1000) + 1,
    );
    expect(won.status).toBe(200);
    const pool = (await statement(author)).creditEntries.edges
      .map((e) => e.node)
      .filter((n) => n.reason === 'DEAL_WON');
    expect(pool.length).toBeGreaterThan(0);
    expect(await creditOf(author)).toBeGreaterThan(before);
    const influence = (await app.gql(INFLUENCE, { ownerId: owner.id }, author.token)).data?.contentInfluence;
    expect(influence).toEqual([{ asset: { id: asset.id }, dealsUsedIn: 1, won: 1 }]);
    // Share credit replays from the event log like any other.
    expect((await app.byline.app.get(CreditRebuildService).check()).firstDifference).toBeNull();
  });
});
