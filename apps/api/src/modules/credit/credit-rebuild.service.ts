import { Injectable } from '@nestjs/common';
import { computeCredit } from '@byline/credit';
import type {
  AssetFacts,
  CreditEntry,
  CreditEvent,
  EndorsementKind,
  CreditedReuseKind,
  CreditNote,
} from '@byline/credit';
import { DataSource } from 'typeorm';
import { CreditPolicyService } from './credit-policy.service.js';
import { toRuleEntry } from './credit.service.js';
import type { CreditEntryEntity } from './credit-entry.entity.js';
import { usageFrom, utcDay } from './credit-usage.js';
import type { UsageEntry, UsageEvent } from './credit-usage.js';

interface EventRow {
  id: string;
  seq: string;
  type: string;
  actor_id: string;
  asset_id: string | null;
  occurred_at: Date;
  payload: Record<string, unknown>;
  facts: AssetFacts[];
  policy_version: number;
  awarded_points: number;
  notes: CreditNote[];
}

export interface RebuildReport {
  events: number;
  entries: number;
  /** The first event whose replay differs from the ledger, in words; null when everything matches. */
  firstDifference: string | null;
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
 * Replays the whole event log, in order, through the credit rules into a scratch ledger held in memory, and
 * compares it with the stored ledger entry by entry. Same events, same ledger: anything else is a bug or tampering.
 */
@Injectable()
export class CreditRebuildService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: CreditPolicyService,
  ) {}

  async check(onProgress?: (done: number, total: number) => void): Promise<RebuildReport> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const [{ total }] = await em.query<{ total: number }[]>('SELECT count(*)::int AS total FROM credit_events');
      const [{ stored }] = await em.query<{ stored: number }[]>('SELECT count(*)::int AS stored FROM credit_entries');
      const entriesByDay = new Map<number, UsageEntry[]>();
      const reuseEvents = new Map<string, UsageEvent[]>();
      const replayedByEvent = new Map<string, CreditEntry[]>();
      let done = 0;
      let replayedCount = 0;
      let lastSeq = '0';
      for (;;) {
        const events = await em.query<EventRow[]>('SELECT * FROM credit_events WHERE seq > $1 ORDER BY seq LIMIT $2', [
          lastSeq,
          BATCH,
        ]);
        if (!events.length) break;
        lastSeq = events[events.length - 1].seq;
        const stored = await em.query<CreditEntryEntity[]>(
          `SELECT id, event_id AS "eventId", beneficiary_id AS "beneficiaryId", points, reason, source_reason AS "sourceReason",
                  rule, asset_id AS "assetId", source_asset_id AS "sourceAssetId", generation, actor_id AS "actorId",
                  policy_version AS "policyVersion", occurred_at AS "occurredAt", capped
             FROM credit_entries WHERE event_id = ANY($1) ORDER BY id`,
          [events.map((e) => e.id)],
        );
        const storedByEvent = new Map<string, CreditEntry[]>();
        for (const row of stored) {
          storedByEvent.set(row.eventId, [...(storedByEvent.get(row.eventId) ?? []), toRuleEntry(row)]);
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
          const difference = compare(row, [...result.entries], storedByEvent.get(row.id) ?? [], result.awardedPoints);
          if (difference) return { events: done, entries: replayedCount, firstDifference: difference };

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
          if (row.type === 'REUSE' || row.type === 'ADAPTED') {
            reuseEvents.set(key, [
              ...(reuseEvents.get(key) ?? []),
              {
                type: row.type,
                actorId: row.actor_id,
                assetId: row.asset_id,
                reuseKind: row.payload.reuseKind as string | undefined,
                occurredAt: row.occurred_at,
              },
            ]);
          }
          done++;
        }
        onProgress?.(done, total);
      }
      if (replayedCount !== stored) {
        return {
          events: done,
          entries: replayedCount,
          firstDifference: `The ledger has ${stored} entries; replaying the events gives ${replayedCount}.`,
        };
      }
      return { events: done, entries: replayedCount, firstDifference: null };
    });
  }
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
      };
    case 'ADAPTED':
      return { ...base, kind: 'ADAPTED', assetId: row.asset_id!, derivedAssetId: p.derivedAssetId as string };
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
