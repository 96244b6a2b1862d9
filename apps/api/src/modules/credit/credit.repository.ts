import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { upgradePolicy } from '@byline/credit';
import type { AssetFacts, CreditNote, ScoringPolicy, UsageEntry, UsageEvent } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { CreditEntryEntity } from './credit-entry.entity.js';
import type { CreditEvidence } from './credit-event.entity.js';
import { ScoringPolicyEntity } from './scoring-policy.entity.js';

/** The hash the first entry chains from. */
export const CHAIN_GENESIS = '0'.repeat(64);

const UTC_TEXT = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/** A ledger entry's chained columns, as text exactly as they enter its canonical bytes. */
export interface ChainRow {
  position: string;
  id: string;
  event_id: string;
  beneficiary_id: string;
  points: number;
  reason: string;
  source_reason: string;
  rule: string;
  asset_id: string | null;
  source_asset_id: string | null;
  generation: number;
  actor_id: string;
  policy_version: number;
  occurred_at: string;
  booked_at: string;
  capped: string | null;
  chain_hash: string;
}

/** A stored credit event, as the replay reads it. */
export interface EventRow {
  id: string;
  seq: string;
  type: string;
  actor_id: string;
  asset_id: string | null;
  occurred_at: Date;
  payload: Record<string, unknown>;
  evidence: CreditEvidence | null;
  facts: AssetFacts[];
  policy_version: number;
  awarded_points: number;
  notes: CreditNote[];
  booked_at: Date;
  fiscal_year_start_month: number;
}

export interface RollupRow {
  metric: string;
  period_kind: string;
  period_start: Date;
  user_id: string;
  value: string;
}

/**
 * The entry's canonical bytes (as text), documented in the credit-chain migration: the JSON array PostgreSQL's
 * json_build_array prints. Rebuilt here rather than asked of the database, so a changed database function is caught.
 */
export function canonicalEntry(r: ChainRow): string {
  const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
  const parts = [
    r.position,
    r.id,
    text(r.event_id),
    text(r.beneficiary_id),
    String(r.points),
    text(r.reason),
    text(r.source_reason),
    text(r.rule),
    text(r.asset_id),
    text(r.source_asset_id),
    String(r.generation),
    text(r.actor_id),
    String(r.policy_version),
    text(r.occurred_at),
    text(r.booked_at),
    r.capped ?? 'null',
  ];
  return `[${parts.join(', ')}]`;
}

/** SHA-256 (hex) over the previous entry's hash (32 bytes) and this entry's canonical bytes. */
export function chainHash(previous: string, canonical: string): string {
  return createHash('sha256').update(Buffer.from(previous, 'hex')).update(canonical, 'utf8').digest('hex');
}

/**
 * The advisory lock between credit writes (which hold it shared from before they decide where an entry is booked
 * until they commit) and closing a period (which takes it exclusively before its snapshot).
 */
export const PERIOD_CLOSE_LOCK = "hashtextextended('closed_periods', 2)";

/** The newest stored version of the policy, if any (none means the built-in version 1). */
export const CURRENT_POLICY_SQL = 'SELECT policy FROM scoring_policies ORDER BY version DESC LIMIT 1';

/** The assets $1 and their ancestors up to `generations.n` up (a CTE for `WITH RECURSIVE`). */
const CHAIN = `chain(id, parent, depth) AS (
         SELECT a.id, a.derived_from_id, 0 FROM assets a WHERE a.id = ANY($1)
         UNION
         SELECT p.id, p.derived_from_id, c.depth + 1 FROM chain c JOIN assets p ON p.id = c.parent
          WHERE c.depth < (SELECT n FROM generations)
       )`;

/** The chain's assets as the rules' AssetFacts, with their current authors and shares, as one JSON array. */
const FACTS_JSON = `SELECT coalesce(json_agg(f ORDER BY f."assetId"), '[]') FROM (
         SELECT c.id AS "assetId", c.parent AS "parentAssetId",
                coalesce(json_agg(json_build_object('userId', au.user_id, 'share', au.share) ORDER BY au.user_id)
                  FILTER (WHERE au.user_id IS NOT NULL), '[]') AS authors
           FROM (SELECT DISTINCT id, parent FROM chain) c LEFT JOIN authorships au ON au.asset_id = c.id
          GROUP BY c.id, c.parent) f`;

