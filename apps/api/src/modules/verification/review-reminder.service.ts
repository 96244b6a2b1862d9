import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../core/jobs/job-queue.service.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { VerificationRepository } from './verification.repository.js';

export const REVIEW_DUE_QUEUE = 'verification-review-due';
/** Every day at 06:00 UTC, before the digests (07:00), so a reminder makes that day's digest. */
export const REVIEW_DUE_CRON = '0 6 * * *';
export const REVIEW_DUE_KIND = 'REVIEW_DUE';

const BATCH = 500;

interface ReviewDueJob {
  /** The time the run counts as (ISO); now when absent. */
  at?: string;
}

/**
 * The daily review reminders, on the product's job queue: each verifier whose asset fell due is told once per asset
 * and due date. The reminder is claimed in `review_due_notices` (unique per asset and due date) in the transaction
 * that writes the notification, so however many processes run the job, nobody is told twice; a verification moves
 * the due date, and the next due date gets its own reminder.
 */
@Injectable()
export class ReviewReminderService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verifications: VerificationRepository,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ReviewDueJob>(
      REVIEW_DUE_QUEUE,
      { retryLimit: 2, expireInSeconds: 600, concurrency: 1 },
      async (data) => {
        await this.run(data.at ? new Date(data.at) : new Date());
      },
    );
    this.jobs.schedule(REVIEW_DUE_QUEUE, REVIEW_DUE_CRON);
  }

  /** Queues a run now (as the schedule does), counting as `at`. */
  trigger(at?: Date): Promise<void> {
    return this.jobs.send<ReviewDueJob>(REVIEW_DUE_QUEUE, at ? { at: at.toISOString() } : {});
  }

  /** Tells the verifiers of what is due at `at` and was not told yet; returns how many were told. */
  async run(at: Date): Promise<number> {
    let told = 0;
    for (;;) {
      const written: NotificationEntity[] = [];
      const claimed = await this.dataSource.transaction(async (em) => {
        const reminders = await this.verifications.claimReminders(em, at, BATCH);
        for (const r of reminders) {
          written.push(
            await this.notifications.add(
              em,
              r.verifierId,
              REVIEW_DUE_KIND,
              `“${r.title}” is due for review: check it is still right, then verify it.`,
              `/assets/${r.assetId}`,
            ),
          );
        }
        return reminders.length;
      });
      this.notifications.announce(written);
      told += claimed;
      if (claimed < BATCH) return told;
    }
  }
}
