import { describe, expect, it } from '@jest/globals';
import { openFlow, safeReturnPath, sealFlow } from './sso-flow.js';

const SECRET = 'a-session-secret-that-is-long-enough-0123456789';
const flow = { state: 's', nonce: 'n', verifier: 'v', returnTo: '/assets', expiresAt: Date.now() + 60_000 };

describe('the sign-in flow cookie', () => {
  it('opens what this server sealed, until it expires', () => {
    const sealed = sealFlow(flow, SECRET);
    expect(openFlow(sealed, SECRET)).toEqual(flow);
    expect(openFlow(sealed, SECRET, flow.expiresAt + 1)).toBeUndefined();
  });

  it('refuses another secret, a changed payload and garbage', () => {
    const sealed = sealFlow(flow, SECRET);
    expect(openFlow(sealed, `${SECRET}x`)).toBeUndefined();
    const [, signature] = sealed.split('.');
    const forged = Buffer.from(JSON.stringify({ ...flow, returnTo: 'https://evil.example' })).toString('base64url');
    expect(openFlow(`${forged}.${signature}`, SECRET)).toBeUndefined();
    for (const junk of [undefined, '', 'x', 'a.b.c', `${sealed}.x`]) expect(openFlow(junk, SECRET)).toBeUndefined();
  });
});

describe('the path to return to after signing in', () => {
  it('keeps paths of this site', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath('/assets/1?tab=credit#top')).toBe('/assets/1?tab=credit#top');
  });

  it('refuses anything a browser could read as another site', () => {
    for (const raw of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      'evil.example',
      ['/'],
    ]) {
      expect(safeReturnPath(raw)).toBeUndefined();
    }
  });
});
