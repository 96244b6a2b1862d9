import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, base64url } from 'jose';
import { DataSource } from 'typeorm';
import { Role, UserStatus } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createDeal } from '../factories/deal.factory.js';
import { createUser, person } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const SECRET = 'the-crm-servers-embed-secret-0123456789';
const CRM_ORIGIN = 'https://crm.example.com';

const PANEL = graphql(`
  query EmbedPanel($dealId: ID!) {
    viewer {
      id
    }
    deal(id: $dealId) {
      id
      name
      usedAssets {
        asset {
          id
        }
        uses
      }
    }
    dealSuggestions(dealId: $dealId, first: 10) {
      asset {
        id
      }
      reasons
    }
    shareLinks(dealId: $dealId) {
      id
    }
    clientSafeKinds
  }
`);
const USE_IN_DEAL = graphql(`
  mutation EmbedUseInDeal($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      id
      explanation
    }
  }
`);
const LEADERBOARD = graphql(`
  query EmbedLeaderboard {
    leaderboard(period: { kind: ALL_TIME }) {
      entries {
        rank
      }
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation EmbedCreateTeam($name: String!) {
    createTeam(name: $name) {
      id
    }
  }
`);
const DEALS = graphql(`
  query EmbedDeals {
    deals(first: 1) {
      totalCount
    }
  }
`);

interface Claims {
  sub?: string;
  deal?: string;
  aud?: string;
  jti?: string;
  iat?: number;
  exp?: number;
}

/** A token as a CRM's server signs it: HS256 over the claims, valid for two minutes unless the claims say otherwise. */
function sign(claims: Claims, secret = SECRET): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload = { aud: 'byline-embed', jti: randomUUID(), iat: now, exp: now + 120, ...claims };
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

