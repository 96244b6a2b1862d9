import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import type { AuthorRole } from '../authorship/authorship.entity.js';
import type { EndorsementKind } from '../endorsement/endorsement.entity.js';
import { Role } from '../user/user.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };
const ALL_TIME = new Date('1970-01-01T00:00:00Z');
const QUARTER_START = new Date('2026-10-01T00:00:00Z');

export interface AuthorshipRow {
  assetId: string;
  role: AuthorRole;
  share: number;
  total: number;
}

export interface ReachRow {
  reuses: Record<string, number>;
  shareLinkViews: number;
  dealsUsedIn: number;
  published: number;
}

export interface ReceivedEndorsementRow {
  id: string;
  assetId: string;
  endorserId: string;
  kind: EndorsementKind;
  comment: string | null;
  pointsAwarded: number;
  createdAt: Date;
  total: number;
}

export type TermKind = 'INDUSTRY' | 'BUYER_ROLE' | 'PRODUCT';

export interface ExpertiseRow {
  kind: TermKind;
  value: string;
  assets: number;
  endorsements: number;
}

export interface ExpertRow {
  userId: string;
  assets: number;
  endorsements: number;
  score: number;
  topAssetIds: string[];
}

/**
 * The reads behind person profiles and "who to ask". Every statement filters assets with the asset module's
 * visibility rule, so a profile or an expert ranking counts only what the viewer could open.
 */
