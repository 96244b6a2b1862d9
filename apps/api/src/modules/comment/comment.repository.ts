import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import type { AssetStatus } from '../asset/asset.entity.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import type { UserStatus } from '../user/user.entity.js';
import { CommentEntity, CommentMentionEntity, CommentRevisionEntity } from './comment.entity.js';

/** The asset a comment is on, as the writer sees it. */
export interface CommentedAsset {
  id: string;
  title: string;
  status: AssetStatus;
  authorIds: string[];
}

/** A person an `@email` in a body names. */
export interface MentionedPerson {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
  status: UserStatus;
}

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

const COLUMNS = `c.id, c.asset_id AS "assetId", c.question_id AS "questionId", c.parent_id AS "parentId", c.author_id AS "authorId", c.body,
       c.created_at AS "createdAt", c.edited_at AS "editedAt", c.resolved_at AS "resolvedAt", c.resolved_by AS "resolvedBy"`;

/** Every statement on `comments`, `comment_revisions` and `comment_mentions`; reads filter by the asset's visibility. */
@Injectable()
export class CommentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The asset with its authors, if the viewer may see it. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async visibleAsset(em: EntityManager, viewer: Viewer, assetId: string): Promise<CommentedAsset | undefined> {
    const params: unknown[] = [assetId];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<CommentedAsset[]>(
      `SELECT a.id, a.title, a.status,
              coalesce((SELECT array_agg(x.user_id::text) FROM authorships x WHERE x.asset_id = a.id), '{}') AS "authorIds"
         FROM assets a WHERE a.id = $1 AND ${visible}`,
      params,
    );
    return row;
  }

  /** Whether the person may see the asset (by the same rule as every read). */
  async maySee(em: EntityManager, person: Viewer, assetId: string): Promise<boolean> {
    const params: unknown[] = [assetId];
    const visible = positional(visibleAssets('a', person), params);
    const rows: unknown[] = await em.query(`SELECT 1 FROM assets a WHERE a.id = $1 AND ${visible}`, params);
    return rows.length > 0;
  }

  /** One comment, locked for the transaction, if the viewer may see its asset. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async lockVisible(em: EntityManager, viewer: Viewer, id: string): Promise<CommentEntity | undefined> {
    const params: unknown[] = [id];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<CommentEntity[]>(
      `SELECT ${COLUMNS} FROM comments c JOIN assets a ON a.id = c.asset_id
        WHERE c.id = $1 AND ${visible} FOR UPDATE OF c`,
      params,
    );
    return row;
  }

  /** People by email (any case). */
  peopleByEmail(em: EntityManager, emails: string[]): Promise<MentionedPerson[]> {
    if (!emails.length) return Promise.resolve([]);
    return em.query(
      `SELECT id, email, role, team_id AS "teamId", status FROM users WHERE lower(email) = ANY($1::text[])`,
      [emails.map((e) => e.toLowerCase())],
    );
  }

  /** How many comments the person wrote since `since`. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, new Date('2026-01-01T00:00:00Z')] })
  async writtenSince(em: EntityManager, authorId: string, since: Date): Promise<number> {
    const [row] = await em.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM comments WHERE author_id = $1 AND created_at >= $2',
      [authorId, since],
    );
    return row?.n ?? 0;
  }

  async personName(em: EntityManager, id: string): Promise<string> {
    const [row] = await em.query<{ name: string }[]>('SELECT name FROM users WHERE id = $1', [id]);
    return row?.name ?? 'Someone';
  }

  insert(
    em: EntityManager,
    comment: Pick<CommentEntity, 'assetId' | 'parentId' | 'authorId' | 'body'> & { questionId?: string | null },
  ) {
    return em.save(
      em.create(CommentEntity, {
        questionId: null,
        ...comment,
        editedAt: null,
        resolvedAt: null,
        resolvedBy: null,
      }),
    );
  }

  /** One answer to a question, locked for the transaction. Every signed-in person may see questions. */
  async lockAnswer(em: EntityManager, questionId: string, id: string): Promise<CommentEntity | undefined> {
    const [row] = await em.query<CommentEntity[]>(
      `SELECT ${COLUMNS} FROM comments c WHERE c.id = $1 AND c.question_id = $2 FOR UPDATE OF c`,
      [id, questionId],
    );
    return row;
  }

  /** The answers to many questions, oldest first. */
  @GenerateSql({ params: [[EXAMPLE_ID]] })
  answers(questionIds: readonly string[]): Promise<CommentEntity[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM comments c WHERE c.question_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
      [questionIds],
    );
  }

  /** Answers by id (any question's), for the accepted answer of many questions. */
  answersById(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[]) AND c.question_id IS NOT NULL`,
      [ids],
    );
  }

  /** Replaces the body, keeping the earlier one as a revision. */
  async edit(em: EntityManager, comment: CommentEntity, body: string, editorId: string, at: Date): Promise<void> {
    await em.insert(CommentRevisionEntity, {
      commentId: comment.id,
      body: comment.body,
      editedBy: editorId,
      editedAt: at,
    });
    await em.update(CommentEntity, { id: comment.id }, { body, editedAt: at });
  }

  async setResolved(em: EntityManager, id: string, by: string | null, at: Date | null): Promise<void> {
    await em.update(CommentEntity, { id }, { resolvedAt: at, resolvedBy: by });
  }

  /** The people already mentioned in a comment. */
  async mentionedIds(em: EntityManager, commentId: string): Promise<Set<string>> {
    const rows = await em.query<{ user_id: string }[]>('SELECT user_id FROM comment_mentions WHERE comment_id = $1', [
      commentId,
    ]);
    return new Set(rows.map((r) => r.user_id));
  }

  async insertMentions(em: EntityManager, mentions: CommentMentionEntity[]): Promise<void> {
    if (mentions.length) await em.insert(CommentMentionEntity, mentions);
  }

  findOne(em: EntityManager, id: string): Promise<CommentEntity | null> {
    return em.findOneBy(CommentEntity, { id });
  }

  /** Which of these assets the person authors. */
  async authoredAmong(userId: string, assetIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ asset_id: string }[]>(
      'SELECT asset_id FROM authorships WHERE user_id = $1 AND asset_id = ANY($2::uuid[])',
      [userId, assetIds],
    );
    return new Set(rows.map((r) => r.asset_id));
  }

  /** Top-level comments of many assets the viewer may see, oldest first. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  topLevel(viewer: Viewer, assetIds: readonly string[]): Promise<CommentEntity[]> {
    const params: unknown[] = [assetIds];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM comments c JOIN assets a ON a.id = c.asset_id
        WHERE c.asset_id = ANY($1::uuid[]) AND c.parent_id IS NULL AND ${visible}
        ORDER BY c.created_at, c.id`,
      params,
    );
  }

  /** Replies to many comments on assets the viewer may see, oldest first. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  replies(viewer: Viewer, parentIds: readonly string[]): Promise<CommentEntity[]> {
    const params: unknown[] = [parentIds];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM comments c JOIN assets a ON a.id = c.asset_id
        WHERE c.parent_id = ANY($1::uuid[]) AND ${visible}
        ORDER BY c.created_at, c.id`,
      params,
    );
  }

  /** How many comments (replies included) each asset the viewer may see has. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  async counts(viewer: Viewer, assetIds: readonly string[]): Promise<Map<string, number>> {
    const params: unknown[] = [assetIds];
    const visible = positional(visibleAssets('a', viewer), params);
    const rows = await this.dataSource.query<{ asset_id: string; n: number }[]>(
      `SELECT c.asset_id, count(*)::int AS n FROM comments c JOIN assets a ON a.id = c.asset_id
        WHERE c.asset_id = ANY($1::uuid[]) AND ${visible} GROUP BY c.asset_id`,
      params,
    );
    return new Map(rows.map((r) => [r.asset_id, r.n]));
  }

  /** Earlier bodies of many comments on assets the viewer may see, oldest first. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  revisions(viewer: Viewer, commentIds: readonly string[]): Promise<CommentRevisionEntity[]> {
    const params: unknown[] = [commentIds];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT r.id, r.comment_id AS "commentId", r.body, r.edited_by AS "editedBy", r.edited_at AS "editedAt"
         FROM comment_revisions r JOIN comments c ON c.id = r.comment_id JOIN assets a ON a.id = c.asset_id
        WHERE r.comment_id = ANY($1::uuid[]) AND ${visible}
        ORDER BY r.edited_at, r.id`,
      params,
    );
  }

  /** The mentions of many comments on assets the viewer may see, and of answers to questions (seen by everyone). */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  mentions(viewer: Viewer, commentIds: readonly string[]): Promise<CommentMentionEntity[]> {
    const params: unknown[] = [commentIds];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT m.comment_id AS "commentId", m.user_id AS "userId", m.notified, m.reason
         FROM comment_mentions m JOIN comments c ON c.id = m.comment_id LEFT JOIN assets a ON a.id = c.asset_id
        WHERE m.comment_id = ANY($1::uuid[]) AND (c.question_id IS NOT NULL OR (a.id IS NOT NULL AND ${visible}))
        ORDER BY m.user_id`,
      params,
    );
  }
}
