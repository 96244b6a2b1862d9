import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { POLICY_V1, computeCredit } from '@byline/credit';
import type {
  AssetFacts,
  CreditEntry,
  CreditEvent,
  CreditReason,
  CreditResult,
  CreditRule,
  ScoringPolicy,
  UsageSoFar,
} from '@byline/credit';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { CreditEntryEntity } from './credit-entry.entity.js';
import { CURRENT_POLICY_SQL } from './credit-policy.service.js';
import { ACTOR_CAPPED_TYPES, usageFrom, utcDay } from './credit-usage.js';
import type { UsageEntry, UsageEvent } from './credit-usage.js';

/**
 * An event to record, without its id (assigned here). Without `occurredAt` it happens now: its time is read from
 * the database clock once the event holds its locks, so events that take turns on a lock are dated in the order
 * they took it (a time taken before waiting would let a later holder look older than the one it waited for, and
 * the 24 h repeat rule would not see it).
 */
export type NewCreditEvent = CreditEvent extends infer E
  ? E extends CreditEvent
    ? Omit<E, 'eventId' | 'occurredAt'> & { occurredAt?: Date }
    : never
  : never;

/** What recording an event awarded, and the time it was recorded at. */
export interface RecordedCredit extends CreditResult {
  readonly occurredAt: Date;
}

export enum LeaderboardMetricKey {
  CREDIT = 'CREDIT',
  REUSES_RECEIVED = 'REUSES_RECEIVED',
  CONTRIBUTIONS = 'CONTRIBUTIONS',
  WON_DEAL_INFLUENCE = 'WON_DEAL_INFLUENCE',
}

/**
 * The advisory lock between credit writes (which hold it shared from before they decide where an entry is booked
 * until they commit) and closing a period (which takes it exclusively before its snapshot).
 */
export const PERIOD_CLOSE_LOCK = "hashtextextended('closed_periods', 2)";

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
type Dated<T extends { occurredAt: Date }> = Omit<T, 'occurredAt'> & { occurredAt: string };

/**
 * The credit write path: one event, its ledger entries and the leaderboard rollups, in the caller's transaction.
 * Facts (authors, lineage) are read and stored with the event, so replaying the log reproduces the ledger.
 */
