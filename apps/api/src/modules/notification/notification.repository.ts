import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { EXAMPLE_ID, GenerateSql } from '../../core/database/generate-sql.js';
import type { NotificationEntity } from './notification.entity.js';

interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  text: string;
  path: string | null;
  created_at: Date;
  read_at: Date | null;
}

const toEntity = (row: NotificationRow): NotificationEntity => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind,
  text: row.text,
  path: row.path,
  createdAt: row.created_at,
  readAt: row.read_at,
});

/** A person due a digest, with the unread notifications it lists (newest first, at most DIGEST_LIMIT). */
export interface DigestRecipient {
  userId: string;
  email: string;
  name: string;
  unreadCount: number;
  notifications: NotificationEntity[];
}

/** How many notifications one digest lists; the rest are counted. */
export const DIGEST_LIMIT = 20;

/** Every statement on `notifications`, `notification_settings` and `notification_digests`: the one writer of them. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes a notification in the caller's transaction. */
  async insert(
    em: EntityManager,
    userId: string,
    kind: string,
    text: string,
    path: string | null,
  ): Promise<NotificationEntity> {
    const [row] = await em.query<NotificationRow[]>(
      `INSERT INTO notifications (user_id, kind, text, path) VALUES ($1, $2, $3, $4)
       RETURNING id, user_id, kind, text, path, created_at, read_at`,
      [userId, kind, text.slice(0, 500), path],
    );
    return toEntity(row);
  }

  /** A person's newest notifications, unread only if asked. */
  @GenerateSql({ params: [EXAMPLE_ID, 20, true] })
  async forUser(userId: string, first: number, unreadOnly: boolean): Promise<NotificationEntity[]> {
    const rows = await this.dataSource.query<NotificationRow[]>(
      `SELECT id, user_id, kind, text, path, created_at, read_at FROM notifications
        WHERE user_id = $1 AND (NOT $3 OR read_at IS NULL)
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, first, unreadOnly],
    );
    return rows.map(toEntity);
  }

  /** Marks a person's unread notifications read (these ids, or all with null); how many it marked. */
  @GenerateSql({ params: [EXAMPLE_ID, [EXAMPLE_ID]] })
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    const [{ marked }] = await this.dataSource.query<{ marked: number }[]>(
      `WITH marked AS (
         UPDATE notifications SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
         RETURNING 1
       )
       SELECT count(*)::int AS marked FROM marked`,
      [userId, ids],
    );
    return marked;
  }

  /** Marks every notification made before this moment read then; how many it marked. */
  @GenerateSql({ params: [new Date('2026-01-01T00:00:00Z')] })
  async markReadBefore(before: Date): Promise<number> {
    const [{ marked }] = await this.dataSource.query<{ marked: number }[]>(
      `WITH marked AS (
         UPDATE notifications SET read_at = created_at WHERE read_at IS NULL AND created_at < $1 RETURNING 1
       )
       SELECT count(*)::int AS marked FROM marked`,
      [before],
    );
    return marked;
  }

  /**
   * The notifications of credit events (one, or a batch), in their transaction: one per event and person credited
   * (the points of all their ledger entries added up), dated when the event happened (an imported or replayed one is
   * not news from now), none for the actor's own credit or for an event that took points away.
   */
  async insertForCreditEvents(em: EntityManager, eventIds: readonly string[]): Promise<NotificationEntity[]> {
    const rows = await em.query<NotificationRow[]>(
      `INSERT INTO notifications (user_id, kind, text, path, created_at)
       SELECT ce.beneficiary_id, 'CREDIT',
              left(format('You earned %s %s: %s', sum(ce.points)::text,
                          CASE WHEN sum(ce.points) = 1 THEN 'point' ELSE 'points' END,
                          CASE ev.type::text
                            WHEN 'REUSE' THEN format('%s reused “%s”', actor.name, a.title)
                            WHEN 'ENDORSED' THEN format('%s endorsed “%s”', actor.name, a.title)
                            WHEN 'ADAPTED' THEN format('%s adapted “%s”', actor.name, a.title)
                            WHEN 'TEMPLATE_PERSONALISED' THEN format('%s personalised “%s”', actor.name, a.title)
                            WHEN 'SHARE_VIEWED' THEN format('a buyer viewed “%s”', a.title)
                            WHEN 'DEAL_WON' THEN 'a deal your content helped was won'
                            WHEN 'ANSWER_ACCEPTED' THEN format('%s accepted your answer', actor.name)
                            ELSE coalesce(format('“%s”', a.title), 'credit recorded')
                          END), 500),
              CASE WHEN ev.asset_id IS NOT NULL THEN '/assets/' || ev.asset_id
                   WHEN ev.type::text = 'ANSWER_ACCEPTED' THEN '/questions/' || (ev.payload->>'questionId')
                   ELSE '/credit' END,
              least(ev.occurred_at, now())
         FROM credit_entries ce
         JOIN credit_events ev ON ev.id = ce.event_id
         JOIN users actor ON actor.id = ev.actor_id
         LEFT JOIN assets a ON a.id = ev.asset_id
        WHERE ce.event_id = ANY($1::uuid[]) AND ce.beneficiary_id <> ev.actor_id
        GROUP BY ev.id, ev.seq, ce.beneficiary_id, ev.type, ev.asset_id, ev.occurred_at, actor.name, a.title
       HAVING sum(ce.points) > 0
        ORDER BY ev.seq, ce.beneficiary_id
       RETURNING id, user_id, kind, text, path, created_at, read_at`,
      [eventIds],
    );
    return rows.map(toEntity);
  }

  /** A person's digest setting; NONE until they choose. */
  @GenerateSql({ params: [EXAMPLE_ID] })
  async digestOf(userId: string): Promise<string> {
    const rows = await this.dataSource.query<{ digest: string }[]>(
      `SELECT digest FROM notification_settings WHERE user_id = $1`,
      [userId],
    );
    return rows[0]?.digest ?? 'NONE';
  }

  async saveDigest(userId: string, digest: string): Promise<string> {
    const [row] = await this.dataSource.query<{ digest: string }[]>(
      `INSERT INTO notification_settings (user_id, digest) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET digest = EXCLUDED.digest, updated_at = now()
       RETURNING digest`,
      [userId, digest],
    );
    return row.digest;
  }

  /**
   * Active people with an email whose setting is `digest`, no digest yet for `period`, and unread notifications
   * since their last digest (or since `since`, whichever is later), with those notifications.
   */
  @GenerateSql({ params: ['DAILY', 'DAILY:2026-12-07', new Date('2026-12-06T00:00:00Z')] })
  async dueDigests(digest: string, period: string, since: Date): Promise<DigestRecipient[]> {
    const rows = await this.dataSource.query<
      { user_id: string; email: string; name: string; unread: number; notifications: NotificationRow[] }[]
    >(
      `WITH due AS (
         SELECT u.id, u.email, u.name,
                greatest($3::timestamptz, (SELECT max(d.sent_at) FROM notification_digests d WHERE d.user_id = u.id)) AS since
           FROM notification_settings s
           JOIN users u ON u.id = s.user_id
          WHERE s.digest = $1 AND u.status = 'ACTIVE' AND u.email IS NOT NULL
            AND NOT EXISTS (SELECT FROM notification_digests d WHERE d.user_id = u.id AND d.period = $2)
       )
       SELECT due.id AS user_id, due.email, due.name, n.unread, n.notifications
         FROM due
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS unread,
                  coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.created_at DESC, x.id DESC)
                           FILTER (WHERE x.rank <= ${DIGEST_LIMIT}), '[]') AS notifications
             FROM (SELECT id, user_id, kind, text, path, created_at, read_at,
                          row_number() OVER (ORDER BY created_at DESC, id DESC) AS rank
                     FROM notifications
                    WHERE user_id = due.id AND read_at IS NULL AND created_at > due.since) x
         ) n
        WHERE n.unread > 0
        ORDER BY due.id`,
      [digest, period, since],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      name: r.name,
      unreadCount: r.unread,
      notifications: r.notifications.map((n) => toEntity({ ...n, created_at: new Date(n.created_at) })),
    }));
  }

  /** Claims a person's digest for a period; false when it is already claimed (by this process or another). */
  async claimDigest(userId: string, period: string, count: number): Promise<string | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO notification_digests (user_id, period, notification_count) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, period) DO NOTHING RETURNING id`,
      [userId, period, count],
    );
    return rows[0]?.id ?? null;
  }

  /** Gives a claim back when the mail could not be sent, so a later run sends it. */
  async releaseDigest(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM notification_digests WHERE id = $1`, [id]);
  }
}
