import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CreditNote } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { ReuseEventEntity } from './reuse-event.entity.js';
import type { AssetStatsObject } from './dto/reuse.objects.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

/** A reuse to record; its id is assigned when it is not given. */
export type NewReuseEvent = Omit<ReuseEventEntity, 'id' | 'asset' | 'actor' | 'slides'> & {
  id?: string;
  slides?: number[] | null;
};

/** Every statement on `reuse_events`, and the asset reuse counter that follows them. */
@Injectable()
export class ReuseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The one writer of reuse events: the event and, unless it is a view, one more on its asset's reuse count, in
   * one statement of the caller's transaction.
   */
  async insert(em: EntityManager, event: NewReuseEvent): Promise<ReuseEventEntity> {
    const reuse = Object.assign(new ReuseEventEntity(), {
      ...event,
      id: event.id ?? randomUUID(),
      slides: event.slides ?? null,
    });
    await em.query(
      `WITH reuse AS (
         INSERT INTO reuse_events (id, asset_id, actor_id, kind, deal_id, client_event_id, occurred_at, points_awarded, credit_event_id, slides)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       )
       UPDATE assets SET reuse_count = reuse_count + 1 WHERE id = $2 AND $4::reuse_kind <> 'VIEW'`,
      [
        reuse.id,
        reuse.assetId,
        reuse.actorId,
        reuse.kind,
        reuse.dealId,
        reuse.clientEventId,
        reuse.occurredAt,
        reuse.pointsAwarded,
        reuse.creditEventId,
        reuse.slides,
      ],
    );
    return reuse;
  }

  findByClientEvent(em: EntityManager, actorId: string, clientEventId: string): Promise<ReuseEventEntity | null> {
    return em.findOneBy(ReuseEventEntity, { actorId, clientEventId });
  }

  /**
   * Takes the lock named `lockKey` for the transaction and reads whether the viewer may use the asset (visible and
   * not a draft), whether the deal exists (or none is named) and when it closed.
   */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID, null, 'example'] })
  async lockAndCheck(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
    dealId: string | null,
    lockKey: string,
  ): Promise<{ usable: boolean; deal: boolean; dealClosedAt: Date | null }> {
    const params: unknown[] = [assetId, dealId, lockKey];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<{ usable: boolean; deal: boolean; deal_closed_at: Date | null }[]>(
      `SELECT EXISTS (SELECT 1 FROM assets a WHERE a.id = $1 AND a.status <> 'DRAFT' AND ${visible}) AS usable,
              ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM deals WHERE id = $2)) AS deal,
              (SELECT closed_at FROM deals WHERE id = $2) AS deal_closed_at,
              pg_advisory_xact_lock(hashtextextended($3, 1)) AS locked`,
      params,
    );
    return { usable: row.usable, deal: row.deal, dealClosedAt: row.deal_closed_at };
  }

  /** The notes of a credit event (empty without one). */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async creditNotes(em: EntityManager, creditEventId: string | null): Promise<readonly CreditNote[]> {
    const rows = await em.query<{ notes: CreditNote[] }[]>('SELECT notes FROM credit_events WHERE id = $1', [
      creditEventId,
    ]);
    return rows[0]?.notes ?? [];
  }

  /**
   * How many slides or pages the asset's deck or PDF has, as its files were read (the largest, where it has several);
   * null when it has none.
   */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async slideCount(em: EntityManager, assetId: string): Promise<number | null> {
    const [row] = await em.query<{ count: number | null }[]>(
      `SELECT max(x.page_count)::int AS count
         FROM attachments f JOIN file_extractions x ON x.attachment_id = f.id
        WHERE f.asset_id = $1 AND x.status = 'DONE' AND x.kind IN ('PPTX', 'PDF')`,
      [assetId],
    );
    return row?.count ?? null;
  }

  /** Reuse statistics of many assets in one statement; assets without any come back empty. */
  @GenerateSql({ params: [[EXAMPLE_ID]] })
  stats(ids: readonly string[]): Promise<(AssetStatsObject & { id: string })[]> {
    return this.dataSource.query(
      `SELECT a.id,
              coalesce(r.reuses, 0)::int AS "reuseCount", coalesce(r.reusers, 0)::int AS "uniqueReusers",
              coalesce(r.teams, 0)::int AS "teamsReached", coalesce(r.views, 0)::int AS "viewCount",
              (SELECT count(*) FROM endorsements e WHERE e.asset_id = a.id AND e.withdrawn_at IS NULL)::int AS "endorsementCount",
              (SELECT coalesce(sum(ce.points), 0) FROM credit_entries ce WHERE ce.source_asset_id = a.id AND ce.reason <> 'PUBLISHED')::int AS "creditGenerated",
              (SELECT coalesce(json_agg(json_build_object('slide', s.slide, 'reuses', s.reuses) ORDER BY s.slide), '[]')
                 FROM (SELECT n AS slide, count(*)::int AS reuses
                         FROM reuse_events re, unnest(re.slides) AS n
                        WHERE re.asset_id = a.id AND re.slides IS NOT NULL GROUP BY n) s) AS "slidesUsed"
         FROM unnest($1::uuid[]) AS a(id)
         LEFT JOIN (
           SELECT re.asset_id,
                  count(*) FILTER (WHERE re.kind <> 'VIEW') AS reuses,
                  count(DISTINCT re.actor_id) FILTER (WHERE re.kind <> 'VIEW') AS reusers,
                  count(DISTINCT u.team_id) FILTER (WHERE re.kind <> 'VIEW') AS teams,
                  count(*) FILTER (WHERE re.kind = 'VIEW') AS views
             FROM reuse_events re JOIN users u ON u.id = re.actor_id
            WHERE re.asset_id = ANY($1) GROUP BY re.asset_id
         ) r ON r.asset_id = a.id`,
      [ids],
    );
  }
}
