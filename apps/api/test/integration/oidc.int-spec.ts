import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { UserStatus } from '../../src/modules/user/user.entity.js';
import { createTeam, createUser } from '../factories/user.factory.js';
import { CookieJar, startTestProvider, throughProvider } from '../support/oidc-provider.js';
import type { TestProvider } from '../support/oidc-provider.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

// Where the provider sends browsers back: the address registered with it. The test calls the app's own address with
// the same path and query, as a browser reaching Byline behind that name would.
const PUBLIC_URL = 'http://localhost:3998';
const REDIRECT_URI = `${PUBLIC_URL}/auth/oidc/callback`;
const CLIENT = { clientId: 'byline', clientSecret: 'byline-client-secret', redirectUri: REDIRECT_URI };
const OTHER_CLIENT = { clientId: 'another-app', clientSecret: 'another-client-secret', redirectUri: REDIRECT_URI };

const VIEWER = `query { viewer { id email name role status team { id } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const AUTH_CONFIG = `query { authConfig { passwordLogin oidc { enabled label loginUrl } } }`;

interface Viewer {
  viewer: { id: string; email: string; name: string; role: string; status: string; team: { id: string } | null };
}

const unique = () => randomUUID().slice(0, 8);

describe('single sign-on with an OpenID Connect provider', () => {
  let provider: TestProvider;
  let otherProvider: TestProvider;
  let app: TestApp;
  let teamName: string;
  let teamId: string;

  const usersWith = async (email: string) => {
    const [row] = await app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]);
    return row.n;
  };
  const identitiesOf = async (userId: string) =>
    app.byline.app
      .get(DataSource)
      .query<{ issuer: string; subject: string }[]>('SELECT issuer, subject FROM user_identities WHERE user_id = $1', [
        userId,
      ]);

  /** Starts signing in at Byline: the flow cookie it sets and the provider URL it sends the browser to. */
  const begin = async (returnTo = '/assets?tab=mine') => {
    const byline = new CookieJar();
    const res = await fetch(`${app.url}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    byline.store(res);
    return { byline, authorize: new URL(res.headers.get('location')!) };
  };
  /** The callback as the browser calls it, with the cookies it holds for Byline. */
  const callback = (returned: URL, byline: CookieJar) =>
    fetch(`${app.url}${returned.pathname}${returned.search}`, {
      redirect: 'manual',
      headers: { cookie: byline.header() },
    });
  /** A whole sign-in as `login`; the callback's answer and the session cookie it set, if any. */
  const signIn = async (login: string, change?: (authorize: URL) => void) => {
    const { byline, authorize } = await begin();
    change?.(authorize);
    const returned = await throughProvider(authorize.href, login, REDIRECT_URI);
    const res = await callback(returned, byline);
    byline.store(res);
    return { res, returned, byline, session: byline.get('byline_session'), csrf: byline.get('byline_csrf') };
  };
  const viewerOf = async (session: string | undefined) => {
    const res = await app.gql<Viewer>(VIEWER, {}, session);
    expect(res.errors).toBeUndefined();
    return res.data!.viewer;
  };
  const account = (claims: Record<string, unknown>) => {
    const login = `sub-${unique()}`;
    provider.accounts.set(login, claims);
    return login;
  };

  beforeAll(async () => {
    provider = await startTestProvider([CLIENT, OTHER_CLIENT]);
    otherProvider = await startTestProvider([CLIENT]);
    app = await startTestApp({
      BYLINE_PUBLIC_URL: PUBLIC_URL,
      BYLINE_OIDC_ISSUER: provider.issuer,
      BYLINE_OIDC_CLIENT_ID: CLIENT.clientId,
      BYLINE_OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      BYLINE_OIDC_SCOPES: 'openid email profile groups',
      BYLINE_OIDC_LABEL: 'Acme Login',
      BYLINE_OIDC_ROLE_CLAIM: 'groups',
      BYLINE_OIDC_ROLE_MAP: 'byline-managers=MANAGER,byline-enablement=ENABLEMENT',
      BYLINE_OIDC_TEAM_CLAIM: 'department',
    });
    teamName = `Northern Sales ${unique()}`;
    teamId = (await createTeam(app, teamName)).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await otherProvider?.close();
  });

  it('tells the login page how to sign in, to anyone', async () => {
    const res = await app.gql(AUTH_CONFIG);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      authConfig: { passwordLogin: true, oidc: { enabled: true, label: 'Acme Login', loginUrl: '/auth/oidc/login' } },
    });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, and keeps them in a signed HttpOnly cookie', async () => {
    const res = await fetch(`${app.url}/auth/oidc/login?returnTo=/deals`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const authorize = new URL(res.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    const params = authorize.searchParams;
    expect(params.get('client_id')).toBe('byline');
    expect(params.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['openid', 'email', 'groups']));
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('byline_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=600/);
  });

  it('creates the account of a verified email at the first sign-in, with role and team from the claims, and signs the browser in', async () => {
    const email = `new-${unique()}@acme.example`;
    const login = account({
      email: email.toUpperCase(),
      email_verified: true,
      name: 'Nora Newcomer',
      groups: ['everyone', 'byline-managers'],
      department: teamName.toUpperCase(),
    });
    const { res, session, csrf } = await signIn(login);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/assets?tab=mine');
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('byline_session='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('byline_csrf='))).not.toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('byline_oidc='))).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(session).toBeTruthy();
    expect(csrf).toBeTruthy();

    const viewer = await viewerOf(session);
    expect(viewer).toMatchObject({
      email,
      name: 'Nora Newcomer',
      role: 'MANAGER',
      status: 'ACTIVE',
      team: { id: teamId },
    });
    expect(await identitiesOf(viewer.id)).toEqual([{ issuer: provider.issuer, subject: login }]);

    // The session cookie works on a state-changing request with its CSRF token, as after password login.
    const logout = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `byline_session=${session}`, 'x-csrf-token': csrf! },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(((await logout.json()) as { data: unknown }).data).toEqual({ logout: true });
  });

  it('finds the account by subject at the next sign-in, even when the provider reports another email', async () => {
    const email = `again-${unique()}@acme.example`;
    const login = account({ email, email_verified: true, name: 'Ada Again' });
    const first = await viewerOf((await signIn(login)).session);
    provider.accounts.set(login, {
      email: `renamed-${unique()}@acme.example`,
      email_verified: true,
      name: 'Ada Again',
    });
    const second = await signIn(login);
    expect(second.res.status).toBe(303);
    const viewer = await viewerOf(second.session);
    expect(viewer.id).toBe(first.id);
    expect(viewer.email).toBe(email);
    expect(viewer.role).toBe('MEMBER');
    expect(await usersWith(email)).toBe(1);
  });

  it('links an existing account of the verified email, keeps its password, and maps the role from the claims', async () => {
    const existing = await createUser(app, { email: `existing-${unique()}@acme.example` });
    const login = account({ email: existing.email, email_verified: true, groups: 'byline-enablement' });
    const { session } = await signIn(login);
    const viewer = await viewerOf(session);
    expect(viewer.id).toBe(existing.id);
    expect(viewer.role).toBe('ENABLEMENT');
    expect(await identitiesOf(existing.id)).toEqual([{ issuer: provider.issuer, subject: login }]);
    const password = await app.gql(LOGIN, { email: existing.email, password: existing.password });
    expect(password.errors).toBeUndefined();

    // Another identity at the same provider claiming the same email does not take the account over.
    const intruder = account({ email: existing.email, email_verified: true });
    const refused = await signIn(intruder);
    expect(refused.res.headers.get('location')).toBe('/login?sso=conflict');
    expect(refused.session).toBeUndefined();
  });

  it('refuses an unverified or missing email and creates no account', async () => {
    for (const claims of [
      { email: `unverified-${unique()}@acme.example`, email_verified: false },
      { email: `unsaid-${unique()}@acme.example` },
      { email_verified: true },
    ]) {
      const { res, session } = await signIn(account(claims));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/login?sso=unverified');
      expect(session).toBeUndefined();
      if (claims.email) expect(await usersWith(claims.email)).toBe(0);
    }
  });

  it('refuses a suspended or departed person, whether linked already or not', async () => {
    for (const status of [UserStatus.SUSPENDED, UserStatus.DEPARTED]) {
      const user = await createUser(app, { email: `${status.toLowerCase()}-${unique()}@acme.example`, status });
      const { res, session } = await signIn(account({ email: user.email, email_verified: true }));
      expect(res.headers.get('location')).toBe('/login?sso=inactive');
      expect(session).toBeUndefined();
      expect(await identitiesOf(user.id)).toEqual([]);
    }
    const email = `leaver-${unique()}@acme.example`;
    const login = account({ email, email_verified: true });
    const { id } = await viewerOf((await signIn(login)).session);
    await app.byline.app.get(DataSource).query("UPDATE users SET status = 'DEPARTED' WHERE id = $1", [id]);
    const again = await signIn(login);
    expect(again.res.headers.get('location')).toBe('/login?sso=inactive');
    expect(again.session).toBeUndefined();
  });

  it('refuses a wrong state, a changed code, a replayed callback and a callback without its flow cookie', async () => {
    const email = `checks-${unique()}@acme.example`;
    const login = account({ email, email_verified: true });

    const wrongState = await begin();
    const returned = await throughProvider(wrongState.authorize.href, login, REDIRECT_URI);
    const forged = new URL(returned);
    forged.searchParams.set('state', 'a-state-of-the-attackers');
    const res = await callback(forged, wrongState.byline);
    expect(res.headers.get('location')).toBe('/login?sso=failed');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('byline_session='))).toBe(false);
    expect(await usersWith(email)).toBe(0);

    const changed = await begin();
    const changedReturn = await throughProvider(changed.authorize.href, login, REDIRECT_URI);
    changedReturn.searchParams.set('code', `${changedReturn.searchParams.get('code')}x`);
    expect((await callback(changedReturn, changed.byline)).headers.get('location')).toBe('/login?sso=failed');
    expect(await usersWith(email)).toBe(0);

    // Someone else's callback URL, without the flow cookie of the browser that started it.
    const stolen = await begin();
    const stolenReturn = await throughProvider(stolen.authorize.href, login, REDIRECT_URI);
    expect((await callback(stolenReturn, new CookieJar())).headers.get('location')).toBe('/login?sso=failed');
    // A flow cookie of another sign-in does not fit either (another state and verifier).
    const otherFlow = await begin();
    expect((await callback(stolenReturn, otherFlow.byline)).headers.get('location')).toBe('/login?sso=failed');
    expect(await usersWith(email)).toBe(0);

    // A tampered flow cookie is refused.
    const tampered = await begin();
    const tamperedReturn = await throughProvider(tampered.authorize.href, login, REDIRECT_URI);
    const jar = new CookieJar();
    const value = tampered.byline.get('byline_oidc')!;
    const res2 = await fetch(`${app.url}${tamperedReturn.pathname}${tamperedReturn.search}`, {
      redirect: 'manual',
      headers: { cookie: `byline_oidc=${value.slice(0, -2)}${value.at(-2) === 'A' ? 'B' : 'A'}${value.slice(-1)}` },
    });
    jar.store(res2);
    expect(res2.headers.get('location')).toBe('/login?sso=failed');
    expect(await usersWith(email)).toBe(0);

    // The genuine answer signs in once; the same callback again, with the same cookie, is refused.
    const genuine = await begin();
    const genuineReturn = await throughProvider(genuine.authorize.href, login, REDIRECT_URI);
    const flowCookie = genuine.byline.header();
    const ok = await callback(genuineReturn, genuine.byline);
    expect(ok.headers.get('location')).toBe('/assets?tab=mine');
    const replay = await fetch(`${app.url}${genuineReturn.pathname}${genuineReturn.search}`, {
      redirect: 'manual',
      headers: { cookie: flowCookie },
    });
    expect(replay.headers.get('location')).toBe('/login?sso=failed');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('byline_session='))).toBe(false);
    expect(await usersWith(email)).toBe(1);
  });

  it('refuses an ID token with another nonce, an answer from another issuer, and a code issued to another client', async () => {
    const email = `elsewhere-${unique()}@acme.example`;
    const claims = { email, email_verified: true };

    // The nonce the provider puts in the ID token is not the one this browser's flow expects.
    const login = account(claims);
    const nonce = await signIn(login, (authorize) => authorize.searchParams.set('nonce', 'another-nonce'));
    expect(nonce.res.headers.get('location')).toBe('/login?sso=failed');

    // Another provider, with a client of the same id and redirect URI, answers for the same flow.
    otherProvider.accounts.set(login, claims);
    const issuer = await signIn(login, (authorize) => {
      const other = new URL(otherProvider.issuer);
      authorize.host = other.host;
    });
    expect(issuer.res.headers.get('location')).toBe('/login?sso=failed');

    // The provider signs in for another client (another audience) with Byline's flow.
    const audience = await signIn(login, (authorize) => authorize.searchParams.set('client_id', OTHER_CLIENT.clientId));
    expect(audience.res.headers.get('location')).toBe('/login?sso=failed');
    expect(await usersWith(email)).toBe(0);
  });

  it('only returns to a path of this site', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      const res = await fetch(`${app.url}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, {
        redirect: 'manual',
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'returnTo' });
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('answers 404 for other paths of its routes, not the web app', async () => {
    expect((await fetch(`${app.url}/auth/oidc/elsewhere`, { redirect: 'manual' })).status).toBe(404);
  });

  it('sends a cancelled sign-in back to the login page', async () => {
    const { byline, authorize } = await begin();
    const cancelled = new URL(REDIRECT_URI);
    cancelled.searchParams.set('error', 'access_denied');
    cancelled.searchParams.set('state', authorize.searchParams.get('state')!);
    const res = await callback(cancelled, byline);
    expect(res.headers.get('location')).toBe('/login?sso=cancelled');
  });
});

/** Byline signing in with a provider of the test's own, with these settings besides; started before the block's tests. */
function withSingleSignOn(env: Record<string, string>): { readonly app: TestApp } {
  let app: TestApp | undefined;
  let provider: TestProvider | undefined;
  beforeAll(async () => {
    provider = await startTestProvider([CLIENT]);
    app = await startTestApp({
      BYLINE_PUBLIC_URL: PUBLIC_URL,
      BYLINE_OIDC_ISSUER: provider.issuer,
      BYLINE_OIDC_CLIENT_ID: CLIENT.clientId,
      BYLINE_OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      ...env,
    });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('Byline has not started');
      return app;
    },
  };
}

describe('password login turned off', () => {
  const sso = withSingleSignOn({ BYLINE_PASSWORD_LOGIN: '0' });

  it('refuses the login mutation with a typed error, even for the right password, and says so to the login page', async () => {
    const user = await createUser(sso.app);
    const res = await sso.app.gql(LOGIN, { email: user.email, password: user.password });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].extensions?.reason).toBe('PASSWORD_LOGIN_DISABLED');
    expect(res.errors?.[0].message).toMatch(/single sign-on/);
    const config = await sso.app.gql(AUTH_CONFIG);
    expect(config.data).toMatchObject({ authConfig: { passwordLogin: false, oidc: { enabled: true } } });
  });
});

describe('single sign-on callbacks from one address', () => {
  const sso = withSingleSignOn({ BYLINE_LOGIN_RATE_PER_IP: '3' });

  it('count as login attempts: past the allowance of the minute the login page says to wait', async () => {
    const locations: (string | null)[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await fetch(`${sso.app.url}/auth/oidc/callback?code=guess-${i}&state=x`, { redirect: 'manual' });
      locations.push(res.headers.get('location'));
    }
    expect(locations).toEqual([
      '/login?sso=failed',
      '/login?sso=failed',
      '/login?sso=failed',
      '/login?sso=busy',
      '/login?sso=busy',
    ]);
  });
});

describe('single sign-on off', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('has no sign-in routes and says so to the login page', async () => {
    expect((await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${app.url}/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' })).status).toBe(404);
    const config = await app.gql(AUTH_CONFIG);
    expect(config.data).toEqual({
      authConfig: { passwordLogin: true, oidc: { enabled: false, label: null, loginUrl: null } },
    });
  });
});
