import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { worksOnDeal } from './deal-access.js';
import { DealChangeSource } from './deal-audit-entry.entity.js';
import { DealOutcome } from './deal.entity.js';
import type { DealRow } from './dto/deal.object.js';
import type { DealFilter } from './dto/deal-filter.input.js';

const CRM_WRITE_LOCK = 7_242_101;

/** The stored columns a CRM write can set, with the type each is read as from the batch's JSON. */
const COLUMN_TYPES = {
  name: 'text',
  account_id: 'uuid',
  owner_id: 'uuid',
  team_id: 'uuid',
  product: 'text',
  amount: 'numeric',
  stage: 'text',
  outcome: 'text',
  competitor: 'text',
  engaged_at: 'timestamptz',
  closed_at: 'timestamptz',
} as const;
export type DealColumn = keyof typeof COLUMN_TYPES;
export const ALL_DEAL_COLUMNS = Object.keys(COLUMN_TYPES) as DealColumn[];

/** One deal of a CRM write, as the upsert reads it: every stored column, by its CRM id. */
export type DealWriteRow = { external_id: string } & Record<DealColumn, string | number | null>;

export type DealChange = 'created' | 'updated' | 'unchanged';

/** What the upsert did to one deal, with its outcome before and after. */
export interface UpsertedDeal {
  id: string;
  externalId: string;
  change: DealChange;
  previousOutcome: DealOutcome | null;
  outcome: DealOutcome;
}

// An instant as the audit trail keeps it: ISO 8601 in UTC, whatever the session's time zone.
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One statement per batch: read what is stored, update the deals that differ in a given column, insert the new
 * ones, keep an audit row for every change of outcome, amount or dates, and return each deal's change with its
 * previous outcome (the pre-update snapshot the CTEs share).
 */
function upsertSql(columns: DealColumn[]): string {
  const recordset = ['external_id text', ...ALL_DEAL_COLUMNS.map((c) => `${c} ${COLUMN_TYPES[c]}`)].join(', ');
  const stored = columns.map((c) => `d.${c}`).join(', ');
  const given = columns.map((c) => `i.${c}`).join(', ');
  const set = columns.map((c) => `${c} = i.${c}`).join(', ');
  return `
    WITH input AS (
      SELECT x.external_id, x.name, x.account_id, x.owner_id, x.team_id, x.product,
             x.amount::numeric(14,2) AS amount, x.stage, x.outcome::deal_outcome AS outcome, x.competitor,
             x.engaged_at, x.closed_at
        FROM json_to_recordset($1::json) AS x(${recordset})
    ),
    previous AS (
      SELECT d.id, d.external_id, d.outcome, d.amount, d.engaged_at, d.closed_at
        FROM deals d JOIN input i ON i.external_id = d.external_id
    ),
    updated AS (
      UPDATE deals d SET ${set}, updated_at = now()
        FROM input i
       WHERE d.external_id = i.external_id AND (${stored}) IS DISTINCT FROM (${given})
      RETURNING d.id, d.outcome, d.amount, d.engaged_at, d.closed_at
    ),
    inserted AS (
      INSERT INTO deals (external_id, ${ALL_DEAL_COLUMNS.join(', ')})
      SELECT i.external_id, ${ALL_DEAL_COLUMNS.map((c) => `i.${c}`).join(', ')}
        FROM input i
       WHERE NOT EXISTS (SELECT 1 FROM previous p WHERE p.external_id = i.external_id)
      RETURNING id, external_id, outcome, amount, engaged_at, closed_at
    ),
    changes AS (
      SELECT u.id, p.outcome AS was_outcome, p.amount AS was_amount, p.engaged_at AS was_engaged_at,
             p.closed_at AS was_closed_at, u.outcome, u.amount, u.engaged_at, u.closed_at
        FROM updated u JOIN previous p ON p.id = u.id
      UNION ALL
      SELECT id, NULL, NULL, NULL, NULL, outcome, amount, engaged_at, closed_at FROM inserted
    ),
    audited AS (
      INSERT INTO deal_audit_entries (deal_id, field, before, after, source, actor_id)
      SELECT c.id, f.field, f.before, f.after, $2::deal_change_source, $3::uuid
        FROM changes c CROSS JOIN LATERAL (VALUES
          ('outcome', c.was_outcome::text, c.outcome::text),
          ('amount', c.was_amount::text, c.amount::text),
          ('engagedAt', ${iso('c.was_engaged_at')}, ${iso('c.engaged_at')}),
          ('closedAt', ${iso('c.was_closed_at')}, ${iso('c.closed_at')})
        ) AS f(field, before, after)
       WHERE f.before IS DISTINCT FROM f.after
    )
    SELECT i.id, i.external_id AS "externalId", 'created' AS change, NULL AS "previousOutcome", i.outcome::text AS outcome
      FROM inserted i
    UNION ALL
    SELECT p.id, p.external_id, CASE WHEN u.id IS NULL THEN 'unchanged' ELSE 'updated' END, p.outcome::text,
           coalesce(u.outcome, p.outcome)::text
      FROM previous p LEFT JOIN updated u ON u.id = p.id`;
}

