import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CreditNote } from '@byline/credit';
import { DataSource, In } from 'typeorm';
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

  /**
   * The one writer of a batch of reuse events: the events, in the order given, and each asset's reuse count moved by
   * its reuses other than views, in one statement of the caller's transaction.
   */
  @GenerateSql({
    params: [
      SQL_MANAGER,
      [
        {
          id: EXAMPLE_ID,
          assetId: EXAMPLE_ID,
          actorId: EXAMPLE_ID,
          kind: 'COPY',
          dealId: null,
          clientEventId: 'example',
          occurredAt: new Date('2026-01-01T00:00:00Z'),
          pointsAwarded: 0,
          creditEventId: null,
          slides: null,
        },
      ],
    ],
  })
  async insertMany(em: EntityManager, events: readonly ReuseEventEntity[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map((r, n) => ({
      n,
      id: r.id,
      asset_id: r.assetId,
      actor_id: r.actorId,
      kind: r.kind,
      deal_id: r.dealId,
      client_event_id: r.clientEventId,
      occurred_at: r.occurredAt,
      points_awarded: r.pointsAwarded,
      credit_event_id: r.creditEventId,
      slides: r.slides,
    }));
    await em.query(
      `WITH input AS (
         SELECT * FROM json_to_recordset($1::json) AS r(n int, id uuid, asset_id uuid, actor_id uuid, kind text,
           deal_id uuid, client_event_id text, occurred_at timestamptz, points_awarded int, credit_event_id uuid, slides int[])
       ), reuse AS (
         INSERT INTO reuse_events (id, asset_id, actor_id, kind, deal_id, client_event_id, occurred_at, points_awarded, credit_event_id, slides)
         SELECT id, asset_id, actor_id, kind::reuse_kind, deal_id, client_event_id, occurred_at, points_awarded, credit_event_id, slides
           FROM input ORDER BY n
       )
       UPDATE assets a SET reuse_count = a.reuse_count + c.reuses
         FROM (SELECT asset_id, count(*)::int AS reuses FROM input WHERE kind <> 'VIEW' GROUP BY asset_id) c
        WHERE a.id = c.asset_id`,
      [JSON.stringify(rows)],
    );
  }

  /** A person's reuses recorded under any of these client event ids. */
  findByClientEvents(
    em: EntityManager,
    actorId: string,
    clientEventIds: readonly string[],
  ): Promise<ReuseEventEntity[]> {
    return em.findBy(ReuseEventEntity, { actorId, clientEventId: In([...clientEventIds]) });
  }

  /**
   * For a batch: takes the locks named `lockKeys` for the transaction (in one order, so batches that share keys do
   * not wait on each other in a circle) and reads which of the assets the viewer may use (visible and not a draft),
   * which of the deals exist and when they closed, and the database clock.
   */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, [EXAMPLE_ID], [EXAMPLE_ID], ['example']] })
  async lockAndCheckMany(
    em: EntityManager,
    viewer: Viewer,
    assetIds: readonly string[],
    dealIds: readonly string[],
    lockKeys: readonly string[],
  ): Promise<{ usable: Set<string>; deals: Map<string, Date | null>; now: Date }> {
    const params: unknown[] = [assetIds, dealIds, lockKeys];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<{ usable: string[]; deals: { id: string; closedAt: string | null }[]; now: Date }[]>(
      `SELECT (SELECT coalesce(json_agg(a.id), '[]') FROM assets a
                WHERE a.id = ANY($1::uuid[]) AND a.status <> 'DRAFT' AND ${visible}) AS usable,
              (SELECT coalesce(json_agg(json_build_object('id', d.id, 'closedAt', d.closed_at)), '[]')
                 FROM deals d WHERE d.id = ANY($2::uuid[])) AS deals,
              (SELECT count(pg_advisory_xact_lock(hashtextextended(k, 1)))
                 FROM (SELECT DISTINCT k FROM unnest($3::text[]) AS k ORDER BY k) l) AS locked,
              clock_timestamp() AS now`,
      params,
    );
    return {
      usable: new Set(row.usable),
      deals: new Map(row.deals.map((d) => [d.id, d.closedAt === null ? null : new Date(d.closedAt)])),
      now: row.now,
    };
  }

  /** The notes of many credit events, by event. */
  @GenerateSql({ params: [SQL_MANAGER, [EXAMPLE_ID]] })
  async creditNotesOf(em: EntityManager, creditEventIds: readonly string[]): Promise<Map<string, CreditNote[]>> {
    const rows = await em.query<{ id: string; notes: CreditNote[] }[]>(
      'SELECT id, notes FROM credit_events WHERE id = ANY($1::uuid[])',
      [creditEventIds],
    );
    return new Map(rows.map((r) => [r.id, r.notes]));
  }

  /** How many slides or pages each asset's deck or PDF has (see `slideCount`); assets without one are left out. */
  @GenerateSql({ params: [SQL_MANAGER, [EXAMPLE_ID]] })
  async slideCounts(em: EntityManager, assetIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await em.query<{ asset_id: string; count: number }[]>(
      `SELECT f.asset_id, max(x.page_count)::int AS count
         FROM attachments f JOIN file_extractions x ON x.attachment_id = f.id
        WHERE f.asset_id = ANY($1::uuid[]) AND x.status = 'DONE' AND x.kind IN ('PPTX', 'PDF')
        GROUP BY f.asset_id HAVING max(x.page_count) IS NOT NULL`,
      [assetIds],
    );
    return new Map(rows.map((r) => [r.asset_id, r.count]));
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
