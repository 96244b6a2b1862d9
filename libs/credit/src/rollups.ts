import { periodKeysContaining } from './period.js';
import type { AssetFacts } from './types.js';

/** The leaderboards' metrics: what the rollups count per person and period. */
export enum LeaderboardMetricKey {
  CREDIT = 'CREDIT',
  REUSES_RECEIVED = 'REUSES_RECEIVED',
  CONTRIBUTIONS = 'CONTRIBUTIONS',
  WON_DEAL_INFLUENCE = 'WON_DEAL_INFLUENCE',
}

/** Reuse kinds that count as a reuse received (the REUSE_RECEIVED_TYPES count too; views never do). */
export const REUSE_COUNTED = ['COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'];

/**
 * Event types other than REUSE that count as a reuse received by the asset's authors: an adaptation, a buyer's
 * viewing of a share link (as a share with a customer), a template personalised for a deal (as an adaptation).
 */
export const REUSE_RECEIVED_TYPES = ['ADAPTED', 'SHARE_VIEWED', 'TEMPLATE_PERSONALISED'];

/** A stored event as the rollups see it. */
export interface RollupEvent {
  type: string;
  actorId: string;
  assetId: string | null;
  payload: Record<string, unknown>;
  facts: AssetFacts[];
  bookedAt: Date;
  fiscalYearStartMonth: number;
}

/** A stored ledger entry as the rollups see it. */
export interface RollupEntry {
  beneficiaryId: string;
  points: number;
  generation: number;
  bookedAt: Date;
}

export interface RollupDelta {
  metric: LeaderboardMetricKey;
  periodKind: string;
  periodStart: Date;
  userId: string;
  value: number;
}

/**
 * What one event and its entries add to the leaderboard rollups, for every period containing their booking time.
 * The API's database keeps the rollups with the same definitions (triggers of its credit-chain migration); this is
 * the independent statement of them that `credit:rebuild -- --check` compares the stored rollups with.
 */
export function rollupDeltas(event: RollupEvent, entries: RollupEntry[]): RollupDelta[] {
  const deltas: RollupDelta[] = [];
  const add = (metric: LeaderboardMetricKey, userId: string, at: Date, value: number) => {
    if (!value) return;
    for (const p of periodKeysContaining(at, event.fiscalYearStartMonth)) {
      deltas.push({ metric, periodKind: p.kind, periodStart: p.start, userId, value });
    }
  };
  for (const e of entries) add(LeaderboardMetricKey.CREDIT, e.beneficiaryId, e.bookedAt, e.points);
  const authors = event.facts.find((f) => f.assetId === event.assetId)?.authors.map((a) => a.userId) ?? [];
  const reuseKind = event.payload.reuseKind as string | undefined;
  if (
    (event.type === 'REUSE' && REUSE_COUNTED.includes(reuseKind ?? '')) ||
    REUSE_RECEIVED_TYPES.includes(event.type)
  ) {
    for (const author of authors) {
      if (author !== event.actorId) add(LeaderboardMetricKey.REUSES_RECEIVED, author, event.bookedAt, 1);
    }
  }
  if (event.type === 'PUBLISHED') {
    for (const author of authors) add(LeaderboardMetricKey.CONTRIBUTIONS, author, event.bookedAt, 1);
  }
  if (event.type === 'DEAL_WON' || event.type === 'DEAL_WON_REVERSED') {
    // A reversal takes back the influence its award counted.
    const step = event.type === 'DEAL_WON' ? 1 : -1;
    const influenced = new Map(entries.filter((e) => e.generation === 0).map((e) => [e.beneficiaryId, e.bookedAt]));
    for (const [author, at] of influenced) add(LeaderboardMetricKey.WON_DEAL_INFLUENCE, author, at, step);
  }
  return deltas;
}
