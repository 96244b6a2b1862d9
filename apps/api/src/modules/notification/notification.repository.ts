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

/** Every statement on `notifications`: the one writer of them. */
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
}
