import { Injectable } from '@nestjs/common';
import { REPEATABLE_TYPES, computeCredit, rollupDeltas, usageFrom, utcDay } from '@byline/credit';
import type {
  CreditEntry,
  CreditEvent,
  EndorsementKind,
  CreditedReuseKind,
  RollupEntry,
  UsageEntry,
  UsageEvent,
} from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { CreditPolicyService } from './credit-policy.service.js';
import { CHAIN_GENESIS, CreditRepository, canonicalEntry, chainHash } from './credit.repository.js';
import type { EventRow } from './credit.repository.js';
import { toRuleEntry } from './credit.service.js';

export interface RebuildReport {
  events: number;
  entries: number;
  /** The first event whose replay differs from the ledger, in words; null when everything matches. */
  firstDifference: string | null;
  /** The first entry whose chain hash does not verify (or a broken chain), in words; null when it verifies. */
  chainDifference: string | null;
  /** The first rollup row that differs from the ledger, in words; null when every rollup matches. */
  rollupDifference: string | null;
  /** The last link of the chain verified, to compare with one written down earlier. */
  chainHead: { position: string; hash: string };
}

const BATCH = 5000;
const COMPARED: (
  | 'beneficiaryId'
  | 'points'
  | 'reason'
  | 'sourceReason'
  | 'assetId'
  | 'sourceAssetId'
  | 'generation'
  | 'actorId'
  | 'rule'
  | 'policyVersion'
)[] = [
  'beneficiaryId',
  'points',
  'reason',
  'sourceReason',
  'assetId',
  'sourceAssetId',
  'generation',
  'actorId',
  'rule',
  'policyVersion',
];

/**
 * Checks the credit data three ways in one snapshot: the ledger's hash chain verifies entry by entry; replaying the
 * whole event log, in order, through the credit rules gives the stored ledger entry by entry; and the leaderboard
 * rollups equal what the stored events and entries add up to. Anything else is a bug or tampering.
 */
