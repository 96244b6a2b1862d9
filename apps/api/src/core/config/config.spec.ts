import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const JWT = 'a-session-secret-that-is-long-enough-0123456789';
const EMBED = 'a-crm-embed-secret-that-is-long-enough-0123';
const load = (env: Record<string, string>) =>
  loadConfig({ BYLINE_DATA_DIR: mkdtempSync(join(tmpdir(), 'byline-config-')), BYLINE_JWT_SECRET: JWT, ...env });

describe('the CRM panel configuration', () => {
  it('is off without BYLINE_EMBED_SECRET', () => {
    expect(load({}).embed).toBeUndefined();
    expect(() => load({ BYLINE_EMBED_ORIGINS: 'https://crm.example.com' })).toThrow(ConfigError);
  });

  it('reads the secret and the origins that may frame the panel', () => {
    const { embed } = load({
      BYLINE_EMBED_SECRET: EMBED,
      BYLINE_EMBED_ORIGINS: 'https://acme.lightning.force.com, http://127.0.0.1:3100',
    });
    expect(embed).toMatchObject({
      secret: EMBED,
      origins: ['https://acme.lightning.force.com', 'http://127.0.0.1:3100'],
      sessionTtlSeconds: 8 * 3600,
    });
  });

  it('refuses a short secret, the session secret, and anything that is not an origin', () => {
    expect(() => load({ BYLINE_EMBED_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => load({ BYLINE_EMBED_SECRET: JWT })).toThrow(/differ/);
    for (const origin of [
      '*',
      'null',
      'crm.example.com',
      'https://crm.example.com/',
      'https://a.com/x',
      'ftp://a.com',
    ]) {
      expect(() => load({ BYLINE_EMBED_SECRET: EMBED, BYLINE_EMBED_ORIGINS: origin })).toThrow(/BYLINE_EMBED_ORIGINS/);
    }
  });
});

describe('the single sign-on configuration', () => {
  const sso = {
    BYLINE_OIDC_ISSUER: 'https://login.example.com/tenant',
    BYLINE_OIDC_CLIENT_ID: 'byline',
    BYLINE_OIDC_CLIENT_SECRET: 'a-client-secret',
  };

  it('is off without an issuer, and password login is on', () => {
    const config = load({});
    expect(config.oidc).toBeUndefined();
    expect(config.passwordLogin).toBe(true);
    expect(() => load({ BYLINE_OIDC_CLIENT_ID: 'byline' })).toThrow(/needs BYLINE_OIDC_ISSUER/);
  });

  it('reads the provider, the scopes with openid and email, the redirect URI and the claim mapping', () => {
    const { oidc, passwordLogin } = load({
      ...sso,
      BYLINE_PUBLIC_URL: 'https://byline.example.com/',
      BYLINE_OIDC_SCOPES: 'profile groups',
      BYLINE_OIDC_ROLE_CLAIM: 'groups',
      BYLINE_OIDC_ROLE_MAP: 'sales-leads=manager, enablement=ENABLEMENT',
      BYLINE_OIDC_TEAM_CLAIM: 'department',
      BYLINE_PASSWORD_LOGIN: '0',
    });
    expect(passwordLogin).toBe(false);
    expect(oidc).toEqual({
      issuer: 'https://login.example.com/tenant',
      clientId: 'byline',
      clientSecret: 'a-client-secret',
      scopes: 'openid email profile groups',
      label: 'login.example.com',
      redirectUri: 'https://byline.example.com/auth/oidc/callback',
      insecure: false,
      roleClaim: 'groups',
      roleMap: { 'sales-leads': 'MANAGER', enablement: 'ENABLEMENT' },
      teamClaim: 'department',
    });
  });

  it('allows plain http only for a provider on this machine', () => {
    expect(load({ ...sso, BYLINE_OIDC_ISSUER: 'http://localhost:9000' }).oidc?.insecure).toBe(true);
    expect(load({ ...sso, BYLINE_OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.insecure).toBe(true);
    for (const issuer of [
      'http://login.example.com',
      'login.example.com',
      'ftp://login.example.com',
      'https://a.com/?x=1',
    ]) {
      expect(() => load({ ...sso, BYLINE_OIDC_ISSUER: issuer })).toThrow(/BYLINE_OIDC_ISSUER/);
    }
  });

  it('refuses a missing client, a bad role map, and password login off without single sign-on', () => {
    expect(() => load({ ...sso, BYLINE_OIDC_CLIENT_ID: '' })).toThrow(/BYLINE_OIDC_CLIENT_ID is required/);
    expect(() => load({ ...sso, BYLINE_OIDC_CLIENT_SECRET: '' })).toThrow(/BYLINE_OIDC_CLIENT_SECRET is required/);
    expect(() => load({ ...sso, BYLINE_OIDC_ROLE_CLAIM: 'groups', BYLINE_OIDC_ROLE_MAP: 'x=OWNER' })).toThrow(
      /BYLINE_OIDC_ROLE_MAP/,
    );
    expect(() => load({ ...sso, BYLINE_OIDC_ROLE_CLAIM: 'groups' })).toThrow(/needs BYLINE_OIDC_ROLE_MAP/);
    expect(() => load({ ...sso, BYLINE_OIDC_ROLE_MAP: 'x=ADMIN' })).toThrow(/needs BYLINE_OIDC_ROLE_CLAIM/);
    expect(() => load({ BYLINE_PASSWORD_LOGIN: '0' })).toThrow(/BYLINE_PASSWORD_LOGIN=0 needs single sign-on/);
  });
});
