import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createUser, login } from '../factories/user.factory.js';
import type { TestUser } from '../factories/user.factory.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_ASSET = 'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id title } }';
const REUSE = 'mutation($input: RecordReuseInput!) { recordReuse(input: $input) { id } }';

/** A browser's session: its cookies as the server set them, sent back the way a browser would. */
interface BrowserSession {
  setCookies: string[];
  cookie: string;
  csrf: string;
}

describe('the web session in an HttpOnly cookie with CSRF protection', () => {
  let app: TestApp;
  let db: DataSource;
  const sockets: Client[] = [];

  const browserLogin = async (user: TestUser): Promise<BrowserSession> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: user.email, password: user.password } }),
    });
    expect(res.status).toBe(200);
    const setCookies = res.headers.getSetCookie();
    const pairs = setCookies.map((c) => c.split(';')[0]);
    const csrf = pairs.find((p) => p.startsWith('byline_csrf='))?.slice('byline_csrf='.length) ?? '';
    return { setCookies, cookie: pairs.join('; '), csrf };
  };

  const post = async <T>(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<GqlResponse<T>> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GqlResponse<T>, 'status'>) };
  };

  const count = async (sql: string, value: string) => {
    const rows: { n: string }[] = await db.query(sql, [value]);
    return Number(rows[0].n);
  };
  const assetsTitled = (title: string) => count('SELECT count(*) AS n FROM assets WHERE title = $1', title);

  const newAsset = () => ({
    kind: 'BEST_PRACTICE',
    title: `Cookie session ${randomUUID().slice(0, 8)}`,
    body: 'Ask who signs.',
    visibility: 'ORG',
  });

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
  });
  afterAll(async () => {
    for (const socket of sockets) void socket.dispose();
    await app.close();
  });

  it('signs a browser in with an HttpOnly, SameSite=Lax session cookie and a readable CSRF token', async () => {
    const user = await createUser(app);
    const session = await browserLogin(user);
    const sessionCookie = session.setCookies.find((c) => c.startsWith('byline_session='));
    const csrfCookie = session.setCookies.find((c) => c.startsWith('byline_csrf='));
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).toMatch(/; SameSite=Lax/i);
    expect(sessionCookie).toMatch(/; Path=\//);
    expect(sessionCookie).not.toMatch(/; Secure/i); // plain http here; https sets Secure
    expect(csrfCookie).not.toMatch(/HttpOnly/i);
    expect(session.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const viewer = await post<{ viewer: { id: string } }>(
      '{ viewer { id } }',
      {},
      { cookie: session.cookie, 'x-csrf-token': session.csrf },
    );
    expect(viewer.data?.viewer.id).toBe(user.id);

    const input = newAsset();
    const created = await post<{ createAsset: { title: string } }>(
      CREATE_ASSET,
      { input },
      { cookie: session.cookie, 'x-csrf-token': session.csrf },
    );
    expect(created.errors).toBeUndefined();
    expect(await assetsTitled(input.title)).toBe(1);
  });

  it('refuses a cookie-authenticated mutation without the right CSRF token, and writes nothing', async () => {
    const victim = await browserLogin(await createUser(app));
    const attacker = await browserLogin(await createUser(app));
    const attempts: Record<string, string>[] = [
      { cookie: victim.cookie },
      { cookie: victim.cookie, 'x-csrf-token': '' },
      // Another session's token does not fit this session.
      { cookie: victim.cookie, 'x-csrf-token': attacker.csrf },
      { cookie: victim.cookie, 'x-csrf-token': victim.csrf.slice(0, -1) + (victim.csrf.endsWith('A') ? 'B' : 'A') },
    ];
    for (const headers of attempts) {
      const input = newAsset();
      const res = await post(CREATE_ASSET, { input }, headers);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/CSRF/);
      expect(res.data).toBeNull();
      expect(await assetsTitled(input.title)).toBe(0);
    }
  });

  it('refuses a multipart upload and an import sent with the cookie but without the CSRF token', async () => {
    const admin = await createUser(app, { role: Role.ADMIN });
    const session = await browserLogin(admin);
    const asset = await createAsset(app, await login(app, admin));
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append('file', new Blob(['Ask who signs.\n']), 'notes.txt');
      return fetch(`${app.url}/assets/${asset.id}/attachments`, { method: 'POST', headers, body: form });
    };
    const refused = await upload({ cookie: session.cookie });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    const attachments = () => count('SELECT count(*) AS n FROM attachments WHERE asset_id = $1', asset.id);
    expect(await attachments()).toBe(0);
    expect((await upload({ cookie: session.cookie, 'x-csrf-token': session.csrf })).status).toBe(201);
    expect(await attachments()).toBe(1);

    const teamName = `CSRF team ${randomUUID().slice(0, 8)}`;
    const importTeams = (headers: Record<string, string>) =>
      fetch(`${app.url}/imports/teams`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...headers },
        body: `sales agent,team\n${admin.name},${teamName}\n`,
      });
    const importRefused = await importTeams({ cookie: session.cookie });
    expect(importRefused.status).toBe(403);
    expect(await importRefused.json()).toMatchObject({ code: 'FORBIDDEN' });
    const teams = () => count('SELECT count(*) AS n FROM teams WHERE name = $1', teamName);
    expect(await teams()).toBe(0);
    expect((await importTeams({ cookie: session.cookie, 'x-csrf-token': session.csrf })).status).toBe(200);
    expect(await teams()).toBe(1);
  });

  it('lets the cookie read without a CSRF token (GET), never write', async () => {
    const user = await createUser(app);
    const session = await browserLogin(user);
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`, {
      headers: { cookie: session.cookie, 'apollo-require-preflight': '1' },
    });
    expect(((await res.json()) as { data: { viewer: { id: string } } }).data.viewer.id).toBe(user.id);
  });

  it('keeps bearer tokens working for API clients, with no CSRF token', async () => {
    const user = await createUser(app);
    const token = await login(app, user);
    const input = newAsset();
    const res = await post(CREATE_ASSET, { input }, { authorization: `Bearer ${token}` });
    expect(res.errors).toBeUndefined();
    expect(await assetsTitled(input.title)).toBe(1);
  });

  it('signs the browser out: both cookies expire', async () => {
    const session = await browserLogin(await createUser(app));
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ logout: true });
    const cleared = res.headers.getSetCookie();
    for (const name of ['byline_session', 'byline_csrf']) {
      const cookie = cleared.find((c) => c.startsWith(`${name}=;`));
      expect(cookie).toMatch(/Expires=Thu, 01 Jan 1970/);
    }
  });

  describe('the live-credit websocket', () => {
    const subscribe = (cookie: string, origin: string) =>
      new Promise<{ points: number }>((resolve, reject) => {
        // The browser sends the page's origin and the session cookie with the upgrade.
        class BrowserSocket extends WebSocket {
          constructor(url: string, protocols?: string | string[]) {
            super(url, protocols, { headers: { cookie, origin } });
          }
        }
        const client = createClient({
          url: app.url.replace('http', 'ws') + '/graphql',
          webSocketImpl: BrowserSocket,
          retryAttempts: 0,
          on: { closed: (event) => reject(new Error(`closed ${(event as { code?: number }).code}`)) },
        });
        sockets.push(client);
        client.subscribe<{ creditReceived: { points: number } }>(
          { query: 'subscription { creditReceived { points } }' },
          {
            next: (msg) =>
              msg.data ? resolve(msg.data.creditReceived) : reject(new Error(JSON.stringify(msg.errors))),
            error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
            complete: () => undefined,
          },
        );
      });

    it('is authenticated by the session cookie from a Byline page', async () => {
      const author = await createUser(app);
      const session = await browserLogin(author);
      const asset = await createAsset(app, await login(app, author));
      const notice = subscribe(session.cookie, app.url);
      await new Promise((r) => setTimeout(r, 300));
      await app.gql(
        REUSE,
        { input: { assetId: asset.id, kind: 'SHARE_WITH_CUSTOMER', clientEventId: randomUUID() } },
        await login(app, await createUser(app)),
      );
      await expect(notice).resolves.toEqual({ points: 4 });
    });

    it('refuses an upgrade from a page of another origin, even with the session cookie', async () => {
      const session = await browserLogin(await createUser(app));
      await expect(subscribe(session.cookie, 'https://evil.example')).rejects.toThrow(/closed 4403/);
    });
  });
});
