import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';

/** Which public share route a request is for. */
export type ShareRoute = 'page' | 'beacon';

/**
 * Throttling of the public share-link routes, per minute: per client address across all links and per link (by
 * the token's hash) on pages and gates; per address, per viewer and per link on beacons. The narrower counters come
 * first and a request they refuse is not counted against the link, so one address cannot use up a link's allowance
 * and lock its buyer out. Counters live in Redis when REDIS_URL is set (shared by every API process), in this process
 * otherwise, as for logins.
 */
@Injectable()
export class ShareRateLimitService implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly limiters: Record<
    'pageIp' | 'pageLink' | 'beaconIp' | 'beaconViewer' | 'beaconLink',
    RateLimiterAbstract
  >;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    }
    const limiter = (name: string, points: number) =>
      this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `${config.redisKeyPrefix}:share:${name}`,
            points,
            duration: 60,
          })
        : new RateLimiterMemory({ keyPrefix: `share:${name}`, points, duration: 60 });
    const limits = config.shareRateLimit;
    this.limiters = {
      pageIp: limiter('page:ip', limits.pagePerIp),
      pageLink: limiter('page:link', limits.pagePerLink),
      beaconIp: limiter('beacon:ip', limits.beaconPerIp),
      beaconViewer: limiter('beacon:viewer', limits.beaconPerViewer),
      beaconLink: limiter('beacon:link', limits.beaconPerLink),
    };
  }

  /** Counts a page or gate request; the seconds to wait when over a limit, else 0. */
  page(address: string, tokenHash: string): Promise<number> {
    return this.consume([
      [this.limiters.pageIp, address],
      [this.limiters.pageLink, tokenHash],
    ]);
  }

  /** Counts a beacon; the seconds to wait when over a limit, else 0. */
  beacon(address: string, tokenHash: string, viewer: string): Promise<number> {
    return this.consume([
      [this.limiters.beaconIp, address],
      [this.limiters.beaconViewer, `${tokenHash}:${viewer}`],
      [this.limiters.beaconLink, tokenHash],
    ]);
  }

  /** Takes a point from each counter in turn and stops at the first that refuses, so later ones are not charged. */
  private async consume(counts: [RateLimiterAbstract, string][]): Promise<number> {
    for (const [limiter, key] of counts) {
      try {
        await limiter.consume(key);
      } catch (rejection: unknown) {
        if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw rejection;
      }
    }
    return 0;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit();
  }
}
