import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import type { AssetKind, AssetStatus } from '../asset/asset.entity.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import type { UserStatus } from '../user/user.entity.js';
import { DEFAULT_REVIEW_DAYS, reviewDueAtSql } from './review-due.js';
import { ReviewIntervalEntity } from './verification.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.ENABLEMENT, teamId: null };

/** An asset's verification as read: who verifies it, when it was verified and what the freshness rules need. */
export interface VerificationRow {
  assetId: string;
  title: string;
  status: AssetStatus;
  /** The named verifier, else the lead author. */
  verifierId: string | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  reviewDueAt: Date | null;
  intervalDays: number;
  openDeals: number;
  reuseCount: number;
  usedSinceReview: boolean;
}

/** A review reminder claimed by this run: the verifier is told in the same transaction. */
export interface ClaimedReminder {
  assetId: string;
  title: string;
  verifierId: string;
  dueAt: Date;
}

/** The person proposed as a verifier, as the visibility rule needs them. */
export interface VerifierCandidate {
  id: string;
  role: Role;
  teamId: string | null;
  status: UserStatus;
}

// Every read of an asset's verification: one row per asset of `a`, its due date by the one definition.
const facts = (join: 'LEFT JOIN' | 'JOIN') => `
  SELECT a.id AS "assetId", a.title, a.status,
         coalesce(s.verifier_id, (SELECT x.user_id FROM authorships x WHERE x.asset_id = a.id AND x.role = 'LEAD_AUTHOR'
                                   ORDER BY x.user_id LIMIT 1)) AS "verifierId",
         s.verified_at AS "verifiedAt", s.verified_by AS "verifiedBy",
         ${reviewDueAtSql('a')} AS "reviewDueAt",
         coalesce((SELECT r.days FROM review_intervals r WHERE r.kind = a.kind), ${DEFAULT_REVIEW_DAYS}) AS "intervalDays",
         (SELECT count(DISTINCT u.deal_id)::int FROM deal_asset_uses u JOIN deals d ON d.id = u.deal_id
           WHERE u.asset_id = a.id AND d.outcome = 'OPEN') AS "openDeals",
         a.reuse_count AS "reuseCount",
         (EXISTS (SELECT 1 FROM reuse_events e WHERE e.asset_id = a.id
                   AND e.occurred_at >= coalesce(s.verified_at, a.published_at, a.created_at))
          OR EXISTS (SELECT 1 FROM deal_asset_uses u WHERE u.asset_id = a.id
                   AND u.used_at >= coalesce(s.verified_at, a.published_at, a.created_at))) AS "usedSinceReview"
    FROM assets a ${join} asset_verification_states s ON s.asset_id = a.id`;
const FACTS = facts('LEFT JOIN');