/** The stored account columns an import can set beside the name. */
export type AccountColumn =
  'industry' | 'year_established' | 'annual_revenue' | 'employees' | 'headquarters' | 'parent_name';

/** One account of an import, by its name (any case). */
export type AccountWriteRow = { name: string } & Record<AccountColumn, string | number | null>;

// Updates only the columns the file has, and only accounts where one of them differs (a name's case included).
function accountUpsertSql(stored: AccountColumn[]): string {
  const compared = ['name', ...stored];
  return `
    WITH input AS (
      SELECT x.name, x.industry, x.year_established, x.annual_revenue::numeric(16,2) AS annual_revenue, x.employees,
             x.headquarters, x.parent_name
        FROM json_to_recordset($1::json) AS x(name text, industry text, year_established int, annual_revenue numeric,
                                                employees int, headquarters text, parent_name text)
    ),
    previous AS (
      SELECT a.id, lower(a.name) AS key FROM accounts a JOIN input i ON lower(i.name) = lower(a.name)
    ),
    updated AS (
      UPDATE accounts a SET ${compared.map((c) => `${c} = i.${c}`).join(', ')}, updated_at = now()
        FROM input i
       WHERE lower(a.name) = lower(i.name)
         AND (${compared.map((c) => `a.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `i.${c}`).join(', ')})
      RETURNING a.id
    ),
    inserted AS (
      INSERT INTO accounts (name, industry, year_established, annual_revenue, employees, headquarters, parent_name)
      SELECT i.name, i.industry, i.year_established, i.annual_revenue, i.employees, i.headquarters, i.parent_name
        FROM input i
       WHERE NOT EXISTS (SELECT 1 FROM previous p WHERE p.key = lower(i.name))
      RETURNING id
    )
    SELECT (SELECT count(*) FROM inserted)::int AS created, (SELECT count(*) FROM updated)::int AS updated`;
}

// A deal as the API shows it: its account's name and sector joined in.
const COLUMNS = `d.id, d.external_id, d.name, a.name AS account_name, a.industry, d.owner_id, d.team_id, d.product,
  d.amount::float8 AS amount, d.outcome, d.stage, d.competitor, d.engaged_at, d.closed_at`;
const FROM = 'FROM deals d LEFT JOIN accounts a ON a.id = d.account_id';
// The deal list runs newest activity first (closed, else engaged, else imported); milliseconds, as a cursor keeps them.
const ACTIVITY = "date_trunc('milliseconds', coalesce(d.closed_at, d.engaged_at, d.created_at))";
const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

const DEAL = '00000000-0000-0000-0000-000000000001';
const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

/** An asset recorded as used in a deal: how many times, and the last. */
export interface DealAssetUseRow {
  asset_id: string;
  uses: number;
  last_used_at: Date;
}
const FILTER: DealFilter = {
  from: new Date('2026-01-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
  teamId: '00000000-0000-0000-0000-000000000002',
  ownerId: '00000000-0000-0000-0000-000000000003',
  industry: 'Finance',
  product: 'GTX Pro',
};

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

/**
 * The filter as SQL conditions on `d` (deals) and `a` (accounts), its values appended to `params`, so the deal list
 * and the win/loss analytics narrow deals the same way.
 */
export function dealFilterConditions(filter: DealFilter | undefined, params: unknown[]): string[] {
  const conditions: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter?.from) conditions.push(`d.closed_at >= ${param(filter.from)}`);
  if (filter?.to) conditions.push(`d.closed_at < ${param(filter.to)}`);
  if (filter?.teamId) conditions.push(`d.team_id = ${param(filter.teamId)}`);
  if (filter?.ownerId) conditions.push(`d.owner_id = ${param(filter.ownerId)}`);
  if (filter?.industry?.trim()) conditions.push(`lower(a.industry) = lower(${param(filter.industry.trim())})`);
  if (filter?.product?.trim()) conditions.push(`lower(d.product) = lower(${param(filter.product.trim())})`);
  return conditions;
}

/**
 * Every statement of the deal capability: the deals and accounts the CRM writes, the deal list, team reach, won
 * awards, webhook deliveries and the audit trail.
 */
@Injectable()
export class DealRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * CRM writes (imports and the deal webhook) take turns, until the end of the caller's transaction. So a deal's
   * outcome read at the start of a write is still its outcome at the end, and each transition to WON is seen once.
   */
  async lockCrmWrites(em: EntityManager): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [CRM_WRITE_LOCK]);
  }

  /** Upserts a batch of deals by CRM id, setting `columns` where they differ; see upsertSql. */
  @GenerateSql({ params: [SQL_MANAGER, ALL_DEAL_COLUMNS, [], DealChangeSource.IMPORT, DEAL] })
  upsert(
    em: EntityManager,
    columns: DealColumn[],
    rows: DealWriteRow[],
    source: DealChangeSource,
    actorId: string | null,
  ): Promise<UpsertedDeal[]> {
    return em.query<UpsertedDeal[]>(upsertSql(columns), [JSON.stringify(rows), source, actorId]);
  }

  /** The stored deals whose engage date is after the close date a write gives them. */
  closingBeforeEngaged(
    em: EntityManager,
    closing: { external_id: string; closed_at: string | number | null }[],
  ): Promise<{ externalId: string; engagedAt: Date }[]> {
    return em.query(
      `SELECT d.external_id AS "externalId", d.engaged_at AS "engagedAt"
         FROM deals d JOIN json_to_recordset($1::json) AS x(external_id text, closed_at timestamptz) ON x.external_id = d.external_id
        WHERE d.engaged_at > x.closed_at`,
      [JSON.stringify(closing)],
    );
  }

  /** Upserts accounts by name (any case), setting `stored` where they differ; how many were created and updated. */
  @GenerateSql({ params: [SQL_MANAGER, ['industry', 'headquarters'], []] })
  async upsertAccounts(
    em: EntityManager,
    stored: AccountColumn[],
    rows: AccountWriteRow[],
  ): Promise<{ created: number; updated: number }> {
    const [counts] = await em.query<{ created: number; updated: number }[]>(accountUpsertSql(stored), [
      JSON.stringify(rows),
    ]);
    return counts;
  }

  /** Account ids by lower-cased name. */
  async accountIdsByName(em: EntityManager, keys: string[]): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    const rows = await em.query<{ id: string; key: string }[]>(
      'SELECT id, lower(name) AS key FROM accounts WHERE lower(name) = ANY($1)',
      [keys],
    );
    return new Map(rows.map((a) => [a.key, a.id]));
  }

  /** The deal of this CRM id (every signed-in user may see every deal). */
  @GenerateSql({ params: ['crm-1'] })
  async findByExternalId(externalId: string): Promise<DealRow | null> {
    const [row] = await this.dataSource.query<DealRow[]>(`SELECT ${COLUMNS} ${FROM} WHERE d.external_id = $1`, [
      externalId,
    ]);
    return row ?? null;
  }

  /**
   * The assets the viewer may see that were used in the deal (deal_asset_uses: a USED_IN_DEAL reuse, or a share link
   * naming the deal once a buyer viewed it), last used first.
   */
  @GenerateSql({ params: [VIEWER, DEAL] })
  usedAssets(viewer: Viewer, dealId: string): Promise<DealAssetUseRow[]> {
    const params: unknown[] = [dealId];
    const visible = positional(visibleAssets('x', viewer), params);
    return this.dataSource.query<DealAssetUseRow[]>(
      `SELECT r.asset_id, count(*)::int AS uses, max(r.used_at) AS last_used_at
         FROM deal_asset_uses r JOIN assets x ON x.id = r.asset_id
        WHERE r.deal_id = $1 AND ${visible}
        GROUP BY r.asset_id
        ORDER BY last_used_at DESC, r.asset_id`,
      params,
    );
  }

  /** Which of these deals the viewer works on (may name when sharing, or personalise a template for). */
  @GenerateSql({ params: [VIEWER, [DEAL]] })
  async workedOn(viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
    const params: unknown[] = [ids];
    const worked = positional(worksOnDeal('d', viewer), params);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT d.id FROM deals d WHERE d.id = ANY($1) AND ${worked}`,
      params,
    );
    return new Set(rows.map((r) => r.id));
  }

  @GenerateSql({ params: [[DEAL]] })
  findMany(ids: readonly string[]): Promise<DealRow[]> {
    return this.dataSource.query<DealRow[]>(`SELECT ${COLUMNS} ${FROM} WHERE d.id = ANY($1)`, [ids]);
  }

  /** How many deals match the filter (and the outcome, when given). */
  @GenerateSql({ name: 'filtered', params: [FILTER, DealOutcome.WON] }, { name: 'all', params: [undefined, undefined] })
  async count(filter: DealFilter | undefined, outcome: DealOutcome | undefined): Promise<number> {
    const params: unknown[] = [];
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count ${FROM} ${where(listConditions(filter, outcome, params))}`,
      params,
    );
    return count;
  }

  /** Up to `limit` deals matching the filter, newest activity first, after the deal at `after` (activity, id). */
  @GenerateSql(
    { name: 'filtered', params: [FILTER, DealOutcome.WON, 21, ['2026-02-01T00:00:00.000Z', DEAL]] },
    { name: 'first page', params: [undefined, undefined, 21, null] },
  )
  page(
    filter: DealFilter | undefined,
    outcome: DealOutcome | undefined,
    limit: number,
    after: readonly [string | number, string | number] | null,
  ): Promise<(DealRow & { activity: Date })[]> {
    const params: unknown[] = [];
    const conditions = listConditions(filter, outcome, params);
    if (after) {
      conditions.push(
        `(${ACTIVITY}, d.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`,
      );
    }
    return this.dataSource.query(
      `SELECT ${COLUMNS}, ${ACTIVITY} AS activity ${FROM} ${where(conditions)}
        ORDER BY ${ACTIVITY} DESC, d.id DESC LIMIT $${params.push(limit)}`,
      params,
    );
  }

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

  /** A deal's owner, close date and every use of content in it (deal_asset_uses: USED_IN_DEAL, viewed share links). */
  async uses(em: EntityManager, dealId: string): Promise<DealUses | null> {
    const [row] = await em.query<
      { owner_id: string | null; closed_at: Date; uses: { assetId: string; usedAt: string }[] }[]
    >(
      `SELECT d.owner_id, d.closed_at,
              coalesce(json_agg(json_build_object('assetId', u.asset_id, 'usedAt', u.used_at))
                FILTER (WHERE u.asset_id IS NOT NULL), '[]') AS uses
         FROM deals d LEFT JOIN deal_asset_uses u ON u.deal_id = d.id
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
  @GenerateSql({ params: [[DEAL]] })
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
  @GenerateSql({ params: [50] })
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

function listConditions(filter: DealFilter | undefined, outcome: DealOutcome | undefined, params: unknown[]): string[] {
  const conditions = dealFilterConditions(filter, params);
  if (outcome) conditions.push(`d.outcome = $${params.push(outcome)}`);
  return conditions;
}