@Injectable()
export class CreditRebuildService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: CreditPolicyService,
    private readonly repository: CreditRepository,
  ) {}

  async check(onProgress?: (done: number, total: number) => void): Promise<RebuildReport> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const chain = await this.verifyChain(em);
      const expectedRollups = new Map<string, number>();
      const replay = await this.replay(em, expectedRollups, onProgress);
      const rollupDifference = await this.compareRollups(em, expectedRollups);
      return { ...replay, ...chain, rollupDifference };
    });
  }

  /** Walks the chain from its first entry, recomputing every hash from the entry's content and the hash before. */
  private async verifyChain(
    em: EntityManager,
  ): Promise<{ chainDifference: string | null; chainHead: { position: string; hash: string } }> {
    let previous = CHAIN_GENESIS;
    let position = 1n;
    const result = (chainDifference: string | null) => ({
      chainDifference,
      chainHead: { position: String(position - 1n), hash: previous },
    });
    const unchained = await this.repository.firstUnchained(em);
    if (unchained) return result(`ledger entry ${unchained} is not on the chain (it has no chain hash).`);
    for (;;) {
      const rows = await this.repository.chainFrom(em, String(position), BATCH);
      for (const row of rows) {
        if (row.position !== String(position)) {
          return result(`chain position ${position} is missing: the next entry, ${row.id}, is at ${row.position}.`);
        }
        const computed = chainHash(previous, canonicalEntry(row));
        if (computed !== row.chain_hash) {
          return result(
            `ledger entry ${row.id} (chain position ${row.position}) does not match its chain hash: ` +
              `stored ${row.chain_hash}, computed from its content and the entry before ${computed}.`,
          );
        }
        previous = computed;
        position++;
      }
      if (rows.length < BATCH) return result(null);
    }
  }

  /** Every stored rollup row against what the stored events and entries add up to (a missing row counts as 0). */
  private async compareRollups(em: EntityManager, expected: Map<string, number>): Promise<string | null> {
    const describe = (key: string) => {
      const [metric, kind, start, user] = key.split('|');
      return `rollup ${metric} ${kind} ${start} for user ${user}`;
    };
    for (const row of await this.repository.rollups(em)) {
      const key = rollupKey(row.metric, row.period_kind, row.period_start, row.user_id);
      const want = expected.get(key) ?? 0;
      expected.delete(key);
      if (Number(row.value) !== want) {
        return `${describe(key)}: the ledger gives ${want}, the rollup holds ${row.value}.`;
      }
    }
    const missing = [...expected].filter(([, value]) => value !== 0).sort(([a], [b]) => a.localeCompare(b))[0];
    return missing ? `${describe(missing[0])}: the ledger gives ${missing[1]}, there is no rollup row.` : null;
  }

  /** Replays the events into a scratch ledger, comparing as it goes, and adds up the rollups the stored rows imply. */
  private async replay(
    em: EntityManager,
    expectedRollups: Map<string, number>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ events: number; entries: number; firstDifference: string | null }> {
    const { events: total, entries: stored } = await this.repository.ledgerSize(em);
    const entriesByDay = new Map<number, UsageEntry[]>();
    const reuseEvents = new Map<string, UsageEvent[]>();
    const replayedByEvent = new Map<string, CreditEntry[]>();
    let done = 0;
    let replayedCount = 0;
    let firstDifference: string | null = null;
    let lastSeq = '0';
    for (;;) {
      const events = await this.repository.eventsAfter(em, lastSeq, BATCH);
      if (!events.length) break;
      lastSeq = events[events.length - 1].seq;
      const stored = await this.repository.entriesOfEvents(
        em,
        events.map((e) => e.id),
      );
      const storedByEvent = new Map<string, CreditEntry[]>();
      const storedRowsByEvent = new Map<string, RollupEntry[]>();
      for (const row of stored) {
        storedByEvent.set(row.eventId, [...(storedByEvent.get(row.eventId) ?? []), toRuleEntry(row)]);
        storedRowsByEvent.set(row.eventId, [...(storedRowsByEvent.get(row.eventId) ?? []), row]);
      }

      for (const row of events) {
        const event = toEvent(row);
        const key = `${row.type}|${row.actor_id}|${row.asset_id}`;
        const day = utcDay(row.occurred_at).getTime();
        const usage = usageFrom(event, reuseEvents.get(key) ?? [], entriesByDay.get(day) ?? []);
        const reverses = row.payload.reversesEventId as string | undefined;
        const policy = await this.policies.byVersion(row.policy_version, em);
        const result = computeCredit(
          event,
          { assets: row.facts, usage, priorEntries: reverses ? (replayedByEvent.get(reverses) ?? []) : undefined },
          policy,
        );
        firstDifference ??= compare(row, [...result.entries], storedByEvent.get(row.id) ?? [], result.awardedPoints);
        const deltas = rollupDeltas(
          {
            type: row.type,
            actorId: row.actor_id,
            assetId: row.asset_id,
            payload: row.payload,
            facts: row.facts,
            bookedAt: row.booked_at,
            fiscalYearStartMonth: row.fiscal_year_start_month,
          },
          storedRowsByEvent.get(row.id) ?? [],
        );
        for (const d of deltas) {
          const key = rollupKey(d.metric, d.periodKind, d.periodStart, d.userId);
          expectedRollups.set(key, (expectedRollups.get(key) ?? 0) + d.value);
        }

        replayedByEvent.set(row.id, [...result.entries]);
        replayedCount += result.entries.length;
        const dayEntries = entriesByDay.get(day) ?? [];
        for (const e of result.entries) {
          dayEntries.push({
            eventType: row.type,
            actorId: e.actorId,
            beneficiaryId: e.beneficiaryId,
            points: e.points,
            occurredAt: e.occurredAt,
            eventId: row.id,
          });
        }
        entriesByDay.set(day, dayEntries);
        if (REPEATABLE_TYPES.includes(row.type)) {
          reuseEvents.set(key, [
            ...(reuseEvents.get(key) ?? []),
            {
              type: row.type,
              actorId: row.actor_id,
              assetId: row.asset_id,
              reuseKind: row.payload.reuseKind as string | undefined,
              dealId: row.payload.dealId as string | undefined,
              occurredAt: row.occurred_at,
            },
          ]);
        }
        done++;
      }
      onProgress?.(done, total);
    }
    if (!firstDifference && replayedCount !== stored) {
      firstDifference = `The ledger has ${stored} entries; replaying the events gives ${replayedCount}.`;
    }
    return { events: done, entries: replayedCount, firstDifference };
  }
}

