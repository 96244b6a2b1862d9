import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import { rateLimited } from '../graphql/errors.js';

/**
 * Login throttling: every attempt counts per client address, failed attempts count per email. Counters live in
 * Redis when REDIS_URL is set (shared by every API process), in this process otherwise.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly perIp: RateLimiterAbstract;
  private readonly failuresPerEmail: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { perIpPerMinute, failuresPerEmail, emailWindowSeconds } = config.loginRateLimit;
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.perIp = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: 'byline:login:ip',
        points: perIpPerMinute,
        duration: 60,
      });
      this.failuresPerEmail = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: 'byline:login:email',
        points: failuresPerEmail,
        duration: emailWindowSeconds,
      });
    } else {
      this.perIp = new RateLimiterMemory({ keyPrefix: 'login:ip', points: perIpPerMinute, duration: 60 });
      this.failuresPerEmail = new RateLimiterMemory({
        keyPrefix: 'login:email',
        points: failuresPerEmail,
        duration: emailWindowSeconds,
      });
    }
  }

  /** Counts a login attempt; throws RATE_LIMITED when this address or this email is over its limit. */
  async beforeLogin(ip: string, email: string): Promise<void> {
    await this.consume(this.perIp, ip);
    const failures = await this.failuresPerEmail.get(email);
    if (failures && failures.remainingPoints <= 0) throw rateLimited(Math.ceil(failures.msBeforeNext / 1000));
  }

  async loginFailed(email: string): Promise<void> {
    await this.failuresPerEmail.penalty(email, 1);
  }

  async loginSucceeded(email: string): Promise<void> {
    await this.failuresPerEmail.delete(email);
  }

  private async consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit();
  }
}
