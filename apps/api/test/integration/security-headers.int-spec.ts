import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { signedIn } from '../factories/user.factory.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

/** A built web app in miniature: the page with Vite's nonce placeholder, a bundle and a top-level file. */
function webDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-web-'));
  mkdirSync(join(dir, 'static'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta property="csp-nonce" nonce="BYLINE_STYLE_NONCE">' +
      '<script type="module" src="/static/app.js" nonce="BYLINE_STYLE_NONCE"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'static', 'app.js'), 'export {};\n');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    app = await startTestApp({ BYLINE_WEB_DIST: webDist() });
    admin = await signedIn(app, Role.ADMIN);
  });
  afterAll(() => app.close());

  const get = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  const expectHardened = (res: Response) => {
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('style-src')?.[0]).toBe("'self'");
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  };

  it("serves the app's page with a fresh style nonce that the policy names, and no inline script", async () => {
    const nonces: string[] = [];
    for (const path of ['/', '/library', `/assets/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expectHardened(res);
      const html = await res.text();
      const nonce = /<meta property="csp-nonce" nonce="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(directives(res.headers.get('content-security-policy')).get('style-src')).toEqual([
        "'self'",
        `'nonce-${nonce}'`,
      ]);
      expect(html).not.toContain('BYLINE_STYLE_NONCE');
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });

  it('sends them with the bundles and top-level files', async () => {
    for (const path of ['/static/app.js', '/favicon.svg']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expectHardened(res);
    }
  });

  it('sends them with attachment and period snapshot downloads', async () => {
    const asset = await createAsset(app, admin.token);
    const form = new FormData();
    form.append('file', new Blob(['Ask who signs.\n']), 'notes.txt');
    const uploaded = await fetch(`${app.url}/assets/${asset.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    const { id } = (await uploaded.json()) as { id: string };
    const download = await get(`/attachments/${id}`, admin.token);
    expect(download.status).toBe(200);
    expectHardened(download);

    const closed = await app.gql(
      'mutation($p: PeriodInput!) { closePeriod(period: $p) { closed } }',
      { p: { kind: 'QUARTER', at: '1997-02-15T00:00:00Z' } },
      admin.token,
    );
    expect(closed.errors).toBeUndefined();
    const snapshot = await get('/periods/1997-01-01/snapshot.json', admin.token);
    expect(snapshot.status).toBe(200);
    expectHardened(snapshot);
  });

  it('sends them with error answers too', async () => {
    for (const [path, status, token] of [
      ['/no-such-page', 200], // an unknown page is the app's page, which shows its own "not found"
      ['/attachments/not-an-id', 400, admin.token],
      ['/attachments/00000000-0000-4000-8000-000000000000', 401],
      ['/attachments/00000000-0000-4000-8000-000000000000', 404, admin.token],
      ['/health/nope', 404],
    ] as const) {
      const res = await get(path, token);
      expect(res.status).toBe(status);
      expectHardened(res);
    }
    const post = await fetch(`${app.url}/nowhere`, { method: 'POST' });
    expect(post.status).toBe(404);
    expectHardened(post);
  });
});
