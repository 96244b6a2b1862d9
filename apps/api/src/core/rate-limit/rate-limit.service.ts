import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import { rateLimited } from '../graphql/errors.js';

/** The longest a client waits after repeated failures; each failure past the allowance doubles the wait up to it. */
export const MAX_LOGIN_DELAY_SECONDS = 3600;

/** The wait after the `over`-th failure past an allowance (0 for the first): 1 s, 2 s, 4 s ... */
export const loginDelaySeconds = (over: number) => Math.min(2 ** Math.min(over, 31), MAX_LOGIN_DELAY_SECONDS);

interface FailureCounter {
  limiter: RateLimiterAbstract;
  /** Failures tolerated before the waits begin. */
  allowance: number;
  key: (ip: string, email: string) => string;
}

/**
 * Login throttling. Failures count per (email, client address), so guessing one person's password from one address
 * is slowed without locking that person out from anywhere else, and per client address, so spraying many emails
 * from one address is slowed too. Past each allowance, every failure makes that key wait twice as long before it
 * may try again (429 with retry-after). All attempts also count per address per minute. Counters live in Redis
 * when REDIS_URL is set (shared by every API process), in this process otherwise.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly attemptsPerIp: RateLimiterAbstract;
  private readonly failures: FailureCounter[];
  /** Keys that must wait, each until its own time. */
  private readonly waiting: RateLimiterAbstract;
  /** CRM panel token exchanges per address per minute (when the panel is on). */
  private readonly embedExchangesPerIp?: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { perIpPerMinute, failuresPerEmail, failuresPerIp, failureWindowSeconds } = config.loginRateLimit;
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    }
    const limiter = (name: string, points: number, duration: number) =>
      this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `${config.redisKeyPrefix}:login:${name}`,
            points,
            duration,
          })
        : new RateLimiterMemory({ keyPrefix: `login:${name}`, points, duration });
    this.attemptsPerIp = limiter('ip', perIpPerMinute, 60);
    // Counters only: failures are remembered for the window, and what they cost is decided in loginFailed.
    this.failures = [
      {
        limiter: limiter('failures:email-ip', Number.MAX_SAFE_INTEGER, failureWindowSeconds),
        allowance: failuresPerEmail,
        key: (ip, email) => `${email} ${ip}`,
      },
      {
        limiter: limiter('failures:ip', Number.MAX_SAFE_INTEGER, failureWindowSeconds),
        allowance: failuresPerIp,
        key: (ip) => ip,
      },
    ];
    this.waiting = limiter('wait', 1, 1);
    if (config.embed) {
      this.embedExchangesPerIp = this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `${config.redisKeyPrefix}:embed:ip`,
            points: config.embed.exchangesPerIpPerMinute,
            duration: 60,
          })
        : new RateLimiterMemory({ keyPrefix: 'embed:ip', points: config.embed.exchangesPerIpPerMinute, duration: 60 });
    }
  }

  /** Counts a CRM panel token exchange; throws RATE_LIMITED when this address made too many this minute. */
  async beforeEmbedExchange(ip: string): Promise<void> {
    try {
      await this.embedExchangesPerIp?.consume(ip);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }

  /** Counts a single sign-on callback as a login attempt of this address; throws RATE_LIMITED past the minute's. */
  async beforeSsoCallback(ip: string): Promise<void> {
    try {
      await this.attemptsPerIp.consume(ip);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }

  /** Counts a login attempt; throws RATE_LIMITED while this address, or this email from this address, must wait. */
  async beforeLogin(ip: string, email: string): Promise<void> {
    try {
      await this.attemptsPerIp.consume(ip);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
    const waits = await Promise.all(
      this.failures.map((f) => this.waiting.get(`${f.limiter.keyPrefix} ${f.key(ip, email)}`)),
    );
    const longest = Math.max(0, ...waits.map((w) => (w && w.remainingPoints <= 0 ? w.msBeforeNext : 0)));
    if (longest > 0) throw rateLimited(Math.ceil(longest / 1000));
  }

  async loginFailed(ip: string, email: string): Promise<void> {
    await Promise.all(
      this.failures.map(async ({ limiter, allowance, key }) => {
        const { consumedPoints } = await limiter.penalty(key(ip, email), 1);
        if (consumedPoints >= allowance) {
          await this.waiting.block(
            `${limiter.keyPrefix} ${key(ip, email)}`,
            loginDelaySeconds(consumedPoints - allowance),
          );
        }
      }),
    );
  }

  /** The right password clears this email's failures from this address (not the address's own count). */
  async loginSucceeded(ip: string, email: string): Promise<void> {
    const [perEmail] = this.failures;
    await perEmail.limiter.delete(perEmail.key(ip, email));
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit();
  }
}