/** Every statement on `review_intervals`, `asset_verification_states`, `asset_verifications` and `review_due_notices`. */
@Injectable()
export class VerificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The verification of each asset (ids the caller already read through the visibility rule, as a field of an
   * asset it shows).
   */
  @GenerateSql({ params: [[EXAMPLE_ID]] })
  forAssets(ids: readonly string[]): Promise<VerificationRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query<VerificationRow[]>(`${FACTS} WHERE a.id = ANY($1::uuid[])`, [ids]);
  }

  /** One asset's verification, its state row locked for the transaction, if the viewer may see the asset. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async lockVisible(em: EntityManager, viewer: Viewer, assetId: string): Promise<VerificationRow | undefined> {
    const params: unknown[] = [assetId];
    const visible = positional(visibleAssets('a', viewer), params);
    // The state row exists from here on, so two verifications of one asset queue on its lock.
    await em.query(
      `INSERT INTO asset_verification_states (asset_id) SELECT a.id FROM assets a WHERE a.id = $1 AND ${visible}
       ON CONFLICT DO NOTHING`,
      params,
    );
    const [row] = await em.query<VerificationRow[]>(
      `${facts('JOIN')} WHERE a.id = $1 AND ${visible} FOR UPDATE OF s`,
      params,
    );
    return row;
  }

  /** Records a verification: the history row and the asset's last verification. */
  async recordVerification(em: EntityManager, assetId: string, userId: string, at: Date): Promise<void> {
    await em.query('INSERT INTO asset_verifications (asset_id, verified_by, verified_at) VALUES ($1, $2, $3)', [
      assetId,
      userId,
      at,
    ]);
    await em.query(
      `UPDATE asset_verification_states SET verified_at = $2, verified_by = $3, updated_at = $2 WHERE asset_id = $1`,
      [assetId, at, userId],
    );
  }

  /** How many verifications the person recorded since `since`. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, new Date('2026-01-01T00:00:00Z')] })
  async verifiedSince(em: EntityManager, userId: string, since: Date): Promise<number> {
    const [row] = await em.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM asset_verifications WHERE verified_by = $1 AND verified_at >= $2',
      [userId, since],
    );
    return row?.n ?? 0;
  }

  async setVerifier(em: EntityManager, assetId: string, verifierId: string): Promise<void> {
    await em.query('UPDATE asset_verification_states SET verifier_id = $2, updated_at = now() WHERE asset_id = $1', [
      assetId,
      verifierId,
    ]);
  }

  async person(em: EntityManager, id: string): Promise<VerifierCandidate | undefined> {
    const [row] = await em.query<VerifierCandidate[]>(
      'SELECT id, role, team_id AS "teamId", status FROM users WHERE id = $1',
      [id],
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

  /**
   * The published assets the viewer may see whose review is overdue at `at`, riskiest first: used in the most open
   * deals, then the most reused, then the longest overdue.
   */
  @GenerateSql({ params: [VIEWER, new Date('2026-01-01T00:00:00Z'), 100] })
  overdue(viewer: Viewer, at: Date, limit: number): Promise<VerificationRow[]> {
    const params: unknown[] = [at, limit];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query<VerificationRow[]>(
      `SELECT * FROM (${FACTS} WHERE a.status = 'PUBLISHED' AND ${visible}) f
        WHERE f."reviewDueAt" <= $1
        ORDER BY f."openDeals" DESC, f."reuseCount" DESC, f."reviewDueAt", f."assetId"
        LIMIT $2`,
      params,
    );
  }

  /**
   * Claims the reminders due at `at` that were not sent yet: one per asset and due date (the unique key makes a
   * second process's claim of the same one wait for the first and then skip it). Only active verifiers are told.
   */
  @GenerateSql({ params: [SQL_MANAGER, new Date('2026-01-01T00:00:00Z'), 500] })
  claimReminders(em: EntityManager, at: Date, limit: number): Promise<ClaimedReminder[]> {
    return em.query<ClaimedReminder[]>(
      `WITH due AS (
         SELECT f."assetId", f."verifierId", f."reviewDueAt"
           FROM (${FACTS} WHERE a.status = 'PUBLISHED') f JOIN users v ON v.id = f."verifierId" AND v.status = 'ACTIVE'
          WHERE f."reviewDueAt" <= $1
            AND NOT EXISTS (SELECT 1 FROM review_due_notices n WHERE n.asset_id = f."assetId" AND n.due_at = f."reviewDueAt")
          ORDER BY f."reviewDueAt" LIMIT $2
       ), claimed AS (
         INSERT INTO review_due_notices (asset_id, due_at, verifier_id)
         SELECT "assetId", "reviewDueAt", "verifierId" FROM due
         ON CONFLICT (asset_id, due_at) DO NOTHING
         RETURNING asset_id, verifier_id, due_at
       )
       SELECT c.asset_id AS "assetId", a.title, c.verifier_id AS "verifierId", c.due_at AS "dueAt"
         FROM claimed c JOIN assets a ON a.id = c.asset_id`,
      [at, limit],
    );
  }

  intervals(): Promise<ReviewIntervalEntity[]> {
    return this.dataSource.getRepository(ReviewIntervalEntity).find();
  }

  async saveInterval(kind: AssetKind, days: number, userId: string): Promise<ReviewIntervalEntity> {
    const [row] = await this.dataSource.query<ReviewIntervalEntity[]>(
      `INSERT INTO review_intervals (kind, days, updated_by, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (kind) DO UPDATE SET days = EXCLUDED.days, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING kind, days, updated_by AS "updatedBy", updated_at AS "updatedAt"`,
      [kind, days, userId],
    );
    return row;
  }
}