@Injectable()
export class CreditService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Records one event. Callers own the transaction (the event's own writes belong in it too) and tell the
   * notifier after it commits. A withdrawal or a deal-won reversal names the event it reverses.
   */
  async record(
    em: EntityManager,
    input: NewCreditEvent,
    options: { reversesEventId?: string } = {},
  ): Promise<RecordedCredit> {
    const { policy, facts, now } = await this.factsAndLocks(em, input);
    const event = { ...input, eventId: randomUUID(), occurredAt: input.occurredAt ?? now } as CreditEvent;
    const { usage, openFrom } = await this.usage(em, event, facts);
    const priorEntries = options.reversesEventId ? await this.entriesOf(em, options.reversesEventId) : undefined;
    const result = computeCredit(event, { assets: facts, usage, priorEntries }, policy);
    // Entries count when they happen, unless that quarter is closed: then they land at the start of the open period.
    const bookedAt = openFrom ? new Date(Math.max(openFrom.getTime(), Date.now())) : event.occurredAt;
    await this.write(em, event, result, facts, bookedAt, options.reversesEventId);
    return { ...result, occurredAt: event.occurredAt };
  }

  /**
   * The policy in force and the facts (the assets and their ancestors up to the policy's lineage depth, with their
   * current authors and shares), read while taking the event's locks: everyone whose daily counters it reads or
   * writes (so concurrent events stay within caps), and a shared hold on closing periods (a close takes it
   * exclusively, so it waits for writes in flight and holds new ones until it commits: none slips into a quarter
   * after its snapshot). The reads that depend on the locks come in the next statement, which sees everything the
   * transactions that held them before committed. `now` is the database clock read after the locks are held (the
   * outer select only runs once the fenced inner one has taken them).
   */
  private async factsAndLocks(
    em: EntityManager,
    event: NewCreditEvent,
  ): Promise<{ policy: ScoringPolicy; facts: AssetFacts[]; now: Date }> {
    const rootIds =
      event.kind === 'DEAL_WON' ? [...event.usedAssetIds] : event.kind === 'DEAL_WON_REVERSED' ? [] : [event.assetId];
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
      [rootIds, event.actorId, POLICY_V1.lineage.maxGenerations],
    );
    return { policy: row.policy ?? POLICY_V1, facts: row.facts, now: row.now };
  }

  /**
   * What the caps need, in one statement: the actor's earlier reuses of this asset in the past week, today's entries
   * the actor gave, and the endorsement and publication credit of everyone involved; and the end of the latest
   * closed quarter the event falls in, if any.
   */
  private async usage(
    em: EntityManager,
    event: CreditEvent,
    facts: AssetFacts[],
  ): Promise<{ usage: UsageSoFar; openFrom: Date | null }> {
    const people = [...new Set([event.actorId, ...facts.flatMap((f) => f.authors.map((a) => a.userId))])];
    const repeatable = event.kind === 'REUSE' || event.kind === 'ADAPTED';
    const [row] = await em.query<
      { events: Dated<UsageEvent>[]; entries: Dated<UsageEntry>[]; open_from: Date | null }[]
    >(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('type', type, 'actorId', actor_id, 'assetId', asset_id,
                   'reuseKind', payload->>'reuseKind', 'occurredAt', occurred_at)), '[]')
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
      [
        event.occurredAt,
        event.actorId,
        ACTOR_CAPPED_TYPES,
        people,
        repeatable ? event.assetId : null,
        event.kind,
        utcDay(event.occurredAt),
      ],
    );
    const events = row.events.map((e) => ({
      ...e,
      reuseKind: e.reuseKind ?? undefined,
      occurredAt: new Date(e.occurredAt),
    }));
    const entries = row.entries.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) }));
    return { usage: usageFrom(event, events, entries), openFrom: row.open_from };
  }

  /**
   * The event and its ledger entries, in one statement. The database derives the leaderboard rollups from them
   * (triggers of the credit-chain migration): the application role cannot write rollups itself.
   */
  private async write(
    em: EntityManager,
    event: CreditEvent,
    result: CreditResult,
    facts: AssetFacts[],
    bookedAt: Date,
    reversesEventId: string | undefined,
  ): Promise<void> {
    const entries = result.entries.map((e) => ({
      event_id: e.eventId,
      beneficiary_id: e.beneficiaryId,
      points: e.points,
      reason: e.reason,
      source_reason: e.sourceReason,
      rule: e.rule,
      asset_id: e.assetId || null,
      source_asset_id: e.sourceAssetId || null,
      generation: e.generation,
      actor_id: e.actorId,
      policy_version: e.policyVersion,
      occurred_at: e.occurredAt,
      booked_at: bookedAt,
      capped: e.capped ?? null,
    }));
    await em.query(
      `WITH event AS (
         INSERT INTO credit_events (id, type, actor_id, asset_id, occurred_at, payload, facts, policy_version,
                                    nominal_points, awarded_points, notes, booked_at, fiscal_year_start_month)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, $14)
       )
       INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id,
                                   generation, actor_id, policy_version, occurred_at, booked_at, capped)
       SELECT * FROM json_to_recordset($12::json) AS e(event_id uuid, beneficiary_id uuid, points int, reason text,
         source_reason text, rule text, asset_id uuid, source_asset_id uuid, generation smallint, actor_id uuid,
         policy_version int, occurred_at timestamptz, booked_at timestamptz, capped jsonb)`,
      [
        event.eventId,
        event.kind,
        event.actorId,
        event.kind === 'DEAL_WON' || event.kind === 'DEAL_WON_REVERSED' ? null : event.assetId,
        event.occurredAt,
        JSON.stringify({ ...payloadOf(event), ...(reversesEventId ? { reversesEventId } : {}) }),
        JSON.stringify(facts),
        result.policyVersion,
        result.nominalPoints,
        result.awardedPoints,
        JSON.stringify(result.notes),
        JSON.stringify(entries),
        bookedAt,
        this.config.fiscalYearStartMonth,
      ],
    );
  }

  /** The ledger entries of one event, as the rules see them (for reversals). */
  async entriesOf(em: EntityManager, eventId: string): Promise<CreditEntry[]> {
    const rows = await em.getRepository(CreditEntryEntity).find({ where: { eventId }, order: { id: 'ASC' } });
    return rows.map(toRuleEntry);
  }
}

function payloadOf(event: CreditEvent): Record<string, unknown> {
  switch (event.kind) {
    case 'REUSE':
      return { reuseKind: event.reuseKind, ...(event.dealClosedAt ? { dealClosedAt: event.dealClosedAt } : {}) };
    case 'ADAPTED':
      return { derivedAssetId: event.derivedAssetId };
    case 'ENDORSED':
    case 'ENDORSEMENT_WITHDRAWN':
      return { endorsementKind: event.endorsementKind };
    case 'DEAL_WON':
      return { dealId: event.dealId, usedAssetIds: [...event.usedAssetIds] };
    case 'DEAL_WON_REVERSED':
      return { dealId: event.dealId };
    default:
      return {};
  }
}

/** A stored ledger row back in the rules' shape. */
export function toRuleEntry(r: CreditEntryEntity): CreditEntry {
  return {
    eventId: r.eventId,
    beneficiaryId: r.beneficiaryId,
    points: r.points,
    reason: r.reason as CreditReason,
    sourceReason: r.sourceReason as CreditReason,
    assetId: r.assetId ?? '',
    sourceAssetId: r.sourceAssetId ?? '',
    generation: r.generation,
    actorId: r.actorId,
    rule: r.rule as CreditRule,
    policyVersion: r.policyVersion,
    occurredAt: r.occurredAt,
    ...(r.capped ? { capped: r.capped as CreditEntry['capped'] } : {}),
  };
}
