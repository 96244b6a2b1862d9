import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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

/** The statements `credit:rebuild -- --check` reads the chain and the rollups with. */
@Injectable()
export class CreditRepository {
  /** Chained entries from `fromPosition` on, in chain order. */
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
  async firstUnchained(em: EntityManager): Promise<string | null> {
    const [row] = await em.query<{ id: string }[]>(
      'SELECT id::text AS id FROM credit_entries WHERE chain_hash IS NULL ORDER BY id LIMIT 1',
    );
    return row?.id ?? null;
  }

  /** Every rollup row, in a stable order. */
  rollups(em: EntityManager): Promise<RollupRow[]> {
    return em.query(
      `SELECT metric, period_kind, period_start, user_id, value::text AS value FROM credit_rollups
        ORDER BY metric, period_kind, period_start, user_id`,
    );
  }
}
