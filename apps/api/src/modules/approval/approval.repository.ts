import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import type { ApprovalDecision } from './approval.entity.js';
import type { ApprovalFacts, ApprovalSettings } from './approval-state.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.ENABLEMENT, teamId: null };

/** The newest content version (`cv`) and the newest decision (`d`) of the asset `a`. */
const FACTS_JOINS = `LEFT JOIN LATERAL (
           SELECT v.version, v.created_at FROM asset_versions v
            WHERE v.asset_id = a.id AND v.change <> 'AUTHORS_CHANGED' ORDER BY v.version DESC LIMIT 1
         ) cv ON true
         LEFT JOIN LATERAL (
           SELECT x.decision, x.version, x.note, x.decided_by, x.decided_at FROM asset_approvals x
            WHERE x.asset_id = a.id ORDER BY x.decided_at DESC, x.version DESC, x.id DESC LIMIT 1
         ) d ON true`;

const FACTS_COLUMNS = `a.id AS "assetId", a.kind::text AS kind, a.status::text AS status, a.published_at AS "publishedAt",
       coalesce(cv.version, a.version) AS "contentVersion", coalesce(cv.created_at, a.created_at) AS "contentAt",
       d.decision::text AS decision, d.version AS "decidedVersion", d.note, d.decided_by AS "decidedById",
       d.decided_at AS "decidedAt"`;

/**
 * True while approval holds the asset `a` back from customers: the setting is on, it is CLIENT_FACING, and the newest
 * decision is not an approval of its current content (`approvalState` in SQL, for the buyer's side of share links).
 */
export const heldBackByApproval = (a: string): string => `(${a}.kind = 'CLIENT_FACING'
       AND EXISTS (SELECT 1 FROM approval_settings s WHERE s.id = 1 AND s.required)
       AND NOT coalesce((
         SELECT x.decision::text = 'APPROVED' AND x.version >= coalesce((
                  SELECT v.version FROM asset_versions v
                   WHERE v.asset_id = ${a}.id AND v.change <> 'AUTHORS_CHANGED' ORDER BY v.version DESC LIMIT 1
                ), ${a}.version)
           FROM asset_approvals x
          WHERE x.asset_id = ${a}.id ORDER BY x.decided_at DESC, x.version DESC, x.id DESC LIMIT 1), false))`;

export interface QueueRow {
  assetId: string;
  version: number;
  waitingSince: Date;
}

/** Every statement on `approval_settings` and `asset_approvals`. */
@Injectable()
export class ApprovalRepository {
  constructor(private readonly dataSource: DataSource) {}

  @GenerateSql({ params: [] })
  async settings(em: EntityManager = this.dataSource.manager): Promise<ApprovalSettings> {
    const [row] = await em.query<ApprovalSettings[]>(
      'SELECT required, required_since AS "requiredSince" FROM approval_settings WHERE id = 1',
    );
    return row ?? { required: false, requiredSince: null };
  }

  /** Turns approval on or off; turning it on starts the clock of what waits from now. */
  async setRequired(required: boolean, adminId: string): Promise<ApprovalSettings> {
    const [row] = await this.dataSource.query<ApprovalSettings[]>(
      `INSERT INTO approval_settings (id, required, required_since, updated_by)
       VALUES (1, $1, CASE WHEN $1 THEN now() END, $2)
       ON CONFLICT (id) DO UPDATE SET
         required = EXCLUDED.required,
         required_since = CASE WHEN NOT EXCLUDED.required THEN NULL
                               WHEN approval_settings.required THEN approval_settings.required_since
                               ELSE now() END,
         updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING required, required_since AS "requiredSince"`,
      [required, adminId],
    );
    return row;
  }

  /** What the approval of each asset is read from (callers decide who may see the assets). */
  @GenerateSql({ params: [SQL_MANAGER, [EXAMPLE_ID]] })
  facts(em: EntityManager, assetIds: readonly string[]): Promise<ApprovalFacts[]> {
    return em.query<ApprovalFacts[]>(
      `SELECT ${FACTS_COLUMNS}
         FROM assets a
         ${FACTS_JOINS}
        WHERE a.id = ANY($1::uuid[])`,
      [assetIds],
    );
  }

  /** Locks an asset the viewer may see for a decision; its title and authors, or null when they may not see it. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async lockVisible(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
  ): Promise<{ id: string; title: string; authorIds: string[] } | null> {
    const params: unknown[] = [assetId];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<{ id: string; title: string; authorIds: string[] }[]>(
      `SELECT a.id, a.title,
              ARRAY(SELECT au.user_id FROM authorships au WHERE au.asset_id = a.id ORDER BY au.user_id) AS "authorIds"
         FROM assets a WHERE a.id = $1 AND ${visible} FOR UPDATE OF a`,
      params,
    );
    return row ?? null;
  }

  async insertDecision(
    em: EntityManager,
    d: { assetId: string; version: number; decision: ApprovalDecision; note: string | null; decidedById: string },
  ): Promise<void> {
    await em.query(
      `INSERT INTO asset_approvals (asset_id, version, decision, note, decided_by) VALUES ($1, $2, $3, $4, $5)`,
      [d.assetId, d.version, d.decision, d.note, d.decidedById],
    );
  }

  /**
   * What waits for approval among the published CLIENT_FACING assets the viewer may see: no decision on their current
   * content; waiting since that content, the publication or the setting, whichever came last; oldest first.
   */
  @GenerateSql({ params: [VIEWER, 50] })
  async queue(viewer: Viewer, first: number): Promise<QueueRow[]> {
    const params: unknown[] = [first];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query<QueueRow[]>(
      `SELECT q."assetId", q.version, q."waitingSince" FROM (
         SELECT a.id AS "assetId", cv.version,
                greatest(cv.created_at, a.published_at, s.required_since) AS "waitingSince"
           FROM approval_settings s
           JOIN assets a ON a.kind = 'CLIENT_FACING' AND a.status = 'PUBLISHED'
           ${FACTS_JOINS}
          WHERE s.id = 1 AND s.required AND cv.version IS NOT NULL
            AND (d.version IS NULL OR d.version < cv.version) AND ${visible}
       ) q
       ORDER BY q."waitingSince", q."assetId"
       LIMIT $1`,
      params,
    );
  }
}