function rollupKey(metric: string, kind: string, start: Date, userId: string): string {
  return `${metric}|${kind}|${start.toISOString()}|${userId}`;
}

function toEvent(row: EventRow): CreditEvent {
  const base = { eventId: row.id, actorId: row.actor_id, occurredAt: row.occurred_at };
  const p = row.payload;
  switch (row.type) {
    case 'PUBLISHED':
      return { ...base, kind: 'PUBLISHED', assetId: row.asset_id! };
    case 'REUSE':
      return {
        ...base,
        kind: 'REUSE',
        assetId: row.asset_id!,
        reuseKind: p.reuseKind as CreditedReuseKind,
        ...(p.dealClosedAt ? { dealClosedAt: new Date(p.dealClosedAt as string) } : {}),
        ...(p.viaShareLink === true ? { viaShareLink: true } : {}),
      };
    case 'ADAPTED':
      return { ...base, kind: 'ADAPTED', assetId: row.asset_id!, derivedAssetId: p.derivedAssetId as string };
    case 'SHARE_VIEWED':
      return {
        ...base,
        kind: 'SHARE_VIEWED',
        assetId: row.asset_id!,
        shareLinkId: row.evidence?.shareLinkId ?? '',
        shareSessionId: row.evidence?.shareSessionId ?? '',
      };
    case 'TEMPLATE_PERSONALISED':
      return {
        ...base,
        kind: 'TEMPLATE_PERSONALISED',
        assetId: row.asset_id!,
        derivedAssetId: p.derivedAssetId as string,
        dealId: p.dealId as string,
      };
    case 'ENDORSED':
      return {
        ...base,
        kind: 'ENDORSED',
        assetId: row.asset_id!,
        endorsementKind: p.endorsementKind as EndorsementKind,
      };
    case 'ENDORSEMENT_WITHDRAWN':
      return {
        ...base,
        kind: 'ENDORSEMENT_WITHDRAWN',
        assetId: row.asset_id!,
        endorsementKind: p.endorsementKind as EndorsementKind,
      };
    case 'DEAL_WON_REVERSED':
      return { ...base, kind: 'DEAL_WON_REVERSED', dealId: p.dealId as string };
    case 'ANSWER_ACCEPTED':
      return {
        ...base,
        kind: 'ANSWER_ACCEPTED',
        questionId: p.questionId as string,
        answerId: p.answerId as string,
        answererId: p.answererId as string,
      };
    default:
      return { ...base, kind: 'DEAL_WON', dealId: p.dealId as string, usedAssetIds: p.usedAssetIds as string[] };
  }
}

function compare(row: EventRow, replayed: CreditEntry[], stored: CreditEntry[], awarded: number): string | null {
  const where = `event ${row.id} (#${row.seq}, ${row.type} at ${row.occurred_at.toISOString()})`;
  if (awarded !== row.awarded_points) {
    return `${where}: recorded as awarding ${row.awarded_points}, replay awards ${awarded}.`;
  }
  if (replayed.length !== stored.length) {
    return `${where}: ${stored.length} ledger entries, replay gives ${replayed.length}.`;
  }
  for (let i = 0; i < replayed.length; i++) {
    for (const field of COMPARED) {
      if (String(replayed[i][field]) !== String(stored[i][field])) {
        return `${where}, entry ${i + 1}: ${field} is ${String(stored[i][field])} in the ledger, ${String(replayed[i][field])} on replay.`;
      }
    }
    if (JSON.stringify(replayed[i].capped ?? null) !== JSON.stringify(stored[i].capped ?? null)) {
      return `${where}, entry ${i + 1}: cap ${JSON.stringify(stored[i].capped ?? null)} in the ledger, ${JSON.stringify(replayed[i].capped ?? null)} on replay.`;
    }
  }
  return null;
}
