import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';

/**
 * Each person's last write, as the primary's WAL position right after it, for read-your-writes: their reads go to
 * the primary until a replica has replayed past it. Kept in Redis when REDIS_URL is set, so a write through one API
 * process holds on every other, else in this process. A position is forgotten after twice the lag a replica may
 * have and still be read from: by then any replica in use has replayed it.
 */
@Injectable()
export class RecentWrites implements OnModuleDestroy {
  private readonly logger = new Logger(RecentWrites.name);
  private readonly redis?: Redis;
  private readonly local = new Map<string, { lsn: bigint; until: number }>();
  private readonly ttlSeconds: number;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlSeconds = 2 * config.replicas.maxLagSeconds + 2;
    this.prefix = `${config.redisKeyPrefix}:last-write:`;
    if (config.redisUrl && config.replicas.urls.length) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.redis.on('error', (error: unknown) => this.logger.warn(`Redis: ${String(error)}`));
    }
  }

  async remember(userId: string, lsn: bigint): Promise<void> {
    if (this.redis) {
      await this.redis.set(this.prefix + userId, lsn.toString(), 'EX', this.ttlSeconds);
      return;
    }
    const now = Date.now();
    if (this.local.size > 10_000) {
      for (const [key, entry] of this.local) if (entry.until < now) this.local.delete(key);
    }
    this.local.set(userId, { lsn, until: now + this.ttlSeconds * 1000 });
  }

  /**
   * The person's last write still remembered, or null. When Redis cannot answer, the answer is "just now" (the
   * largest position): reading from the primary is always right, only slower.
   */
  async last(userId: string): Promise<bigint | null> {
    if (this.redis) {
      try {
        const value = await this.redis.get(this.prefix + userId);
        return value === null ? null : BigInt(value);
      } catch {
        return BigInt(Number.MAX_SAFE_INTEGER) ** 2n;
      }
    }
    const entry = this.local.get(userId);
    return entry && entry.until >= Date.now() ? entry.lsn : null;
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
