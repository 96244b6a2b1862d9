import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';

import type { CreditResult } from '@byline/credit';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';

export interface CreditNotice {
  userId: string;
  points: number;
  reason: string;
  assetId: string | null;
  actorId: string;
  occurredAt: string;
}

const CHANNEL = 'byline:credit';
/** Other live notices for one person (see modules/notification) travel the same way, on a channel of their own. */
const NOTIFICATION_CHANNEL = 'byline:notification';

/** A notice for one person on the notification channel; what it carries is its publisher's business. */
export interface PersonNotice {
  userId: string;
}

/**
 * Tells people they were credited, after the transaction that credited them commits. With REDIS_URL every API
 * process hears every notice (so a subscriber on any replica is told); without it, this process only.
 */
@Injectable()
export class CreditNotifier implements OnModuleDestroy {
  private readonly logger = new Logger(CreditNotifier.name);
  private readonly notices = new EventEmitter({ captureRejections: true });
  private readonly publisher?: Redis;
  private readonly subscriber?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.notices.setMaxListeners(0);
    if (!config.redisUrl) return;
    this.publisher = new Redis(config.redisUrl, { maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(config.redisUrl, { maxRetriesPerRequest: 1 });
    void this.subscriber
      .subscribe(CHANNEL, NOTIFICATION_CHANNEL)
      .catch((error: unknown) => this.logger.error(`Redis subscribe failed: ${String(error)}`));
    this.subscriber.on('message', (channel: string, message: string) => {
      try {
        if (channel === NOTIFICATION_CHANNEL) this.emitNotification(JSON.parse(message) as PersonNotice);
        else this.emit(JSON.parse(message) as CreditNotice);
      } catch {
        this.logger.warn('Ignored a malformed credit notice');
      }
    });
  }

  /**
   * Announces what committed results awarded, one notice per entry, and the notifications recorded with them
   * (`notices` of a recorded result).
   */
  publish(results: (CreditResult & { notices?: readonly PersonNotice[] })[]): void {
    for (const result of results) {
      for (const notice of result.notices ?? []) this.publishTo(notice);
      for (const e of result.entries) {
        const notice: CreditNotice = {
          userId: e.beneficiaryId,
          points: e.points,
          reason: e.reason,
          assetId: e.assetId || null,
          actorId: e.actorId,
          occurredAt: e.occurredAt.toISOString(),
        };
        if (this.publisher) {
          this.publisher.publish(CHANNEL, JSON.stringify(notice)).catch((error: unknown) => {
            this.logger.error(`Redis publish failed: ${String(error)}`);
          });
        } else {
          this.emit(notice);
        }
      }
    }
  }

  /** The notices for one person, as an async iterator that ends when the subscriber leaves. */
  async *for(userId: string): AsyncGenerator<CreditNotice> {
    for await (const [notice] of on(this.notices, userId) as AsyncIterableIterator<[CreditNotice]>) yield notice;
  }

  /** Announces a committed notice to one person, through Redis when it is configured. */
  publishTo(notice: PersonNotice): void {
    if (this.publisher) {
      this.publisher.publish(NOTIFICATION_CHANNEL, JSON.stringify(notice)).catch((error: unknown) => {
        this.logger.error(`Redis publish failed: ${String(error)}`);
      });
    } else {
      this.emitNotification(notice);
    }
  }

  /** The notices `publishTo` sent one person, as an async iterator that ends when the subscriber leaves. */
  async *noticesFor<T extends PersonNotice>(userId: string): AsyncGenerator<T> {
    for await (const [notice] of on(this.notices, `notification:${userId}`) as AsyncIterableIterator<[T]>) {
      yield notice;
    }
  }

  private emitNotification(notice: PersonNotice): void {
    this.notices.emit(`notification:${notice.userId}`, notice);
  }

  private emit(notice: CreditNotice): void {
    this.notices.emit(notice.userId, notice);
  }

  async onModuleDestroy(): Promise<void> {
    this.notices.removeAllListeners();
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()]);
  }
}
