import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { NotificationDigestService } from '../../src/modules/notification/notification-digest.service.js';
import { NotificationService } from '../../src/modules/notification/notification.service.js';
import { createAsset } from '../factories/asset.factory.js';
import { reuse } from '../factories/credit.factory.js';
import { createUser, login } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { CentreNotificationAddedSubscription } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const NOTIFICATIONS = graphql(`
  query CentreNotifications($first: Int, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      id
      kind
      text
      path
      createdAt
      readAt
    }
  }
`);
const MARK_READ = graphql(`
  mutation CentreMarkRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
const SETTINGS = graphql(`
  query CentreSettings {
    notificationSettings {
      digest
      digestsAvailable
    }
  }
`);
const UPDATE_SETTINGS = graphql(`
  mutation CentreUpdateSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      digest
      digestsAvailable
    }
  }
`);
const NOTIFICATION_ADDED = graphql(`
  subscription CentreNotificationAdded {
    notificationAdded {
      id
      kind
      text
      path
    }
  }
`);

type Added = CentreNotificationAddedSubscription['notificationAdded'];

interface Person {
  id: string;
  email: string;
  name: string;
  token: string;
}

async function person(app: TestApp, name?: string): Promise<Person> {
  const user = await createUser(app, name ? { name } : {});
  return { ...user, token: await login(app, user) };
}

/** A credit notification for `author`: someone else reuses an asset of theirs. */
async function creditFor(app: TestApp, author: Person, reuser: Person, title = 'Pricing objection handler') {
  const asset = await createAsset(app, author.token, { title });
  await reuse(app, reuser.token, asset.id, 'COPY');
  return asset;
}

async function list(app: TestApp, who: Person, unreadOnly = false) {
  const res = await app.gql(NOTIFICATIONS, { first: 50, unreadOnly }, who.token);
  expect(res.errors).toBeUndefined();
  return res.data!.notifications;
}

/** An SMTP server of the test's own: every message it receives, parsed. */
async function startSmtp(): Promise<{ url: string; mails: ParsedMail[]; close: () => Promise<void> }> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value ?? []);
const mailsTo = (mails: ParsedMail[], p: Person) => mails.filter((m) => to(m).some((a) => a.address === p.email));

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('notification centre', () => {
  let app: TestApp;
  const clients: Client[] = [];
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await app.close();
  });

  it('persists credit received, one notification per event, and announces it live', async () => {
    const author = await person(app);
    const reuser = await person(app, `Rae Reuser ${author.id.slice(0, 4)}`);
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${author.token}` },
    });
    clients.push(client);
    const asset = await createAsset(app, author.token, { title: 'Discovery call checklist' });
    const live = new Promise<Added>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no notification in time')), 5000);
      client.subscribe<CentreNotificationAddedSubscription>(
        { query: print(NOTIFICATION_ADDED) },
        {
          next: (msg) => {
            clearTimeout(timer);
            if (msg.data) resolve(msg.data.notificationAdded);
            else reject(new Error(JSON.stringify(msg.errors)));
          },
          error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    await reuse(app, reuser.token, asset.id, 'COPY');

    const added = await live;
    expect(added).toMatchObject({ kind: 'CREDIT', path: `/assets/${asset.id}` });
    expect(added.text).toContain(reuser.name);
    expect(added.text).toContain('Discovery call checklist');
    // The author's own publication is not news to them; the reuse is one notification however many entries it made.
    const stored = await list(app, author);
    expect(stored).toEqual([expect.objectContaining({ id: added.id, kind: 'CREDIT', readAt: null })]);
    expect(stored[0].text).toMatch(/^You earned \d+ points?: /);
  });

  it('filters unread, marks one or all read, and never touches another person’s', async () => {
    const me = await person(app);
    const other = await person(app);
    const reuser = await person(app);
    await creditFor(app, me, reuser, 'First');
    await creditFor(app, me, reuser, 'Second');
    await creditFor(app, other, reuser, 'Theirs');
    const [newest, oldest] = await list(app, me);
    const [theirs] = await list(app, other);

    // Someone else's ids change nothing, and say so.
    expect((await app.gql(MARK_READ, { ids: [newest.id, oldest.id] }, other.token)).data?.markNotificationsRead).toBe(
      0,
    );
    expect(await list(app, me, true)).toHaveLength(2);

    expect((await app.gql(MARK_READ, { ids: [oldest.id] }, me.token)).data?.markNotificationsRead).toBe(1);
    expect((await list(app, me, true)).map((n) => n.id)).toEqual([newest.id]);
    const all = await list(app, me);
    expect(all.map((n) => n.id)).toEqual([newest.id, oldest.id]);
    expect(all[1].readAt).not.toBeNull();

    // "All" is all of mine only.
    expect((await app.gql(MARK_READ, { ids: null }, me.token)).data?.markNotificationsRead).toBe(1);
    expect(await list(app, me, true)).toEqual([]);
    expect((await list(app, other, true)).map((n) => n.id)).toEqual([theirs.id]);
  });

  it('keeps settings per person; without SMTP it says digests are not sent', async () => {
    const me = await person(app);
    expect((await app.gql(SETTINGS, {}, me.token)).data?.notificationSettings).toEqual({
      digest: 'NONE',
      digestsAvailable: false,
    });
    const updated = await app.gql(UPDATE_SETTINGS, { input: { digest: 'WEEKLY' } }, me.token);
    expect(updated.data?.updateNotificationSettings).toEqual({ digest: 'WEEKLY', digestsAvailable: false });
    expect((await app.gql(SETTINGS, {}, me.token)).data?.notificationSettings.digest).toBe('WEEKLY');
    const other = await person(app);
    expect((await app.gql(SETTINGS, {}, other.token)).data?.notificationSettings.digest).toBe('NONE');
  });

  it('sends nothing and fails nothing when no SMTP server is configured', async () => {
    const me = await person(app);
    await app.gql(UPDATE_SETTINGS, { input: { digest: 'DAILY' } }, me.token);
    await creditFor(app, me, await person(app));
    const digests = app.byline.app.get(NotificationDigestService);
    await expect(digests.run(new Date())).resolves.toEqual({ sent: 0, failed: 0 });
    const rows = await app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification_digests WHERE user_id = $1`, [me.id]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses bad input with typed errors', async () => {
    const me = await person(app);
    const badIds = await app.gql(MARK_READ, { ids: ['not-an-id'] }, me.token);
    expect(errorCode(badIds)).toBe('BAD_USER_INPUT');
    expect(badIds.errors?.[0].extensions?.field).toBe('ids');
    const tooMany = await app.gql(
      MARK_READ,
      { ids: Array.from({ length: 501 }, () => '00000000-0000-4000-8000-000000000000') },
      me.token,
    );
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(NOTIFICATIONS, { first: 0 }, me.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(NOTIFICATIONS, { first: 101 }, me.token))).toBe('BAD_USER_INPUT');
    const badDigest = await app.gql(
      `mutation { updateNotificationSettings(input: { digest: HOURLY }) { digest } }`,
      {},
      me.token,
    );
    expect(badDigest.errors?.length).toBeGreaterThan(0);
    expect(badDigest.status).toBeLessThan(500);
    expect((await app.gql(SETTINGS, {}, me.token)).data?.notificationSettings.digest).toBe('NONE');
    expect(errorCode(await app.gql(SETTINGS, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(UPDATE_SETTINGS, { input: { digest: 'DAILY' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('notification digests by email', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await smtp.close();
  });

  const mailEnv = () => ({
    BYLINE_SMTP_URL: smtp.url,
    BYLINE_MAIL_FROM: 'Byline <byline@example.test>',
    BYLINE_PUBLIC_URL: 'https://byline.example.test',
  });

  it('emails a daily digest listing the unread notifications, with links to Byline', async () => {
    const app = await startTestApp(mailEnv());
    apps.push(app);
    const me = await person(app);
    const reuser = await person(app, `Dana Digest ${me.id.slice(0, 4)}`);
    expect((await app.gql(SETTINGS, {}, me.token)).data?.notificationSettings.digestsAvailable).toBe(true);
    await app.gql(UPDATE_SETTINGS, { input: { digest: 'DAILY' } }, me.token);
    const read = await creditFor(app, me, reuser, 'Already read asset');
    await app.gql(MARK_READ, { ids: null }, me.token);
    const first = await creditFor(app, me, reuser, 'Battlecard <Acme>');
    const dataSource = app.byline.app.get(DataSource);
    const notifications = app.byline.app.get(NotificationService);
    await dataSource.transaction((em) =>
      notifications.add(em, me.id, 'SHARE_OPENED', 'A buyer at Initech opened your link', `/assets/${first.id}`),
    );

    const run = await app.byline.app.get(NotificationDigestService).run(new Date());
    expect(run.failed).toBe(0);
    await until(() => mailsTo(smtp.mails, me).length > 0);
    const [mail] = mailsTo(smtp.mails, me);
    expect(mail.subject).toBe('Byline: 2 unread notifications');
    expect(mail.from?.value[0].address).toBe('byline@example.test');
    expect(mail.text).toContain('A buyer at Initech opened your link');
    expect(mail.text).toContain(`${reuser.name} reused “Battlecard <Acme>”`);
    expect(mail.text).not.toContain('Already read asset');
    expect(mail.text).toContain(`https://byline.example.test/assets/${first.id}`);
    expect(mail.text).toContain('https://byline.example.test/notifications');
    expect(mail.html).toContain('Battlecard &lt;Acme&gt;');
    expect(mail.html).toContain(`href="https://byline.example.test/assets/${first.id}"`);
    expect(mail.html).not.toContain(read.id);

    // The same period again: nothing more.
    await app.byline.app.get(NotificationDigestService).run(new Date());
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(smtp.mails, me)).toHaveLength(1);
  });

  it('sends nobody a digest who chose none, or has nothing unread', async () => {
    const app = apps[0];
    const none = await person(app);
    await creditFor(app, none, await person(app));
    const caughtUp = await person(app);
    await app.gql(UPDATE_SETTINGS, { input: { digest: 'DAILY' } }, caughtUp.token);
    await creditFor(app, caughtUp, await person(app));
    await app.gql(MARK_READ, { ids: null }, caughtUp.token);
    await app.byline.app.get(NotificationDigestService).run(new Date());
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(smtp.mails, none)).toHaveLength(0);
    expect(mailsTo(smtp.mails, caughtUp)).toHaveLength(0);
  });

  it('sends one digest per person and period when two API processes run it', async () => {
    const [a, b] = [await startTestApp(mailEnv()), await startTestApp(mailEnv())];
    apps.push(a, b);
    const people = [await person(a), await person(b), await person(a)];
    const reuser = await person(b);
    for (const [i, p] of people.entries()) {
      await a.gql(UPDATE_SETTINGS, { input: { digest: i === 2 ? 'WEEKLY' : 'DAILY' } }, p.token);
      await creditFor(a, p, reuser);
    }
    const at = new Date();
    // Both processes queue a run on the one job queue, and both also run it at once themselves.
    await Promise.all([
      a.byline.app.get(NotificationDigestService).trigger(at),
      b.byline.app.get(NotificationDigestService).trigger(at),
    ]);
    await until(() => people.every((p) => mailsTo(smtp.mails, p).length > 0));
    const runs = await Promise.all([
      a.byline.app.get(NotificationDigestService).run(at),
      b.byline.app.get(NotificationDigestService).run(at),
    ]);
    expect(runs.every((r) => r.failed === 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 3000));
    for (const p of people) expect(mailsTo(smtp.mails, p)).toHaveLength(1);
    const rows = await a.byline.app
      .get(DataSource)
      .query<{ user_id: string; period: string }[]>(
        `SELECT user_id, period FROM notification_digests WHERE user_id = ANY($1)`,
        [people.map((p) => p.id)],
      );
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.user_id === people[2].id)?.period).toMatch(/^WEEKLY:\d{4}-W\d{2}$/);
  });
});
