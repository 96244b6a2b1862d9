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
