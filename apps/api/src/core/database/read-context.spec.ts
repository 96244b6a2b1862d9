import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../config/config.js';
import { parseLsn } from './read-context.js';

const load = (env: Record<string, string>) =>
  loadConfig({
    BYLINE_DATA_DIR: mkdtempSync(join(tmpdir(), 'byline-config-')),
    BYLINE_JWT_SECRET: 'a-session-secret-that-is-long-enough-0123456789',
    ...env,
  });

describe('WAL positions', () => {
  it('compare as PostgreSQL orders them, across the high word', () => {
    expect(parseLsn('0/8000000')).toBe(0x8000000n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(parseLsn('16/B374D848') > parseLsn('16/B374D847')).toBe(true);
  });
});

describe('the replicas configuration', () => {
  it('is none by default, with a 10 s lag allowance', () => {
    expect(load({}).replicas).toEqual({ urls: [], maxLagSeconds: 10 });
  });

  it('lists the replicas and the lag allowance', () => {
    const config = load({
      DATABASE_REPLICA_URLS: ' postgresql://a@r1:5432/byline, ,postgres://a@r2/byline ',
      BYLINE_REPLICA_MAX_LAG_SECONDS: '3',
    });
    expect(config.replicas).toEqual({
      urls: ['postgresql://a@r1:5432/byline', 'postgres://a@r2/byline'],
      maxLagSeconds: 3,
    });
  });

  it('refuses what is not a PostgreSQL URL and a lag that is not a whole number of seconds', () => {
    expect(() => load({ DATABASE_REPLICA_URLS: 'mysql://r1/byline' })).toThrow(ConfigError);
    expect(() => load({ BYLINE_REPLICA_MAX_LAG_SECONDS: '0' })).toThrow(ConfigError);
    expect(() => load({ BYLINE_REPLICA_MAX_LAG_SECONDS: '1.5' })).toThrow(ConfigError);
  });
});
