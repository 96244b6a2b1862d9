import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { PERIOD_KINDS } from './period.js';
import { LeaderboardMetricKey, rollupDeltas, type RollupEntry, type RollupEvent } from './rollups.js';

const at = new Date('2026-02-10T12:00:00Z');

const event = (over: Partial<RollupEvent> = {}): RollupEvent => ({
  type: 'REUSE',
  actorId: 'actor',
  assetId: 'asset',
  payload: { reuseKind: 'COPY' },
  facts: [
    {
      assetId: 'asset',
      parentAssetId: null,
      authors: [
        { userId: 'A', share: 60 },
        { userId: 'B', share: 40 },
      ],
    },
  ],
  bookedAt: at,
  fiscalYearStartMonth: 1,
  ...over,
});

const entry = (beneficiaryId: string, points: number, generation = 0): RollupEntry => ({
  beneficiaryId,
  points,
  generation,
  bookedAt: at,
});

const totals = (deltas: ReturnType<typeof rollupDeltas>, metric: LeaderboardMetricKey, kind = 'ALL_TIME') =>
  Object.fromEntries(
    deltas.filter((d) => d.metric === metric && d.periodKind === kind).map((d) => [d.userId, d.value]),
  );

describe('rollupDeltas', () => {
  it('counts a copy as credit for each beneficiary and one reuse received for each author, in every period', () => {
    const deltas = rollupDeltas(event(), [entry('A', 3), entry('B', 2)]);
    expect(totals(deltas, LeaderboardMetricKey.CREDIT)).toEqual({ A: 3, B: 2 });
    expect(totals(deltas, LeaderboardMetricKey.REUSES_RECEIVED)).toEqual({ A: 1, B: 1 });
    expect(deltas).toHaveLength(4 * PERIOD_KINDS.length);
  });

  it('counts no reuse received for a view, nor for an author reusing their own asset', () => {
    expect(rollupDeltas(event({ payload: { reuseKind: 'VIEW' } }), [])).toEqual([]);
    const own = rollupDeltas(event({ actorId: 'A' }), [entry('B', 2)]);
    expect(totals(own, LeaderboardMetricKey.REUSES_RECEIVED)).toEqual({ B: 1 });
  });

  it('counts a buyer session on a share link and a personalised template as a reuse received, like a share and an adaptation', () => {
    for (const type of ['SHARE_VIEWED', 'TEMPLATE_PERSONALISED']) {
      const deltas = rollupDeltas(event({ type, payload: {} }), [entry('A', 4), entry('B', 2)]);
      expect(totals(deltas, LeaderboardMetricKey.REUSES_RECEIVED)).toEqual({ A: 1, B: 1 });
      expect(totals(deltas, LeaderboardMetricKey.CREDIT)).toEqual({ A: 4, B: 2 });
    }
    const link = rollupDeltas(event({ payload: { reuseKind: 'SHARE_WITH_CUSTOMER', viaShareLink: true } }), []);
    expect(totals(link, LeaderboardMetricKey.REUSES_RECEIVED)).toEqual({ A: 1, B: 1 });
  });

  it('counts a publication as a contribution of every author, even one credited nothing', () => {
    const deltas = rollupDeltas(event({ type: 'PUBLISHED', payload: {} }), [entry('A', 5)]);
    expect(totals(deltas, LeaderboardMetricKey.CONTRIBUTIONS)).toEqual({ A: 1, B: 1 });
  });

  it('counts the won deal influence of the asset-level beneficiaries, and a reversal takes it back', () => {
    const entries = [entry('A', 30), entry('P', 10, 1)];
    const won = rollupDeltas(event({ type: 'DEAL_WON', assetId: null, payload: {} }), entries);
    expect(totals(won, LeaderboardMetricKey.WON_DEAL_INFLUENCE)).toEqual({ A: 1 });
    const reversed = rollupDeltas(
      event({ type: 'DEAL_WON_REVERSED', assetId: null, payload: {} }),
      entries.map((e) => ({ ...e, points: -e.points })),
    );
    expect(totals(reversed, LeaderboardMetricKey.WON_DEAL_INFLUENCE)).toEqual({ A: -1 });
  });

  it('conserves points: the CREDIT deltas of each period kind add up to the points of the entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: -50, max: 50 })), { maxLength: 12 }),
        fc.constantFrom(...PERIOD_KINDS),
        (pairs, kind) => {
          const entries = pairs.map(([who, points]) => entry(who, points));
          const deltas = rollupDeltas(event(), entries).filter(
            (d) => d.metric === LeaderboardMetricKey.CREDIT && d.periodKind === kind,
          );
          expect(deltas.every((d) => d.value !== 0)).toBe(true);
          expect(deltas.reduce((sum, d) => sum + d.value, 0)).toBe(entries.reduce((sum, e) => sum + e.points, 0));
        },
      ),
    );
  });
});
