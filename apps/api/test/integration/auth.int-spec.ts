import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { SignJWT } from 'jose';
import { Role, UserStatus } from '../../src/modules/user/user.entity.js';
import { createUser, login, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const LOGIN = graphql(`
  mutation AuthLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        name
        role
      }
    }
  }
`);
const VIEWER = graphql(`
  query AuthViewer {
    viewer {
      id
      name
      role
      team {
        name
      }
    }
  }
`);
const SET_STATUS = graphql(`
  mutation AuthSetUserStatus($id: ID!, $s: UserStatus!) {
    setUserStatus(userId: $id, status: $s) {
      status
    }
  }
`);
const TEAMS = graphql(`
  query AuthTeams {
    teams {
      id
    }
  }
`);

describe('logging in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('gives a token that identifies the viewer', async () => {
    const user = await createUser(app, { role: Role.MANAGER });
    const res = await app.gql(LOGIN, {
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user).toMatchObject({ id: user.id, role: 'MANAGER' });
    const viewer = await app.gql(VIEWER, {}, res.data?.login.token);
    expect(viewer.data?.viewer?.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown email the same way, in about the same time', async () => {
    const user = await createUser(app);
    const timed = async (email: string) => {
      const started = performance.now();
      const res = await app.gql(LOGIN, { email, password: 'not-the-password' });
      return { res, ms: performance.now() - started };
    };
    const wrong = [await timed(user.email), await timed(user.email), await timed(user.email)];
    const unknown = [
      await timed('nobody@test.byline'),
      await timed('nobody2@test.byline'),
      await timed('nobody3@test.byline'),
    ];
    for (const { res } of [...wrong, ...unknown]) {
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    }
    expect(new Set([...wrong, ...unknown].map(({ res }) => res.errors?.[0]?.message)).size).toBe(1);
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[1];
    const ratio = median(wrong) / median(unknown);
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });

  it('refuses suspended and departed users, and stops their existing tokens', async () => {
    for (const status of [UserStatus.SUSPENDED, UserStatus.DEPARTED]) {
      const { user, token } = await signedIn(app);
      const admin = await signedIn(app, Role.ADMIN);
      const set = await app.gql(SET_STATUS, { id: user.id, s: status }, admin.token);
      expect(set.data).toEqual({ setUserStatus: { status } });
      expect(errorCode(await app.gql(LOGIN, { email: user.email, password: user.password }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.gql(VIEWER, {}, token))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses forged, expired and malformed tokens', async () => {
    const user = await createUser(app);
    const sign = (secret: string, exp: number) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuer('byline')
        .setIssuedAt(exp - 3600)
        .setExpirationTime(exp)
        .sign(new TextEncoder().encode(secret));
    const now = Math.floor(Date.now() / 1000);
    const forged = await sign('some-other-secret-that-is-also-long-enough', now + 3600);
    const expired = await sign('test-secret-that-is-long-enough-for-hs256-signing', now - 60);
    const valid = await sign('test-secret-that-is-long-enough-for-hs256-signing', now + 3600);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: user.id, iss: 'byline' })).toString('base64url')}.`;
    for (const token of [forged, expired, unsigned, 'not-a-token', valid.slice(0, -3) + 'abc']) {
      expect(errorCode(await app.gql(VIEWER, {}, token))).toBe('UNAUTHENTICATED');
    }
    expect((await app.gql(VIEWER, {}, valid)).data?.viewer?.id).toBe(user.id);
  });

  it('needs a token for everything but login', async () => {
    const res = await app.gql(TEAMS);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

describe('login rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ BYLINE_LOGIN_FAILURES_PER_EMAIL: '3', BYLINE_LOGIN_RATE_PER_IP: '12' });
  });
  afterAll(() => app.close());

  it('blocks an email from an address after repeated failures, even with the right password, and then the address', async () => {
    const user = await createUser(app);
    for (let i = 0; i < 3; i++) {
      expect(errorCode(await app.gql(LOGIN, { email: user.email, password: 'wrong-password' }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const blocked = await app.gql(LOGIN, { email: user.email, password: user.password });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);

    // Another account from the same address still works until the address itself is over its limit.
    const other = await createUser(app);
    await login(app, other);
    let code: unknown;
    for (let i = 0; i < 10 && code !== 'RATE_LIMITED'; i++) {
      code = errorCode(await app.gql(LOGIN, { email: other.email, password: other.password }));
    }
    expect(code).toBe('RATE_LIMITED');
  });
});

describe('login rate limits across API processes', () => {
  const redisUrl = process.env.BYLINE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  let redisAnswers = false;
  let apps: TestApp[] = [];

  beforeAll(async () => {
    const { Redis } = await import('ioredis');
    const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redisAnswers = await probe.connect().then(
      () => probe.ping().then(() => true),
      () => false,
    );
    probe.disconnect();
    if (!redisAnswers) {
      console.warn(`Skipping the shared rate-limit test: no Redis answers at ${redisUrl} (set BYLINE_TEST_REDIS_URL)`);
      return;
    }
    const env = { REDIS_URL: redisUrl, BYLINE_LOGIN_FAILURES_PER_EMAIL: '2' };
    apps = [await startTestApp(env), await startTestApp(env)];
  });
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  it('counts failures for an email on every process through Redis', async () => {
    if (!redisAnswers) return;
    const [a, b] = apps;
    const user = await createUser(a);
    expect(errorCode(await a.gql(LOGIN, { email: user.email, password: 'wrong-password' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await b.gql(LOGIN, { email: user.email, password: 'wrong-password' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await a.gql(LOGIN, { email: user.email, password: user.password }))).toBe('RATE_LIMITED');
    expect(errorCode(await b.gql(LOGIN, { email: user.email, password: user.password }))).toBe('RATE_LIMITED');
  });
});

/** A login sent from the given loopback address (127.0.0.0/8 all reaches the server), as a client there would. */
function loginFrom(app: TestApp, address: string, email: string, password: string) {
  return new Promise<{ status: number; retryAfter: string | undefined; body: GqlResponse }>((resolve, reject) => {
    const body = JSON.stringify({ query: print(LOGIN), variables: { email, password } });
    const req = request(
      `${app.url.replace('localhost', '127.0.0.1')}/graphql`,
      { method: 'POST', localAddress: address, headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            body: { ...(JSON.parse(Buffer.concat(chunks).toString()) as GqlResponse), status: res.statusCode ?? 0 },
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

describe('login throttling by email and address', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ BYLINE_LOGIN_FAILURES_PER_EMAIL: '5', BYLINE_LOGIN_FAILURES_PER_IP: '10' });
  });
  afterAll(() => app.close());

  it('five wrong passwords from one address slow that address down but leave the owner free elsewhere', async () => {
    const user = await createUser(app);
    for (let i = 0; i < 5; i++) {
      expect(errorCode((await loginFrom(app, '127.0.0.2', user.email, 'wrong-password')).body)).toBe('UNAUTHENTICATED');
    }
    const refused = await loginFrom(app, '127.0.0.2', user.email, user.password);
    expect(refused.status).toBe(429);
    expect(errorCode(refused.body)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0]?.extensions).not.toHaveProperty('http');

    const owner = await loginFrom(app, '127.0.0.3', user.email, user.password);
    expect(owner.status).toBe(200);
    expect(owner.body.data).toMatchObject({ login: { user: { id: user.id } } });
  });

  it('makes each further wrong password from that address wait twice as long', async () => {
    const user = await createUser(app);
    for (let i = 0; i < 5; i++) await loginFrom(app, '127.0.0.4', user.email, 'wrong-password');
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const refused = await loginFrom(app, '127.0.0.4', user.email, 'wrong-password');
      expect(refused.status).toBe(429);
      waits.push(Number(refused.retryAfter));
      await sleep(waits[i]);
      expect(errorCode((await loginFrom(app, '127.0.0.4', user.email, 'wrong-password')).body)).toBe('UNAUTHENTICATED');
    }
    expect(waits).toEqual([1, 2, 4]);
  }, 30_000);

  it('refuses an address that sprays wrong passwords over many emails, and no one else', async () => {
    const user = await createUser(app);
    for (let i = 0; i < 10; i++) {
      const res = await loginFrom(app, '127.0.0.5', `sprayed-${i}-${user.email}`, 'Summer2026!');
      expect(errorCode(res.body)).toBe('UNAUTHENTICATED');
    }
    const sprayer = await loginFrom(app, '127.0.0.5', user.email, user.password);
    expect(sprayer.status).toBe(429);
    expect(errorCode(sprayer.body)).toBe('RATE_LIMITED');
    expect((await loginFrom(app, '127.0.0.6', user.email, user.password)).status).toBe(200);
  }, 120_000);
});