@Injectable()
export class PeopleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The assets the person authors that the viewer may see, newest first, with how many there are in all. */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID, 50] })
  authorships(viewer: Viewer, userId: string, limit: number): Promise<AuthorshipRow[]> {
    const params: unknown[] = [userId, limit];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT au.asset_id AS "assetId", au.role, au.share, (count(*) OVER ())::int AS total
         FROM authorships au JOIN assets a ON a.id = au.asset_id
        WHERE au.user_id = $1 AND ${visible}
        ORDER BY coalesce(a.published_at, a.created_at) DESC, a.id
        LIMIT $2`,
      params,
    );
  }

  /**
   * What others did with the person's visible assets: reuses by kind, counted buyer sessions on their share links
   * and distinct deals used in, "others" being people who are not authors of the asset; and how many of those
   * assets are published.
   */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID] })
  async reach(viewer: Viewer, userId: string): Promise<ReachRow> {
    const params: unknown[] = [userId];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await this.dataSource.query<ReachRow[]>(
      `WITH mine AS (
         SELECT a.id, a.published_at FROM authorships au JOIN assets a ON a.id = au.asset_id
          WHERE au.user_id = $1 AND ${visible}
       ),
       reuses AS (
         SELECT re.kind::text AS kind, count(*)::int AS n
           FROM mine m JOIN reuse_events re ON re.asset_id = m.id
          WHERE NOT EXISTS (SELECT 1 FROM authorships x WHERE x.asset_id = re.asset_id AND x.user_id = re.actor_id)
          GROUP BY re.kind
       )
       SELECT coalesce((SELECT json_object_agg(kind, n) FROM reuses), '{}') AS reuses,
              (SELECT count(*)::int FROM mine m
                 JOIN share_links l ON l.asset_id = m.id
                 JOIN share_sessions s ON s.share_link_id = l.id AND s.counted_at IS NOT NULL
                WHERE NOT EXISTS (SELECT 1 FROM authorships x WHERE x.asset_id = l.asset_id AND x.user_id = l.sharer_id)
              ) AS "shareLinkViews",
              (SELECT count(DISTINCT u.deal_id)::int FROM mine m
                 JOIN deal_asset_uses u ON u.asset_id = m.id
                WHERE NOT EXISTS (SELECT 1 FROM authorships x WHERE x.asset_id = u.asset_id AND x.user_id = u.actor_id)
              ) AS "dealsUsedIn",
              (SELECT count(*)::int FROM mine WHERE published_at IS NOT NULL) AS published`,
      params,
    );
    return row;
  }

  /** Active endorsements of the person's visible assets, newest first, with how many there are in all. */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID, 20] })
  endorsementsReceived(viewer: Viewer, userId: string, limit: number): Promise<ReceivedEndorsementRow[]> {
    const params: unknown[] = [userId, limit];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT e.id, e.asset_id AS "assetId", e.endorser_id AS "endorserId", e.kind, e.comment,
              e.points_awarded AS "pointsAwarded", e.created_at AS "createdAt", (count(*) OVER ())::int AS total
         FROM endorsements e JOIN assets a ON a.id = e.asset_id
        WHERE e.withdrawn_at IS NULL
          AND EXISTS (SELECT 1 FROM authorships au WHERE au.asset_id = a.id AND au.user_id = $1)
          AND ${visible}
        ORDER BY e.created_at DESC, e.id
        LIMIT $2`,
      params,
    );
  }

  /**
   * The top `perKind` industries, buyer roles and products of the person's published, visible assets, by
   * 2 × assets + active endorsements of them.
   */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID, 5] })
  expertise(viewer: Viewer, userId: string, perKind: number): Promise<ExpertiseRow[]> {
    const params: unknown[] = [userId, perKind];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `WITH mine AS (
         SELECT a.industries, a.buyer_roles, a.products,
                (SELECT count(*) FROM endorsements e WHERE e.asset_id = a.id AND e.withdrawn_at IS NULL)::int AS endorsed
           FROM authorships au JOIN assets a ON a.id = au.asset_id
          WHERE au.user_id = $1 AND a.status = 'PUBLISHED' AND ${visible}
       ),
       terms AS (
         SELECT 'INDUSTRY' AS kind, t.value, m.endorsed FROM mine m, unnest(m.industries) AS t(value)
         UNION ALL SELECT 'BUYER_ROLE', t.value, m.endorsed FROM mine m, unnest(m.buyer_roles) AS t(value)
         UNION ALL SELECT 'PRODUCT', t.value, m.endorsed FROM mine m, unnest(m.products) AS t(value)
       ),
       ranked AS (
         SELECT kind, value, count(*)::int AS assets, sum(endorsed)::int AS endorsements,
                row_number() OVER (PARTITION BY kind ORDER BY 2 * count(*) + sum(endorsed) DESC, lower(value)) AS n
           FROM terms GROUP BY kind, value
       )
       SELECT kind, value, assets, endorsements FROM ranked WHERE n <= $2 ORDER BY kind, n`,
      params,
    );
  }

  /**
   * Active people ranked by 2 × their published, visible assets on the topic + the active endorsements of those
   * assets. On the topic: an industry, buyer role, product or free tag equal to it (any case), or a title containing
   * it. `pattern` is the topic lowered and escaped for LIKE. Each comes with their three most endorsed such assets.
   */
  @GenerateSql({ params: [VIEWER, 'retail', '%retail%', 5] })
  experts(viewer: Viewer, topic: string, pattern: string, first: number): Promise<ExpertRow[]> {
    const params: unknown[] = [topic, pattern, first];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `WITH on_topic AS (
         SELECT a.id, coalesce(a.published_at, a.created_at) AS at,
                (SELECT count(*) FROM endorsements e WHERE e.asset_id = a.id AND e.withdrawn_at IS NULL)::int AS endorsed
           FROM assets a
          WHERE a.status = 'PUBLISHED'
            AND (lower(a.title) LIKE $2
                 OR EXISTS (SELECT 1 FROM unnest(a.industries || a.buyer_roles || a.products || a.tags) AS v(value)
                             WHERE lower(v.value) = lower($1)))
            AND ${visible}
       ),
       per_person AS (
         SELECT au.user_id, count(*)::int AS assets, sum(o.endorsed)::int AS endorsements,
                (array_agg(o.id ORDER BY o.endorsed DESC, o.at DESC, o.id))[1:3] AS top_asset_ids
           FROM on_topic o JOIN authorships au ON au.asset_id = o.id
          GROUP BY au.user_id
       )
       SELECT p.user_id AS "userId", p.assets, p.endorsements, (2 * p.assets + p.endorsements)::int AS score,
              p.top_asset_ids AS "topAssetIds"
         FROM per_person p JOIN users u ON u.id = p.user_id AND u.status = 'ACTIVE'
        ORDER BY score DESC, p.endorsements DESC, lower(u.name), u.id
        LIMIT $3`,
      params,
    );
  }

  /** The person's credit all time and in the quarter starting at `quarterStart`, from the rollups. */
  @GenerateSql({ params: [EXAMPLE_ID, ALL_TIME, QUARTER_START] })
  async credit(userId: string, allTimeStart: Date, quarterStart: Date): Promise<{ allTime: number; quarter: number }> {
    const [row] = await this.dataSource.query<{ allTime: number; quarter: number }[]>(
      `SELECT coalesce(sum(value) FILTER (WHERE period_kind = 'ALL_TIME' AND period_start = $2), 0)::int AS "allTime",
              coalesce(sum(value) FILTER (WHERE period_kind = 'QUARTER' AND period_start = $3), 0)::int AS quarter
         FROM credit_rollups
        WHERE metric = 'CREDIT' AND user_id = $1 AND period_kind IN ('ALL_TIME', 'QUARTER')`,
      [userId, allTimeStart, quarterStart],
    );
    return row;
  }
}