/** A row read as JSON: its time comes as text. */
export type Dated<T extends { occurredAt: Date }> = Omit<T, 'occurredAt'> & { occurredAt: string };

/** What the caps are computed from (see CreditService.usage). */
export interface UsageQuery {
  occurredAt: Date;
  actorId: string;
  /** Event types whose entries count towards the actor's daily cap. */
  actorCappedTypes: readonly string[];
  /** Everyone whose endorsement and publication credit today counts. */
  people: readonly string[];
  /** The asset whose earlier reuses by the actor count, for a repeatable event. */
  repeatAssetId: string | null;
  kind: string;
  /** The start of the event's UTC day. */
  day: Date;
}

/** An event and its ledger entries as they are stored. */
export interface CreditEventRow {
  id: string;
  type: string;
  actorId: string;
  assetId: string | null;
  occurredAt: Date;
  payload: Record<string, unknown>;
  evidence: CreditEvidence | null;
  facts: AssetFacts[];
  policyVersion: number;
  nominalPoints: number;
  awardedPoints: number;
  notes: unknown[];
  bookedAt: Date;
  fiscalYearStartMonth: number;
  entries: Record<string, unknown>[];
}

const JAN_1 = new Date('2026-01-01T00:00:00Z');

/** Every statement of credit: the write path, the statements read, the policies, and what the rebuild check reads. */
@Injectable()
export class CreditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The policy in force and the facts (the assets `rootIds` and their ancestors up to the policy's lineage depth,
   * with their current authors and shares), read while taking the event's locks: everyone whose daily counters it
   * reads or writes, and a shared hold on closing periods. `now` is the database clock read after the locks are
   * held (the outer select only runs once the fenced inner one has taken them).
   */
  @GenerateSql({ params: [SQL_MANAGER, [EXAMPLE_ID], EXAMPLE_ID, 3] })
  async factsAndLocks(
    em: EntityManager,
    rootIds: readonly string[],
    actorId: string,
    defaultGenerations: number,
  ): Promise<{ policy: ScoringPolicy | null; facts: AssetFacts[]; now: Date }> {
    const [row] = await em.query<{ policy: ScoringPolicy | null; facts: AssetFacts[]; now: Date }[]>(
      `WITH RECURSIVE policy AS (${CURRENT_POLICY_SQL}),
       generations AS (SELECT coalesce((SELECT (policy->'lineage'->>'maxGenerations')::int FROM policy), $3) AS n),
       ${CHAIN},
       people AS (
         SELECT $2::text AS id UNION SELECT au.user_id::text FROM authorships au WHERE au.asset_id IN (SELECT id FROM chain)
       )
       SELECT locked.policy, locked.facts, clock_timestamp() AS now FROM (
         SELECT (SELECT policy FROM policy) AS policy, (${FACTS_JSON}) AS facts,
                (SELECT count(pg_advisory_xact_lock(hashtextextended(id, 0))) FROM (SELECT id FROM people ORDER BY id) p) AS people,
                pg_advisory_xact_lock_shared(${PERIOD_CLOSE_LOCK}) AS closing
         OFFSET 0
       ) locked`,
      [rootIds, actorId, defaultGenerations],
    );
    return { ...row, policy: row.policy === null ? null : upgradePolicy(row.policy) };
  }

  /**
   * What the caps need, in one statement: the actor's earlier reuses of this asset in the past week, today's entries
   * the actor gave, and the endorsement and publication credit of everyone involved; and the end of the latest
   * closed quarter the event falls in, if any.
   */
  @GenerateSql({
    params: [
      SQL_MANAGER,
      {
        occurredAt: JAN_1,
        actorId: EXAMPLE_ID,
        actorCappedTypes: ['REUSE', 'ADAPTED', 'ENDORSED'],
        people: [EXAMPLE_ID],
        repeatAssetId: EXAMPLE_ID,
        kind: 'REUSE',
        day: JAN_1,
      },
    ],
  })
  async usage(
    em: EntityManager,
    q: UsageQuery,
  ): Promise<{ events: Dated<UsageEvent>[]; entries: Dated<UsageEntry>[]; openFrom: Date | null }> {
    const [row] = await em.query<
      { events: Dated<UsageEvent>[]; entries: Dated<UsageEntry>[]; open_from: Date | null }[]
    >(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('type', type, 'actorId', actor_id, 'assetId', asset_id,
                   'reuseKind', payload->>'reuseKind', 'dealId', payload->>'dealId', 'occurredAt', occurred_at)), '[]')
            FROM credit_events
           WHERE $5::uuid IS NOT NULL AND actor_id = $2 AND asset_id = $5 AND type::text = $6
             AND occurred_at > $1::timestamptz - interval '7 days'
         ) AS events,
         (SELECT coalesce(json_agg(json_build_object('eventType', ev.type, 'actorId', ce.actor_id,
                   'beneficiaryId', ce.beneficiary_id, 'points', ce.points, 'occurredAt', ce.occurred_at, 'eventId', ce.event_id)), '[]')
            FROM credit_entries ce JOIN credit_events ev ON ev.id = ce.event_id
           WHERE ce.occurred_at >= $7 AND ce.occurred_at < $7::timestamptz + interval '1 day'
             AND ((ce.actor_id = $2 AND ev.type::text = ANY($3)) OR (ce.beneficiary_id = ANY($4) AND ev.type IN ('ENDORSED', 'PUBLISHED')))
         ) AS entries,
         (SELECT max(period_end) FROM closed_periods WHERE period_end > $1) AS open_from`,
      [q.occurredAt, q.actorId, q.actorCappedTypes, q.people, q.repeatAssetId, q.kind, q.day],
    );
    return { events: row.events, entries: row.entries, openFrom: row.open_from };
  }

  /**
   * The event and its ledger entries, in one statement (`insertEvents` with one). The database derives the
   * leaderboard rollups from them (triggers of the credit-chain migration): the application role cannot write rollups
   * itself.
   */
  insertEvent(em: EntityManager, e: CreditEventRow): Promise<void> {
    return this.insertEvents(em, [e]);
  }

  /**
   * What the caps need for a batch of one actor's reuses, in one statement: the actor's earlier reuses of any of
   * the assets in the past week, today's entries the actor gave, and the endorsement and publication credit of
   * everyone involved; and the end of the latest closed quarter the batch's time falls in, if any. A superset of
   * what `usage` reads for each of the events, which the rules filter to each.
   */
  @GenerateSql({
    params: [
      SQL_MANAGER,
      {
        occurredAt: JAN_1,
        actorId: EXAMPLE_ID,
        actorCappedTypes: ['REUSE', 'ADAPTED', 'ENDORSED'],
        people: [EXAMPLE_ID],
        assetIds: [EXAMPLE_ID],
        day: JAN_1,
      },
    ],
  })
  async reuseBatchUsage(
    em: EntityManager,
    q: Omit<UsageQuery, 'repeatAssetId' | 'kind'> & { assetIds: readonly string[] },
  ): Promise<{ events: Dated<UsageEvent>[]; entries: Dated<UsageEntry>[]; openFrom: Date | null }> {
    const [row] = await em.query<
      { events: Dated<UsageEvent>[]; entries: Dated<UsageEntry>[]; open_from: Date | null }[]
    >(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('type', type, 'actorId', actor_id, 'assetId', asset_id,
                   'reuseKind', payload->>'reuseKind', 'dealId', payload->>'dealId', 'occurredAt', occurred_at)), '[]')
            FROM credit_events
           WHERE actor_id = $2 AND asset_id = ANY($5) AND type = 'REUSE'
             AND occurred_at > $1::timestamptz - interval '7 days'
         ) AS events,
         (SELECT coalesce(json_agg(json_build_object('eventType', ev.type, 'actorId', ce.actor_id,
                   'beneficiaryId', ce.beneficiary_id, 'points', ce.points, 'occurredAt', ce.occurred_at, 'eventId', ce.event_id)), '[]')
            FROM credit_entries ce JOIN credit_events ev ON ev.id = ce.event_id
           WHERE ce.occurred_at >= $6 AND ce.occurred_at < $6::timestamptz + interval '1 day'
             AND ((ce.actor_id = $2 AND ev.type::text = ANY($3)) OR (ce.beneficiary_id = ANY($4) AND ev.type IN ('ENDORSED', 'PUBLISHED')))
         ) AS entries,
         (SELECT max(period_end) FROM closed_periods WHERE period_end > $1) AS open_from`,
      [q.occurredAt, q.actorId, q.actorCappedTypes, q.people, q.assetIds, q.day],
    );
    return { events: row.events, entries: row.entries, openFrom: row.open_from };
  }

  /**
   * Events and their ledger entries, in one statement, in the order given (the log's sequence and the chain follow
   * it): the batch's writes, as `insertEvent` writes one.
   */
  @GenerateSql({
    params: [
      SQL_MANAGER,
      [
        {
          id: EXAMPLE_ID,
          type: 'PUBLISHED',
          actorId: EXAMPLE_ID,
          assetId: EXAMPLE_ID,
          occurredAt: JAN_1,
          payload: {},
          evidence: null,
          facts: [],
          policyVersion: 1,
          nominalPoints: 0,
          awardedPoints: 0,
          notes: [],
          bookedAt: JAN_1,
          fiscalYearStartMonth: 1,
          entries: [],
        },
      ],
    ],
  })
  async insertEvents(em: EntityManager, events: readonly CreditEventRow[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map((e, n) => ({
      n,
      id: e.id,
      type: e.type,
      actor_id: e.actorId,
      asset_id: e.assetId,
      occurred_at: e.occurredAt,
      payload: e.payload,
      facts: e.facts,
      policy_version: e.policyVersion,
      nominal_points: e.nominalPoints,
      awarded_points: e.awardedPoints,
      notes: e.notes,
      booked_at: e.bookedAt,
      fiscal_year_start_month: e.fiscalYearStartMonth,
      evidence: e.evidence,
    }));
    const entries = events.flatMap((e, n) => e.entries.map((entry, i) => ({ ...entry, n, i })));
    await em.query(
      `WITH event AS (
         INSERT INTO credit_events (id, type, actor_id, asset_id, occurred_at, payload, facts, policy_version,
                                    nominal_points, awarded_points, notes, booked_at, fiscal_year_start_month, evidence)
         SELECT e.id, e.type::credit_event_type, e.actor_id, e.asset_id, e.occurred_at, e.payload, e.facts, e.policy_version,
                e.nominal_points, e.awarded_points, e.notes, e.booked_at, e.fiscal_year_start_month, e.evidence
           FROM json_to_recordset($1::json) AS e(n int, id uuid, type text, actor_id uuid, asset_id uuid,
                occurred_at timestamptz, payload jsonb, facts jsonb, policy_version int, nominal_points int,
                awarded_points int, notes jsonb, booked_at timestamptz, fiscal_year_start_month smallint, evidence jsonb)
          ORDER BY e.n
       )
       INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id,
                                   generation, actor_id, policy_version, occurred_at, booked_at, capped)
       SELECT e.event_id, e.beneficiary_id, e.points, e.reason, e.source_reason, e.rule, e.asset_id, e.source_asset_id,
              e.generation, e.actor_id, e.policy_version, e.occurred_at, e.booked_at, e.capped
         FROM json_to_recordset($2::json) AS e(n int, i int, event_id uuid, beneficiary_id uuid, points int, reason text,
           source_reason text, rule text, asset_id uuid, source_asset_id uuid, generation smallint, actor_id uuid,
           policy_version int, occurred_at timestamptz, booked_at timestamptz, capped jsonb)
        ORDER BY e.n, e.i`,
      [JSON.stringify(rows), JSON.stringify(entries)],
    );
  }

  /** The ledger entries of one event, in the order they were written. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  entriesOf(em: EntityManager, eventId: string): Promise<CreditEntryEntity[]> {
    return em.getRepository(CreditEntryEntity).find({ where: { eventId }, order: { id: 'ASC' } });
  }

  /** Whether the quarter starting at `start` is closed. */
  @GenerateSql({ params: [JAN_1] })
  async isClosedPeriod(start: Date): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM closed_periods WHERE period_start = $1', [
      start,
    ]);
    return rows.length > 0;
  }

  /** The user's team, and whether the viewer manages it; undefined when there is no such user. */
  @GenerateSql({ params: [EXAMPLE_ID, EXAMPLE_ID] })
  async userAndManager(
    userId: string,
    viewerId: string,
  ): Promise<{ team_id: string | null; manages: boolean } | undefined> {
    const rows: { team_id: string | null; manages: boolean }[] = await this.dataSource.query(
      `SELECT u.team_id, EXISTS (SELECT 1 FROM team_managers tm WHERE tm.team_id = u.team_id AND tm.user_id = $2) AS manages
         FROM users u WHERE u.id = $1`,
      [userId, viewerId],
    );
    return rows[0];
  }

  /** The number and sum of a person's entries booked in [from, to). */
  @GenerateSql({ params: [EXAMPLE_ID, JAN_1, new Date('2026-04-01T00:00:00Z')] })
  async statementTotals(userId: string, from: Date, to: Date): Promise<{ count: number; sum: number }> {
    const [totals] = await this.dataSource.query<{ count: number; sum: number }[]>(
      `SELECT count(*)::int AS count, coalesce(sum(points), 0)::int AS sum
         FROM credit_entries WHERE beneficiary_id = $1 AND booked_at >= $2 AND booked_at < $3`,
      [userId, from, to],
    );
    return totals;
  }

  /**
   * A page of a person's entries booked in [from, to), newest booked first (ties: latest written first), after the
   * cursor `before` ([booked_at as text, id]) if given, with their event's type, evidence and time.
   */
  @GenerateSql(
    { name: 'first page', params: [EXAMPLE_ID, JAN_1, new Date('2026-04-01T00:00:00Z'), 51] },
    {
      name: 'next page',
      params: [EXAMPLE_ID, JAN_1, new Date('2026-04-01T00:00:00Z'), 51, ['2026-03-01 10:00:00.123456+00', '100']],
    },
  )
  statementPage<Row>(
    userId: string,
    from: Date,
    to: Date,
    limit: number,
    before?: readonly [string, string],
  ): Promise<Row[]> {
    const params: unknown[] = [userId, from, to];
    let keyset = '';
    if (before !== undefined) {
      params.push(before[0], before[1]);
      keyset = `AND (ce.booked_at, ce.id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`;
    }
    params.push(limit);
    return this.dataSource.query(
      `SELECT ce.*, ce.booked_at::text AS booked_key, u.name AS actor_name, ev.type AS event_type, ev.evidence,
              ev.occurred_at AS event_occurred_at
         FROM credit_entries ce JOIN users u ON u.id = ce.actor_id JOIN credit_events ev ON ev.id = ce.event_id
        WHERE ce.beneficiary_id = $1 AND ce.booked_at >= $2 AND ce.booked_at < $3 ${keyset}
        ORDER BY ce.booked_at DESC, ce.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** Credit per month for a person over the last `months` months, oldest first, from the rollups. */
  @GenerateSql({ params: [EXAMPLE_ID, 24] })
  monthlyCredit(userId: string, months: number): Promise<{ periodStart: Date; value: number }[]> {
    return this.dataSource.query(
      `SELECT period_start AS "periodStart", value::int AS value FROM credit_rollups
        WHERE metric = 'CREDIT' AND period_kind = 'MONTH' AND user_id = $1 AND period_start > now() - ($2 || ' months')::interval
        ORDER BY period_start`,
      [userId, months],
    );
  }

  /** The newest stored version of the policy, if any, in the current shape (`upgradePolicy`). */
  @GenerateSql({ params: [SQL_MANAGER] })
  async currentPolicy(em: EntityManager = this.dataSource.manager): Promise<ScoringPolicy | null> {
    const rows = await em.query<{ policy: unknown }[]>(CURRENT_POLICY_SQL);
    return rows[0] ? upgradePolicy(rows[0].policy) : null;
  }

  async policyByVersion(version: number, em: EntityManager = this.dataSource.manager): Promise<ScoringPolicy | null> {
    const row = await em.getRepository(ScoringPolicyEntity).findOneBy({ version });
    return row ? upgradePolicy(row.policy) : null;
  }

  /** Every stored version of the policy, newest first, in the current shape. */
  async policies(): Promise<ScoringPolicyEntity[]> {
    const rows = await this.dataSource.getRepository(ScoringPolicyEntity).find({ order: { version: 'DESC' } });
    return rows.map((row) => ({ ...row, policy: upgradePolicy(row.policy) }));
  }

  /** Makes new versions of the policy take turns, until the transaction ends. */
  @GenerateSql({ params: [SQL_MANAGER] })
  async lockPolicies(em: EntityManager): Promise<void> {
    await em.query('LOCK TABLE scoring_policies IN EXCLUSIVE MODE');
  }

  async insertPolicy(em: EntityManager, policy: ScoringPolicy, createdById: string): Promise<void> {
    await em.insert(ScoringPolicyEntity, { version: policy.version, policy, createdById });
  }

  /** Chained entries from `fromPosition` on, in chain order. */
  @GenerateSql({ params: [SQL_MANAGER, '1', 100] })
  chainFrom(em: EntityManager, fromPosition: string, limit: number): Promise<ChainRow[]> {
    return em.query(
      `SELECT chain_position::text AS position, id::text AS id, event_id, beneficiary_id, points, reason, source_reason,
              rule, asset_id, source_asset_id, generation, actor_id, policy_version,
              to_char(occurred_at AT TIME ZONE 'UTC', ${UTC_TEXT}) AS occurred_at,
              to_char(booked_at AT TIME ZONE 'UTC', ${UTC_TEXT}) AS booked_at, capped::text AS capped, chain_hash
         FROM credit_entries WHERE chain_position >= $1 ORDER BY chain_position LIMIT $2`,
      [fromPosition, limit],
    );
  }

  /** The first entry that is not on the chain (written with the chain trigger switched off), if any. */
  @GenerateSql({ params: [SQL_MANAGER] })
  async firstUnchained(em: EntityManager): Promise<string | null> {
    const [row] = await em.query<{ id: string }[]>(
      'SELECT id::text AS id FROM credit_entries WHERE chain_hash IS NULL ORDER BY id LIMIT 1',
    );
    return row?.id ?? null;
  }

  /** Every rollup row, in a stable order. */
  @GenerateSql({ params: [SQL_MANAGER] })
  rollups(em: EntityManager): Promise<RollupRow[]> {
    return em.query(
      `SELECT metric, period_kind, period_start, user_id, value::text AS value FROM credit_rollups
        ORDER BY metric, period_kind, period_start, user_id`,
    );
  }

  /** How many events and ledger entries are stored. */
  @GenerateSql({ params: [SQL_MANAGER] })
  async ledgerSize(em: EntityManager): Promise<{ events: number; entries: number }> {
    const [row] = await em.query<{ events: number; entries: number }[]>(
      `SELECT (SELECT count(*)::int FROM credit_events) AS events, (SELECT count(*)::int FROM credit_entries) AS entries`,
    );
    return row;
  }

  /** The next `limit` events after sequence number `seq`, in the order they were recorded. */
  @GenerateSql({ params: [SQL_MANAGER, '0', 500] })
  eventsAfter(em: EntityManager, seq: string, limit: number): Promise<EventRow[]> {
    return em.query('SELECT * FROM credit_events WHERE seq > $1 ORDER BY seq LIMIT $2', [seq, limit]);
  }

  /** The ledger entries of these events, in the order they were written. */
  @GenerateSql({ params: [SQL_MANAGER, [EXAMPLE_ID]] })
  entriesOfEvents(em: EntityManager, eventIds: string[]): Promise<CreditEntryEntity[]> {
    return em.query(
      `SELECT id, event_id AS "eventId", beneficiary_id AS "beneficiaryId", points, reason, source_reason AS "sourceReason",
              rule, asset_id AS "assetId", source_asset_id AS "sourceAssetId", generation, actor_id AS "actorId",
              policy_version AS "policyVersion", occurred_at AS "occurredAt", booked_at AS "bookedAt", capped
         FROM credit_entries WHERE event_id = ANY($1) ORDER BY id`,
      [eventIds],
    );
  }
}
