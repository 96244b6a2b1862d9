import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ACTOR_CAPPED_TYPES, POLICY_V1, REPEATABLE_TYPES, computeCredit, usageFrom, utcDay } from '@byline/credit';
import type {
  AssetFacts,
  CreditEntry,
  CreditEvent,
  CreditReason,
  CreditResult,
  CreditRule,
  ScoringPolicy,
  UsageEntry,
  UsageEvent,
  UsageSoFar,
} from '@byline/credit';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import type { CreditEntryEntity } from './credit-entry.entity.js';
import type { CreditEvidence } from './credit-event.entity.js';
import type { PersonNotice } from './credit-notifier.js';
import { CreditRepository } from './credit.repository.js';
import type { CreditEventRow } from './credit.repository.js';

export { PERIOD_CLOSE_LOCK } from './credit.repository.js';

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
  /** What the event's listeners wrote for people to be told (notifications), announced with the credit. */
  readonly notices?: readonly PersonNotice[];
}

/**
 * Runs in the transaction that records events (one, or a batch), after their entries are written; returns notices
 * to announce.
 */
export type CreditRecordedListener = (
  em: EntityManager,
  eventIds: readonly string[],
) => Promise<readonly PersonNotice[]>;

/** A reuse to credit as part of a batch. */
export type NewReuseCredit = Extract<NewCreditEvent, { kind: 'REUSE' }>;

/** Where the leaderboards' metrics were defined before they moved into the credit rules. */
export { LeaderboardMetricKey } from '@byline/credit';

/**
 * The credit write path: one event, its ledger entries and the leaderboard rollups, in the caller's transaction.
 * Facts (authors, lineage) are read and stored with the event, so replaying the log reproduces the ledger.
 */
@Injectable()
export class CreditService {
  private readonly listeners: CreditRecordedListener[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: CreditRepository,
  ) {}

  /**
   * Records one event. Callers own the transaction (the event's own writes belong in it too) and tell the
   * notifier after it commits. A withdrawal or a deal-won reversal names the event it reverses; `evidence` is
   * stored beside the event for the statement (the attribution review that set a lineage), not read by the rules.
   */
  async record(
    em: EntityManager,
    input: NewCreditEvent,
    options: { reversesEventId?: string; evidence?: CreditEvidence } = {},
  ): Promise<RecordedCredit> {
    const { policy, facts, now } = await this.factsAndLocks(em, input);
    const event = { ...input, eventId: randomUUID(), occurredAt: input.occurredAt ?? now } as CreditEvent;
    const { usage, openFrom } = await this.usage(em, event, facts);
    const priorEntries = options.reversesEventId ? await this.entriesOf(em, options.reversesEventId) : undefined;
    const result = computeCredit(event, { assets: facts, usage, priorEntries }, policy);
    // Entries count when they happen, unless that quarter is closed: then they land at the start of the open period.
    const bookedAt = openFrom ? new Date(Math.max(openFrom.getTime(), Date.now())) : event.occurredAt;
    const evidence = evidenceOf(event) ?? options.evidence ?? null;
    await this.write(em, event, result, facts, bookedAt, options.reversesEventId, evidence);
    const notices: PersonNotice[] = [];
    for (const listener of this.listeners) notices.push(...(await listener(em, [event.eventId])));
    return { ...result, occurredAt: event.occurredAt, notices };
  }

