import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/graphql/errors.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import type { PersonNotice } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import { DigestFrequency } from './dto/notification-settings.object.js';
import type { NotificationSettingsObject } from './dto/notification-settings.object.js';
import { NotificationMailer } from './notification-mailer.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';
import { isUuid } from '../../core/graphql/ids.js';

/** A notification as it travels to live subscribers (JSON, through Redis too). */
export interface NotificationNotice extends PersonNotice {
  id: string;
  kind: string;
  text: string;
  path: string | null;
  createdAt: string;
}

const toNotice = (n: NotificationEntity): NotificationNotice => ({
  userId: n.userId,
  id: n.id,
  kind: n.kind,
  text: n.text,
  path: n.path,
  createdAt: n.createdAt.toISOString(),
});

/**
 * Notifications: written in the transaction of what they tell about, announced live after it commits (on the
 * credit notices' pub/sub, so every API process hears them with Redis).
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly notifier: CreditNotifier,
    private readonly credit: CreditService,
    private readonly mailer: NotificationMailer,
  ) {}

  onModuleInit(): void {
    // Credit received lands in the centre: one notification per event and person, written with the credit.
    this.credit.whenRecorded(async (em, eventIds) =>
      (await this.notifications.insertForCreditEvents(em, eventIds)).map(toNotice),
    );
  }

  /** Writes a notification in the caller's transaction; pass the result to `announce` after it commits. */
  add(em: EntityManager, userId: string, kind: string, text: string, path: string | null): Promise<NotificationEntity> {
    return this.notifications.insert(em, userId, kind, text, path);
  }

  announce(notifications: readonly NotificationEntity[]): void {
    for (const n of notifications) this.notifier.publishTo(toNotice(n));
  }

  list(userId: string, first = 20, unreadOnly = false): Promise<NotificationEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', 'first must be 1 to 100');
    return this.notifications.forUser(userId, first, unreadOnly);
  }

  markRead(userId: string, ids: readonly string[] | null | undefined): Promise<number> {
    if (ids && ids.length > 500) throw badInput('ids', 'At most 500 ids at a time.');
    if (ids?.some((id) => !isUuid(id))) throw badInput('ids', 'ids must be notification ids.');
    return this.notifications.markRead(userId, ids ?? null);
  }

  async settings(userId: string): Promise<NotificationSettingsObject> {
    const digest = (await this.notifications.digestOf(userId)) as DigestFrequency;
    return { digest, digestsAvailable: this.mailer.available };
  }

  async updateSettings(userId: string, digest: DigestFrequency): Promise<NotificationSettingsObject> {
    if (!Object.values(DigestFrequency).includes(digest)) {
      throw badInput('digest', 'digest must be NONE, DAILY or WEEKLY.');
    }
    const saved = (await this.notifications.saveDigest(userId, digest)) as DigestFrequency;
    return { digest: saved, digestsAvailable: this.mailer.available };
  }

  /** Marks what is older than this read, as if each had been read when it came (a loaded history is not news). */
  markReadBefore(before: Date): Promise<number> {
    return this.notifications.markReadBefore(before);
  }

  live(userId: string): AsyncGenerator<NotificationNotice> {
    return this.notifier.noticesFor<NotificationNotice>(userId);
  }
}
