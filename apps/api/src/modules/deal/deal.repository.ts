import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { DealChangeSource } from './deal-audit-entry.entity.js';

/** A deal as the team rule sees it: its team and its owner's team. */
export interface DealReach {
  teamId: string | null;
  ownerId: string | null;
  ownerTeamId: string | null;
}

export interface DealUses {
  ownerId: string | null;
  closedAt: Date;
  uses: { assetId: string; usedAt: Date }[];
}

export interface DealAuditRow {
  id: string;
  deal_id: string;
  field: string;
  before: string | null;
  after: string | null;
  source: DealChangeSource;
  actor_id: string | null;
  changed_at: Date;
}

export interface DealReviewRow {
  deal_id: string;
  outcome_changes: number;
  reopened: number;
  last_change_at: Date;
}

/** The deal capability's statements beyond the CRM upsert: team reach, won awards, webhook deliveries, audit. */
@Injectable()
export class DealRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The teams a person manages. */
  async managedTeamIds(em: EntityManager, userId: string): Promise<Set<string>> {
    const rows = await em.query<{ team_id: string }[]>('SELECT team_id FROM team_managers WHERE user_id = $1', [
      userId,
    ]);
    return new Set(rows.map((r) => r.team_id));
  }

  /** The stored team and owner of each deal with one of these CRM ids. */
  async reachByExternalId(em: EntityManager, externalIds: string[]): Promise<Map<string, DealReach>> {
    const rows = await em.query<({ external_id: string } & Record<string, string | null>)[]>(
      `SELECT d.external_id, d.team_id, d.owner_id, u.team_id AS owner_team_id
         FROM deals d LEFT JOIN users u ON u.id = d.owner_id WHERE d.external_id = ANY($1)`,
      [externalIds],
    );
    return new Map(
      rows.map((r) => [r.external_id, { teamId: r.team_id, ownerId: r.owner_id, ownerTeamId: r.owner_team_id }]),
    );
  }

  /** The team each of these people is in. */
  async teamsOf(em: EntityManager, userIds: string[]): Promise<Map<string, string | null>> {
    if (!userIds.length) return new Map();
    const rows = await em.query<{ id: string; team_id: string | null }[]>(
      'SELECT id, team_id FROM users WHERE id = ANY($1)',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.team_id]));
  }

  /** For each of these deals whose won pool is paid and not reversed: the award event and its actor. */
  async standingAwards(
    em: EntityManager,
    dealIds: string[],
  ): Promise<Map<string, { eventId: string; actorId: string }>> {
    const rows = await em.query<{ deal_id: string; id: string; actor_id: string; type: string }[]>(
      `SELECT DISTINCT ON (payload->>'dealId') payload->>'dealId' AS deal_id, id, actor_id, type::text
         FROM credit_events
        WHERE payload ? 'dealId' AND payload->>'dealId' = ANY($1)
        ORDER BY payload->>'dealId', seq DESC`,
      [dealIds],
    );
    return new Map(
      rows.filter((r) => r.type === 'DEAL_WON').map((r) => [r.deal_id, { eventId: r.id, actorId: r.actor_id }]),
    );
  }

  /** A deal's owner, close date and every USED_IN_DEAL recorded for it. */
  async uses(em: EntityManager, dealId: string): Promise<DealUses | null> {
    const [row] = await em.query<
      { owner_id: string | null; closed_at: Date; uses: { assetId: string; usedAt: string }[] }[]
    >(
      `SELECT d.owner_id, d.closed_at,
              coalesce(json_agg(json_build_object('assetId', r.asset_id, 'usedAt', r.occurred_at))
                FILTER (WHERE r.asset_id IS NOT NULL), '[]') AS uses
         FROM deals d LEFT JOIN reuse_events r ON r.deal_id = d.id AND r.kind = 'USED_IN_DEAL'
        WHERE d.id = $1 GROUP BY d.id`,
      [dealId],
    );
    if (!row) return null;
    return {
      ownerId: row.owner_id,
      closedAt: row.closed_at,
      uses: row.uses.map((u) => ({ assetId: u.assetId, usedAt: new Date(u.usedAt) })),
    };
  }

  /**
   * Records an accepted webhook delivery by its signature's hash; false when it was accepted before. Deliveries
   * older than `keepSeconds` are pruned first: their signatures are refused as stale anyway.
   */
  async claimDelivery(em: EntityManager, signatureHash: string, keepSeconds: number): Promise<boolean> {
    await em.query(`DELETE FROM webhook_deliveries WHERE received_at < now() - make_interval(secs => $1)`, [
      keepSeconds,
    ]);
    const claimed = await em.query<unknown[]>(
      'INSERT INTO webhook_deliveries (signature_hash) VALUES ($1) ON CONFLICT DO NOTHING RETURNING 1',
      [signatureHash],
    );
    return claimed.length === 1;
  }

  /** The deal with this CRM id and when the last webhook delivery applied to it was signed. */
  async lastDelivery(em: EntityManager, externalId: string): Promise<{ id: string; sentAt: Date | null } | null> {
    const [row] = await em.query<{ id: string; webhook_sent_at: Date | null }[]>(
      'SELECT id, webhook_sent_at FROM deals WHERE external_id = $1',
      [externalId],
    );
    return row ? { id: row.id, sentAt: row.webhook_sent_at } : null;
  }

  async markDelivered(em: EntityManager, dealId: string, sentAt: Date): Promise<void> {
    await em.query('UPDATE deals SET webhook_sent_at = $2 WHERE id = $1', [dealId, sentAt]);
  }

  /** The audit trail of these deals, oldest change first. */
  auditTrail(dealIds: readonly string[]): Promise<DealAuditRow[]> {
    return this.dataSource.query(
      `SELECT id, deal_id, field, before, after, source, actor_id, changed_at
         FROM deal_audit_entries WHERE deal_id = ANY($1) ORDER BY deal_id, id`,
      [dealIds],
    );
  }

  /**
   * Deals whose outcome changed more than once after they were created, or that went from WON or LOST back to OPEN,
   * from the audit trail; most recently changed first.
   */
  reviewFlags(limit: number): Promise<DealReviewRow[]> {
    return this.dataSource.query(
      `SELECT deal_id, count(*)::int AS outcome_changes,
              count(*) FILTER (WHERE before IN ('WON', 'LOST') AND after = 'OPEN')::int AS reopened,
              max(changed_at) AS last_change_at
         FROM deal_audit_entries
        WHERE field = 'outcome' AND before IS NOT NULL
        GROUP BY deal_id
       HAVING count(*) > 1 OR count(*) FILTER (WHERE before IN ('WON', 'LOST') AND after = 'OPEN') > 0
        ORDER BY max(changed_at) DESC, deal_id
        LIMIT $1`,
      [limit],
    );
  }
}
