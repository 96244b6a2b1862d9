import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../core/config/config.js';
import { ShareRateLimitService } from './share-rate-limit.service.js';

const limits = (env: Record<string, string>) =>
  new ShareRateLimitService(
    loadConfig({
      BYLINE_DATA_DIR: mkdtempSync(join(tmpdir(), 'byline-share-limits-')),
      BYLINE_JWT_SECRET: 'a-secret-long-enough-for-the-share-limit-tests',
      ...env,
    }),
  );

const times = async (n: number, request: () => Promise<number>) => {
  const waits: number[] = [];
  for (let i = 0; i < n; i++) waits.push(await request());
  return waits;
};

describe('share-link rate limits', () => {
  it("does not let one address use up a link's page allowance and lock its buyer out", async () => {
    const service = limits({ BYLINE_SHARE_PAGE_RATE_PER_IP: '3', BYLINE_SHARE_PAGE_RATE_PER_LINK: '5' });
    const attacker = await times(50, () => service.page('203.0.113.9', 'link-a'));
    expect(attacker.filter((wait) => wait === 0)).toHaveLength(3);
    expect(attacker.slice(3).every((wait) => wait >= 1 && wait <= 60)).toBe(true);
    // The link has two of its five left: the buyer's first two requests pass, the third is over the link's limit.
    const buyer = await times(3, () => service.page('198.51.100.7', 'link-a'));
    expect(buyer.map((wait) => wait === 0)).toEqual([true, true, false]);
    // Another link is untouched by all of it.
    expect(await service.page('192.0.2.1', 'link-b')).toBe(0);
    await service.onModuleDestroy();
  });

  it("does not let one viewer's beacons use up the link's beacon allowance", async () => {
    const service = limits({
      BYLINE_SHARE_BEACON_RATE_PER_IP: '1000',
      BYLINE_SHARE_BEACON_RATE_PER_VIEWER: '2',
      BYLINE_SHARE_BEACON_RATE_PER_LINK: '4',
    });
    const flood = await times(40, () => service.beacon('203.0.113.9', 'link-a', 'viewer-1'));
    expect(flood.filter((wait) => wait === 0)).toHaveLength(2);
    const others = await times(3, () => service.beacon('203.0.113.10', 'link-a', 'viewer-2'));
    expect(others.map((wait) => wait === 0)).toEqual([true, true, false]);
    await service.onModuleDestroy();
  });
});
