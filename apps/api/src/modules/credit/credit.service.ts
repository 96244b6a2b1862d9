import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { computeCredit, periodKeysContaining } from '@byline/credit';
import type { AssetFacts, CreditEntry, CreditEvent, CreditReason, CreditResult, CreditRule } from '@byline/credit';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { CreditEntryEntity } from './credit-entry.entity.js';
import { CreditEventEntity, CreditEventType } from './credit-event.entity.js';
import { CreditPolicyService } from './credit-policy.service.js';
import { ACTOR_CAPPED_TYPES, usageFrom, utcDay } from './credit-usage.js';
import type { UsageEntry, UsageEvent } from './credit-usage.js';

/** An event to record, without its id (assigned here). */
export type NewCreditEvent = CreditEvent extends infer E ? (E extends CreditEvent ? Omit<E, 'eventId'> : never) : never;

export enum LeaderboardMetricKey {
  CREDIT = 'CREDIT',
  REUSES_RECEIVED = 'REUSES_RECEIVED',
  CONTRIBUTIONS = 'CONTRIBUTIONS',
  WON_DEAL_INFLUENCE = 'WON_DEAL_INFLUENCE',
}

const REUSE_COUNTED = ['COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'];

/**
 * The credit write path: one event, its ledger entries and the leaderboard rollups, in the caller's transaction.
 * Facts (authors, lineage) are read and stored with the event, so replaying the log reproduces the ledger.
 */