  /**
   * Records one actor's reuses as if they had come one by one, in the order given, with the statements of one:
   * the locks of every event at once (the same locks `record` takes, in the same order, so batches and single
   * events never wait on each other in a circle), the caps' usage read once after them, the rules applied event
   * after event over that usage and what the events before them in the batch awarded, and every event and entry
   * written in one statement. Every event is dated at the time the batch took its locks.
   */
  async recordReuses(em: EntityManager, actorId: string, inputs: readonly NewReuseCredit[]): Promise<RecordedCredit[]> {
    if (inputs.length === 0) return [];
    const assetIds = [...new Set(inputs.map((i) => i.assetId))];
    const locked = await this.repository.factsAndLocks(em, assetIds, actorId, POLICY_V1.lineage.maxGenerations);
    const policy = locked.policy ?? POLICY_V1;
    const now = locked.now;
    const people = [...new Set([actorId, ...locked.facts.flatMap((f) => f.authors.map((a) => a.userId))])];
    const read = await this.repository.reuseBatchUsage(em, {
      occurredAt: now,
      actorId,
      actorCappedTypes: ACTOR_CAPPED_TYPES,
      people,
      assetIds,
      day: utcDay(now),
    });
    const priorEvents: UsageEvent[] = read.events.map((e) => ({
      ...e,
      reuseKind: e.reuseKind ?? undefined,
      dealId: e.dealId ?? undefined,
      occurredAt: new Date(e.occurredAt),
    }));
    const priorEntries: UsageEntry[] = read.entries.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) }));
    const bookedAt = read.openFrom ? new Date(Math.max(read.openFrom.getTime(), Date.now())) : now;
    const rows: CreditEventRow[] = [];
    const results: CreditResult[] = [];
    for (const input of inputs) {
      const event: CreditEvent = { ...input, eventId: randomUUID(), occurredAt: now };
      const facts = chainOf(locked.facts, input.assetId, policy.lineage.maxGenerations);
      const result = computeCredit(
        event,
        { assets: facts, usage: usageFrom(event, priorEvents, priorEntries) },
        policy,
      );
      // What this event did is what the next one in the batch would have read from the ledger.
      priorEvents.push({ type: 'REUSE', actorId, assetId: input.assetId, reuseKind: input.reuseKind, occurredAt: now });
      for (const e of result.entries) {
        priorEntries.push({
          eventType: 'REUSE',
          actorId: e.actorId,
          beneficiaryId: e.beneficiaryId,
          points: e.points,
          occurredAt: e.occurredAt,
          eventId: e.eventId,
        });
      }
      rows.push(this.eventRow(event, result, facts, bookedAt, undefined, null));
      results.push(result);
    }
    await this.repository.insertEvents(em, rows);
    const notices: PersonNotice[] = [];
    const eventIds = results.map((r) => r.eventId);
    for (const listener of this.listeners) notices.push(...(await listener(em, eventIds)));
    return results.map((r, i) => ({ ...r, occurredAt: now, notices: i === 0 ? notices : [] }));
  }

  /** Tells a listener of every event recorded, in the recording transaction (the notification centre listens). */
  whenRecorded(listener: CreditRecordedListener): void {
    this.listeners.push(listener);
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
      event.kind === 'DEAL_WON'
        ? [...event.usedAssetIds]
        : event.kind === 'DEAL_WON_REVERSED' || event.kind === 'ANSWER_ACCEPTED'
          ? []
          : [event.assetId];
    const row = await this.repository.factsAndLocks(em, rootIds, event.actorId, POLICY_V1.lineage.maxGenerations);
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
    const answerer = event.kind === 'ANSWER_ACCEPTED' ? [event.answererId] : [];
    const people = [...new Set([event.actorId, ...answerer, ...facts.flatMap((f) => f.authors.map((a) => a.userId))])];
    const repeatable = REPEATABLE_TYPES.includes(event.kind) && 'assetId' in event;
    const row = await this.repository.usage(em, {
      occurredAt: event.occurredAt,
      actorId: event.actorId,
      actorCappedTypes: ACTOR_CAPPED_TYPES,
      people,
      repeatAssetId: repeatable ? event.assetId : null,
      kind: event.kind,
      day: utcDay(event.occurredAt),
    });
    const events = row.events.map((e) => ({
      ...e,
      reuseKind: e.reuseKind ?? undefined,
      dealId: e.dealId ?? undefined,
      occurredAt: new Date(e.occurredAt),
    }));
    const entries = row.entries.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) }));
    return { usage: usageFrom(event, events, entries), openFrom: row.openFrom };
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
    evidence: CreditEvidence | null,
  ): Promise<void> {
    await this.repository.insertEvent(em, this.eventRow(event, result, facts, bookedAt, reversesEventId, evidence));
  }

  /** An event and its entries as they are stored. */
  private eventRow(
    event: CreditEvent,
    result: CreditResult,
    facts: AssetFacts[],
    bookedAt: Date,
    reversesEventId: string | undefined,
    evidence: CreditEvidence | null,
  ): CreditEventRow {
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
    return {
      id: event.eventId,
      type: event.kind,
      actorId: event.actorId,
      assetId:
        event.kind === 'DEAL_WON' || event.kind === 'DEAL_WON_REVERSED' || event.kind === 'ANSWER_ACCEPTED'
          ? null
          : event.assetId,
      occurredAt: event.occurredAt,
      payload: { ...payloadOf(event), ...(reversesEventId ? { reversesEventId } : {}) },
      evidence,
      facts,
      policyVersion: result.policyVersion,
      nominalPoints: result.nominalPoints,
      awardedPoints: result.awardedPoints,
      notes: [...result.notes],
      bookedAt,
      fiscalYearStartMonth: this.config.fiscalYearStartMonth,
      entries,
    };
  }

  /** The ledger entries of one event, as the rules see them (for reversals). */
  async entriesOf(em: EntityManager, eventId: string): Promise<CreditEntry[]> {
    return (await this.repository.entriesOf(em, eventId)).map(toRuleEntry);
  }
}

function payloadOf(event: CreditEvent): Record<string, unknown> {
  switch (event.kind) {
    case 'REUSE':
      return {
        reuseKind: event.reuseKind,
        ...(event.dealClosedAt ? { dealClosedAt: event.dealClosedAt } : {}),
        ...(event.viaShareLink ? { viaShareLink: true } : {}),
      };
    case 'ADAPTED':
      return { derivedAssetId: event.derivedAssetId };
    case 'TEMPLATE_PERSONALISED':
      return { derivedAssetId: event.derivedAssetId, dealId: event.dealId };
    case 'ENDORSED':
    case 'ENDORSEMENT_WITHDRAWN':
      return { endorsementKind: event.endorsementKind };
    case 'DEAL_WON':
      return { dealId: event.dealId, usedAssetIds: [...event.usedAssetIds] };
    case 'DEAL_WON_REVERSED':
      return { dealId: event.dealId };
    case 'ANSWER_ACCEPTED':
      return { questionId: event.questionId, answerId: event.answerId, answererId: event.answererId };
    default:
      return {};
  }
}

/**
 * The facts one event of a batch stores: its asset and its ancestors up to `generations` up, as `factsAndLocks`
 * reads them for that asset alone (in the same order).
 */
function chainOf(facts: readonly AssetFacts[], assetId: string, generations: number): AssetFacts[] {
  const byId = new Map(facts.map((f) => [f.assetId, f]));
  const ids = new Set<string>();
  let current: string | null | undefined = assetId;
  for (let depth = 0; current && depth <= generations && !ids.has(current); depth++) {
    ids.add(current);
    current = byId.get(current)?.parentAssetId;
  }
  return facts.filter((f) => ids.has(f.assetId));
}

/** What the event's credit rests on, stored beside it for the statement: the buyer session of a share link. */
function evidenceOf(event: CreditEvent): CreditEvidence | null {
  return event.kind === 'SHARE_VIEWED'
    ? { shareLinkId: event.shareLinkId, shareSessionId: event.shareSessionId }
    : null;
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
