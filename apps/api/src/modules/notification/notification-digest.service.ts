import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { JobQueue } from '../../core/jobs/job-queue.service.js';
import { DigestFrequency } from './dto/notification-settings.object.js';
import { NotificationMailer } from './notification-mailer.js';
import type { OutgoingMail } from './notification-mailer.js';
import { DIGEST_LIMIT, NotificationRepository } from './notification.repository.js';
import type { DigestRecipient } from './notification.repository.js';

export const DIGEST_QUEUE = 'notification-digests';
/** Every day at 07:00 UTC; a weekly digest goes out on the first run of each ISO week (Monday). */
export const DIGEST_CRON = '0 7 * * *';

interface DigestJob {
  /** The time the run counts as (ISO); now when absent. */
  at?: string;
}

export interface DigestRun {
  sent: number;
  failed: number;
}

const DAY_MS = 24 * 3600 * 1000;

/** The period a run at `at` belongs to: the UTC day, or the ISO week. */
export function digestPeriod(frequency: DigestFrequency.DAILY | DigestFrequency.WEEKLY, at: Date): string {
  if (frequency === DigestFrequency.DAILY) return `DAILY:${at.toISOString().slice(0, 10)}`;
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this ISO week names its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `WEEKLY:${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Email digests of unread notifications, daily or weekly as each person chose, on the product's job queue. A digest
 * is claimed in `notification_digests` (unique per person and period) before it is sent, so however many processes
 * run the job, each person gets one per period; a mail that fails gives its claim back for the retry.
 */
@Injectable()
export class NotificationDigestService implements OnModuleInit {
  private readonly logger = new Logger(NotificationDigestService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationRepository,
    private readonly mailer: NotificationMailer,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<DigestJob>(
      DIGEST_QUEUE,
      { retryLimit: 2, expireInSeconds: 600, concurrency: 1 },
      async (data) => {
        const run = await this.run(data.at ? new Date(data.at) : new Date());
        // A failed mail was given back; throwing has pg-boss retry the run, which skips what was sent.
        if (run.failed > 0) throw new Error(`${run.failed} notification digests could not be sent.`);
      },
    );
    this.jobs.schedule(DIGEST_QUEUE, DIGEST_CRON);
  }

  /** Queues a digest run now (as the schedule does), counting as `at`. */
  trigger(at?: Date): Promise<void> {
    return this.jobs.send<DigestJob>(DIGEST_QUEUE, at ? { at: at.toISOString() } : {});
  }

  /** Sends the digests due at `at`; without SMTP configured, none. */
  async run(at: Date): Promise<DigestRun> {
    const result: DigestRun = { sent: 0, failed: 0 };
    if (!this.mailer.available) return result;
    for (const frequency of [DigestFrequency.DAILY, DigestFrequency.WEEKLY] as const) {
      const period = digestPeriod(frequency, at);
      const since = new Date(at.getTime() - (frequency === DigestFrequency.DAILY ? 1 : 7) * DAY_MS);
      for (const recipient of await this.notifications.dueDigests(frequency, period, since)) {
        const claim = await this.notifications.claimDigest(recipient.userId, period, recipient.unreadCount);
        if (!claim) continue;
        try {
          await this.mailer.send(this.compose(recipient, frequency));
          result.sent++;
        } catch (error) {
          await this.notifications.releaseDigest(claim);
          this.logger.error(`The ${period} digest for ${recipient.userId} failed: ${(error as Error).message}`);
          result.failed++;
        }
      }
    }
    return result;
  }

  private compose(r: DigestRecipient, frequency: DigestFrequency): OutgoingMail {
    const base = this.config.publicUrl;
    const centre = `${base}/notifications`;
    const more = r.unreadCount - r.notifications.length;
    const subject = `Byline: ${r.unreadCount} unread notification${r.unreadCount === 1 ? '' : 's'}`;
    const items = r.notifications.map((n) => ({ text: n.text, url: `${base}${n.path ?? '/notifications'}` }));
    const when = frequency === DigestFrequency.DAILY ? 'daily' : 'weekly';
    const text = [
      `Hello ${r.name},`,
      '',
      `What happened in Byline that you have not read yet:`,
      '',
      ...items.map((i) => `- ${i.text}\n  ${i.url}`),
      ...(more > 0 ? [`… and ${more} more (the digest lists the newest ${DIGEST_LIMIT}).`] : []),
      '',
      `All your notifications: ${centre}`,
      `You receive this ${when} digest because you chose it; change it on ${centre}.`,
    ].join('\n');
    const html = [
      `<p>Hello ${escapeHtml(r.name)},</p>`,
      `<p>What happened in Byline that you have not read yet:</p>`,
      `<ul>`,
      ...items.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.text)}</a></li>`),
      `</ul>`,
      ...(more > 0 ? [`<p>… and ${more} more.</p>`] : []),
      `<p><a href="${escapeHtml(centre)}">Open your notifications in Byline</a></p>`,
      `<p style="color:#666">You receive this ${when} digest because you chose it; change it on the notifications page.</p>`,
    ].join('\n');
    return { to: r.email, subject, text, html };
  }
}