@Injectable()
export class CreditService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policies: CreditPolicyService,
  ) {}

  /**
   * Records one event. Callers own the transaction (the event's own writes belong in it too) and tell the
   * notifier after it commits. A withdrawal names the endorsement event it reverses.
   */
  async record(
    em: EntityManager,
    input: NewCreditEvent,
    options: { reversesEventId?: string } = {},
  ): Promise<CreditResult> {
    const event = { ...input, eventId: randomUUID() } as CreditEvent;
    const policy = await this.policies.current(em);
    const rootIds = event.kind === 'DEAL_WON' ? [...event.usedAssetIds] : [event.assetId];
    const facts = await this.facts(em, rootIds, policy.lineage.maxGenerations);
    // Everyone whose daily counters this event reads or writes is locked, so concurrent events stay within caps.
    const people = [...new Set([event.actorId, ...facts.flatMap((f) => f.authors.map((a) => a.userId))])].sort();
    await em.query('SELECT pg_advisory_xact_lock(hashtextextended(id, 0)) FROM unnest($1::text[]) id', [people]);

    const usage = usageFrom(event, await this.priorEvents(em, event), await this.todaysEntries(em, event, people));
    const priorEntries = options.reversesEventId ? await this.entriesOf(em, options.reversesEventId) : undefined;
    const result = computeCredit(event, { assets: facts, usage, priorEntries }, policy);

    const bookedAt = await this.bookingTime(em, event.occurredAt);
    await em.insert(CreditEventEntity, {
      id: event.eventId,
      type: event.kind as CreditEventType,
      actorId: event.actorId,
      assetId: event.kind === 'DEAL_WON' ? null : event.assetId,
      occurredAt: event.occurredAt,
      payload: {
        ...payloadOf(event),
        ...(options.reversesEventId ? { reversesEventId: options.reversesEventId } : {}),
      },
      facts,
      policyVersion: policy.version,
      nominalPoints: result.nominalPoints,
      awardedPoints: result.awardedPoints,
      notes: [...result.notes],
    });
    if (result.entries.length) {
      await em.insert(
        CreditEntryEntity,
        result.entries.map((e) => ({
          eventId: e.eventId,
          beneficiaryId: e.beneficiaryId,
          points: e.points,
          reason: e.reason,
          sourceReason: e.sourceReason,
          rule: e.rule,
          assetId: e.assetId,
          sourceAssetId: e.sourceAssetId,
          generation: e.generation,
          actorId: e.actorId,
          policyVersion: e.policyVersion,
          occurredAt: e.occurredAt,
          bookedAt,
          capped: e.capped ? { ...e.capped } : null,
        })),
      );
    }
    await this.updateRollups(em, event, result, facts, bookedAt);
    return result;
  }

  /** The assets and their ancestors up to `generations` up, with their current authors and shares. */
  async facts(em: EntityManager, rootIds: string[], generations: number): Promise<AssetFacts[]> {
    if (!rootIds.length) return [];
    const rows: { id: string; parent: string | null; authors: { userId: string; share: number }[] }[] = await em.query(
      `WITH RECURSIVE chain(id, parent, depth) AS (
         SELECT a.id, a.derived_from_id, 0 FROM assets a WHERE a.id = ANY($1)
         UNION
         SELECT p.id, p.derived_from_id, c.depth + 1 FROM chain c JOIN assets p ON p.id = c.parent WHERE c.depth < $2
       )
       SELECT c.id, c.parent,
              coalesce(json_agg(json_build_object('userId', au.user_id, 'share', au.share) ORDER BY au.user_id)
                FILTER (WHERE au.user_id IS NOT NULL), '[]') AS authors
         FROM (SELECT DISTINCT id, parent FROM chain) c LEFT JOIN authorships au ON au.asset_id = c.id
        GROUP BY c.id, c.parent ORDER BY c.id`,
      [rootIds, generations],
    );
    return rows.map((r) => ({ assetId: r.id, parentAssetId: r.parent, authors: r.authors }));
  }

  private async priorEvents(em: EntityManager, event: CreditEvent): Promise<UsageEvent[]> {
    if (event.kind !== 'REUSE' && event.kind !== 'ADAPTED') return [];
    const rows: { type: string; actorId: string; assetId: string; reuseKind: string | null; occurredAt: Date }[] =
      await em.query(
        `SELECT type, actor_id AS "actorId", asset_id AS "assetId", payload->>'reuseKind' AS "reuseKind", occurred_at AS "occurredAt"
         FROM credit_events WHERE actor_id = $1 AND asset_id = $2 AND type = $3 AND occurred_at > $4::timestamptz - interval '7 days'`,
        [event.actorId, event.assetId, event.kind, event.occurredAt],
      );
    return rows.map((r) => ({ ...r, reuseKind: r.reuseKind ?? undefined }));
  }

  /** Today's entries that the caps read: those the actor gave, and endorsement and publication credit of `people`. */
  private async todaysEntries(em: EntityManager, event: CreditEvent, people: string[]): Promise<UsageEntry[]> {
    const day = utcDay(event.occurredAt);
    return em.query(
      `SELECT ev.type AS "eventType", ce.actor_id AS "actorId", ce.beneficiary_id AS "beneficiaryId", ce.points,
              ce.occurred_at AS "occurredAt", ce.event_id AS "eventId"
         FROM credit_entries ce JOIN credit_events ev ON ev.id = ce.event_id
        WHERE ce.occurred_at >= $1 AND ce.occurred_at < $1::timestamptz + interval '1 day'
          AND ((ce.actor_id = $2 AND ev.type::text = ANY($3)) OR (ce.beneficiary_id = ANY($4) AND ev.type IN ('ENDORSED', 'PUBLISHED')))`,
      [day, event.actorId, ACTOR_CAPPED_TYPES, people],
    );
  }

  /** The ledger entries of one event, as the rules see them (for reversals). */
  async entriesOf(em: EntityManager, eventId: string): Promise<CreditEntry[]> {
    const rows = await em.getRepository(CreditEntryEntity).find({ where: { eventId }, order: { id: 'ASC' } });
    return rows.map(toRuleEntry);
  }

  /** Entries count when they happen, unless that quarter is closed: then they land at the start of the open period. */
  private async bookingTime(em: EntityManager, occurredAt: Date): Promise<Date> {
    // Held to commit: a quarter being closed (closePeriod locks the table EXCLUSIVE) waits for this write, or this
    // write waits for the close and then sees it, so no entry is booked into a quarter after its snapshot.
    await em.query('LOCK TABLE closed_periods IN ROW SHARE MODE');
    const rows: { open_from: Date | null }[] = await em.query(
      'SELECT max(period_end) AS open_from FROM closed_periods WHERE period_end > $1',
      [occurredAt],
    );
    const openFrom = rows[0]?.open_from;
    return openFrom ? new Date(Math.max(openFrom.getTime(), Date.now())) : occurredAt;
  }

  private async updateRollups(
    em: EntityManager,
    event: CreditEvent,
    result: CreditResult,
    facts: AssetFacts[],
    bookedAt: Date,
  ) {
    const deltas = new Map<string, number>();
    const add = (metric: LeaderboardMetricKey, userId: string, value: number) => {
      if (!value) return;
      deltas.set(`${metric}|${userId}`, (deltas.get(`${metric}|${userId}`) ?? 0) + value);
    };
    for (const e of result.entries) add(LeaderboardMetricKey.CREDIT, e.beneficiaryId, e.points);
    const authorsOf = (assetId: string) => facts.find((f) => f.assetId === assetId)?.authors.map((a) => a.userId) ?? [];
    if ((event.kind === 'REUSE' && REUSE_COUNTED.includes(event.reuseKind)) || event.kind === 'ADAPTED') {
      for (const author of authorsOf(event.assetId)) {
        if (author !== event.actorId) add(LeaderboardMetricKey.REUSES_RECEIVED, author, 1);
      }
    }
    if (event.kind === 'PUBLISHED') {
      for (const author of authorsOf(event.assetId)) add(LeaderboardMetricKey.CONTRIBUTIONS, author, 1);
    }
    if (event.kind === 'DEAL_WON') {
      const influenced = new Set(result.entries.filter((e) => e.generation === 0).map((e) => e.beneficiaryId));
      for (const author of influenced) add(LeaderboardMetricKey.WON_DEAL_INFLUENCE, author, 1);
    }
    if (!deltas.size) return;
    const periods = periodKeysContaining(bookedAt, this.config.fiscalYearStartMonth);
    const cols: [string[], string[], Date[], string[], number[]] = [[], [], [], [], []];
    for (const [key, value] of deltas) {
      const [metric, userId] = key.split('|');
      for (const p of periods) {
        cols[0].push(metric);
        cols[1].push(p.kind);
        cols[2].push(p.start);
        cols[3].push(userId);
        cols[4].push(value);
      }
    }
    await em.query(
      `INSERT INTO credit_rollups (metric, period_kind, period_start, user_id, value)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::timestamptz[], $4::uuid[], $5::bigint[])
       ON CONFLICT (metric, period_kind, period_start, user_id) DO UPDATE SET value = credit_rollups.value + EXCLUDED.value`,
      cols,
    );
  }
}

function payloadOf(event: CreditEvent): Record<string, unknown> {
  switch (event.kind) {
    case 'REUSE':
      return { reuseKind: event.reuseKind };
    case 'ADAPTED':
      return { derivedAssetId: event.derivedAssetId };
    case 'ENDORSED':
    case 'ENDORSEMENT_WITHDRAWN':
      return { endorsementKind: event.endorsementKind };
    case 'DEAL_WON':
      return { dealId: event.dealId, usedAssetIds: [...event.usedAssetIds] };
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