/** A token with no signature at all (`alg: none`), which must never pass. */
function unsigned(claims: Claims): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => base64url.encode(JSON.stringify(value));
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'byline-embed', jti: randomUUID(), iat: now, exp: now + 120, ...claims })}.`;
}

/** A built web app in miniature, so the panel's page and the other pages are served. */
function webDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-web-'));
  mkdirSync(join(dir, 'static'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  return dir;
}

const jtiOf = (token: string) =>
  (JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1]))) as { jti?: string }).jti;

describe('the CRM deal panel', () => {
  let database: IsolatedDatabase;
  let app: TestApp;
  let member: Awaited<ReturnType<typeof person>>;
  let admin: Awaited<ReturnType<typeof person>>;
  let deal: { id: string; externalId: string };
  let assetId: string;

  const exchange = (token: unknown, base = app.url) =>
    fetch(`${base}/embed/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
  const remembered = async (token: string) => {
    const jti = jtiOf(token);
    if (!jti) return 0;
    const [row] = await app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>('SELECT count(*)::int AS n FROM embed_token_uses WHERE jti_hash = $1', [
        createHash('sha256').update(jti).digest('hex'),
      ]);
    return row.n;
  };
  const usesInDeal = async () => {
    const [row] = await app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM reuse_events WHERE deal_id = $1 AND kind = 'USED_IN_DEAL'",
        [deal.id],
      );
    return row.n;
  };

  // A database of its own: the panel's suggestions rank every published asset, and other files' assets would crowd out
  // this one's.
  beforeAll(async () => {
    database = await isolatedDatabase();
    app = await startTestApp({
      ...database.env,
      BYLINE_EMBED_SECRET: SECRET,
      BYLINE_EMBED_ORIGINS: `${CRM_ORIGIN}, http://127.0.0.1:3100`,
      BYLINE_WEB_DIST: webDist(),
    });
    member = await person(app, { role: Role.MEMBER });
    admin = await person(app, { role: Role.ADMIN });
    const author = await person(app);
    assetId = (await createAsset(app, author.token, { title: `Embed battlecard ${randomUUID().slice(0, 6)}` })).id;
    deal = await createDeal(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('exchanges a signed token once for a panel session that reads the deal and records a use in it', async () => {
    const token = await sign({ sub: member.email.toUpperCase(), deal: deal.externalId });
    const res = await exchange(token);
    expect(res.status).toBe(200);
    const session = (await res.json()) as { sessionToken: string; dealId: string; expiresAt: string };
    expect(session.dealId).toBe(deal.id);
    expect(new Date(session.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3600_000);

    const before = await app.gql(PANEL, { dealId: deal.id }, session.sessionToken);
    expect(before.errors).toBeUndefined();
    expect(before.data?.viewer?.id).toBe(member.id);
    expect(before.data?.deal?.usedAssets).toEqual([]);
    expect(before.data?.shareLinks).toEqual([]);
    expect(before.data?.dealSuggestions.map((s) => s.asset.id)).toContain(assetId);

    const used = await app.gql(
      USE_IN_DEAL,
      { input: { assetId, kind: 'USED_IN_DEAL', dealId: deal.id, clientEventId: randomUUID() } },
      session.sessionToken,
    );
    expect(used.errors).toBeUndefined();
    expect(used.data?.recordReuse.explanation).toBeTruthy();
    const after = await app.gql(PANEL, { dealId: deal.id }, session.sessionToken);
    expect(after.data?.deal?.usedAssets).toEqual([{ asset: { id: assetId }, uses: 1 }]);
    // Used content is no longer suggested.
    expect(after.data?.dealSuggestions.map((s) => s.asset.id)).not.toContain(assetId);

    // The same token again is a replay.
    const replay = await exchange(token);
    expect(replay.status).toBe(401);
    expect(await remembered(token)).toBe(1);
  });

  it('refuses every bad token with 401 and records nothing', async () => {
    const suspended = await createUser(app, { status: UserStatus.SUSPENDED });
    const now = Math.floor(Date.now() / 1000);
    const good = { sub: member.email, deal: deal.externalId };
    const cases: [string, string, string][] = [
      ['bad signature', await sign(good, `${SECRET}-not-quite`), 'UNAUTHENTICATED'],
      ['alg none', unsigned(good), 'UNAUTHENTICATED'],
      ['wrong audience', await sign({ ...good, aud: 'byline' }), 'UNAUTHENTICATED'],
      ['expired', await sign({ ...good, iat: now - 200, exp: now - 60 }), 'UNAUTHENTICATED'],
      ['longer than five minutes', await sign({ ...good, exp: now + 301 }), 'UNAUTHENTICATED'],
      ['no jti', await sign({ ...good, jti: undefined }), 'UNAUTHENTICATED'],
      ['unknown user', await sign({ ...good, sub: `nobody-${randomUUID()}@test.byline` }), 'NOT_FOUND'],
      ['suspended user', await sign({ ...good, sub: suspended.email }), 'NOT_FOUND'],
      ['a deal the user may not see', await sign({ ...good, deal: `deal-${randomUUID()}` }), 'NOT_FOUND'],
    ];
    const usesBefore = await usesInDeal();
    for (const [why, token] of cases) {
      const res = await exchange(token);
      const body = (await res.json()) as { code?: string; sessionToken?: string };
      expect({ why, status: res.status, code: body.code, session: body.sessionToken }).toEqual({
        why,
        status: 401,
        code: cases.find((c) => c[0] === why)![2],
        session: undefined,
      });
      expect(await remembered(token)).toBe(0);
    }
    // Unknown user and invisible deal answer alike.
    const [user, dealRes] = await Promise.all([exchange(cases[6][1]), exchange(cases[8][1])]);
    expect(await user.json()).toEqual(await dealRes.json());
    expect((await exchange(undefined)).status).toBe(401);
    expect(await usesInDeal()).toBe(usesBefore);
  });

  it('lets a panel session call only the panel operations, whatever the role', async () => {
    const res = await exchange(await sign({ sub: admin.email, deal: deal.externalId }));
    const { sessionToken } = (await res.json()) as { sessionToken: string };
    expect(errorCode(await app.gql(CREATE_TEAM, { name: `Embed ${randomUUID()}` }, sessionToken))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(LEADERBOARD, {}, sessionToken))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(DEALS, {}, sessionToken))).toBe('FORBIDDEN');
    const upload = await fetch(`${app.url}/imports/deals`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${sessionToken}` },
      body: 'opportunity_id\n',
    });
    expect(upload.status).toBe(403);
    // The admin's own session still may.
    expect(errorCode(await app.gql(LEADERBOARD, {}, admin.token))).toBeUndefined();
  });

  it("binds a panel session to its own deal: another deal's reads and uses are refused", async () => {
    const other = await createDeal(app);
    const res = await exchange(await sign({ sub: member.email, deal: deal.externalId }));
    const { sessionToken } = (await res.json()) as { sessionToken: string };
    expect(errorCode(await app.gql(PANEL, { dealId: other.id }, sessionToken))).toBe('FORBIDDEN');
    for (const dealId of [other.id, null]) {
      const input = { assetId, kind: 'USED_IN_DEAL' as const, dealId, clientEventId: randomUUID() };
      expect(errorCode(await app.gql(USE_IN_DEAL, { input }, sessionToken))).toBe('FORBIDDEN');
    }
    const [row] = await app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>('SELECT count(*)::int AS n FROM reuse_events WHERE deal_id = $1', [other.id]);
    expect(row.n).toBe(0);
  });

  it('lets only the CRM origins frame the panel page; every other page stays unframeable', async () => {
    const panel = await fetch(`${app.url}/embed/deals/${deal.externalId}?token=x`);
    expect(panel.status).toBe(200);
    expect(panel.headers.get('content-security-policy')).toContain(
      `frame-ancestors ${CRM_ORIGIN} http://127.0.0.1:3100`,
    );
    expect(panel.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/library', '/embed/deals/x/y', '/embed/session', '/graphql?query=%7B__typename%7D']) {
      const other = await fetch(`${app.url}${path}`);
      expect({ path, csp: other.headers.get('content-security-policy') }).toEqual({
        path,
        csp: expect.stringContaining("frame-ancestors 'none'"),
      });
      expect(other.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('limits token exchanges per client address', async () => {
    const limited = await startTestApp({
      ...database.env,
      BYLINE_EMBED_SECRET: SECRET,
      BYLINE_EMBED_EXCHANGES_PER_IP: '2',
    });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await exchange(await sign({ sub: member.email, deal: deal.externalId }), limited.url)).status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('is off without BYLINE_EMBED_SECRET', async () => {
    const off = await startTestApp({ BYLINE_WEB_DIST: webDist() });
    try {
      expect((await fetch(`${off.url}/embed/deals/${deal.externalId}`)).status).toBe(404);
      const res = await exchange(await sign({ sub: member.email, deal: deal.externalId }), off.url);
      expect(res.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
