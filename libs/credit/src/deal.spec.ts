import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeCredit } from './compute.js';
import { dealDateProblem, dealWonMove, usedAfterClose, type DealOutcomeKind } from './deal.js';
import { POLICY_V1 } from './policy.js';
import type { AssetFacts, CreditEntry } from './types.js';

const CLOSED = new Date('2026-03-10T00:00:00.000Z');
const ASSETS: AssetFacts[] = [
  {
    assetId: 'a1',
    authors: [
      { userId: 'ann', share: 60 },
      { userId: 'bob', share: 40 },
    ],
  },
  { assetId: 'a2', authors: [{ userId: 'cat', share: 100 }], parentAssetId: 'a1' },
  { assetId: 'a3', authors: [{ userId: 'own', share: 100 }] },
];

describe('dealWonMove', () => {
  it('awards a WON deal without a standing award and reverses the award of a deal that is no longer WON', () => {
    expect(dealWonMove('WON', false)).toBe('AWARD');
    expect(dealWonMove('WON', true)).toBeNull();
    expect(dealWonMove('LOST', true)).toBe('REVERSE');
    expect(dealWonMove('OPEN', true)).toBe('REVERSE');
    expect(dealWonMove('LOST', false)).toBeNull();
    expect(dealWonMove('OPEN', false)).toBeNull();
  });
});

describe('usedAfterClose', () => {
  it('counts a use up to the end of the close day (UTC) and none from the next day on', () => {
    expect(usedAfterClose(new Date('2026-03-09T23:00:00Z'), CLOSED)).toBe(false);
    expect(usedAfterClose(new Date('2026-03-10T23:59:59.999Z'), CLOSED)).toBe(false);
    expect(usedAfterClose(new Date('2026-03-11T00:00:00Z'), CLOSED)).toBe(true);
    expect(usedAfterClose(new Date('2030-01-01T00:00:00Z'), null)).toBe(false);
  });
});

describe('dealDateProblem', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  it('refuses dates before 1990 and more than a day ahead, and accepts everything between', () => {
    expect(dealDateProblem(new Date('1989-12-31T23:59:59Z'), now)).toBe('is before 1990');
    expect(dealDateProblem(new Date('1990-01-01T00:00:00Z'), now)).toBeNull();
    expect(dealDateProblem(new Date('2026-12-07T12:00:00Z'), now)).toBeNull();
    expect(dealDateProblem(new Date('2026-12-07T12:00:01Z'), now)).toBe('is more than a day in the future');
  });
});

describe('a USED_IN_DEAL after the deal closed', () => {
  const use = (occurredAt: string) =>
    computeCredit(
      {
        kind: 'REUSE',
        eventId: 'e1',
        actorId: 'zed',
        assetId: 'a3',
        reuseKind: 'USED_IN_DEAL',
        occurredAt: new Date(occurredAt),
        dealClosedAt: CLOSED,
      },
      { assets: ASSETS },
      POLICY_V1,
    );

  it('earns nothing and says why; on the close day it earns the usual 10', () => {
    const after = use('2026-03-11T08:00:00Z');
    expect(after.awardedPoints).toBe(0);
    expect(after.entries).toEqual([]);
    expect(after.notes).toEqual([expect.objectContaining({ code: 'AFTER_DEAL_CLOSED', withheld: 10 })]);
    expect(use('2026-03-10T18:00:00Z').awardedPoints).toBe(10);
  });
});

// Plays a sequence of outcomes the way the write path does: award on WON without a standing award, reverse it when
// the deal leaves WON. Returns the net points per beneficiary after every step.
function play(outcomes: DealOutcomeKind[], used: string[]): Map<string, number>[] {
  let standing: CreditEntry[] | null = null;
  const net = new Map<string, number>();
  const history: Map<string, number>[] = [];
  outcomes.forEach((outcome, i) => {
    const move = dealWonMove(outcome, standing !== null);
    const base = { eventId: `e${i}`, actorId: 'own', occurredAt: new Date(CLOSED.getTime() + i * 60_000) };
    let entries: readonly CreditEntry[] = [];
    if (move === 'AWARD') {
      const won = computeCredit(
        { ...base, kind: 'DEAL_WON', dealId: 'd1', usedAssetIds: used },
        { assets: ASSETS },
        POLICY_V1,
      );
      entries = won.entries;
      standing = [...won.entries];
    } else if (move === 'REVERSE') {
      entries = computeCredit(
        { ...base, kind: 'DEAL_WON_REVERSED', dealId: 'd1' },
        { priorEntries: standing! },
        POLICY_V1,
      ).entries;
      standing = null;
    }
    for (const e of entries) net.set(e.beneficiaryId, (net.get(e.beneficiaryId) ?? 0) + e.points);
    history.push(new Map(net));
  });
  return history;
}

const sum = (net: Map<string, number>) => [...net.values()].reduce((a, b) => a + b, 0);

describe('the deal-won pool over any sequence of outcome moves', () => {
  const outcomesArb = fc.array(fc.constantFrom<DealOutcomeKind>('OPEN', 'WON', 'LOST'), { maxLength: 30 });
  const usedArb = fc.subarray(['a1', 'a2', 'a3'], { minLength: 1 });
  const pool = (used: string[]) =>
    computeCredit(
      { kind: 'DEAL_WON', eventId: 'p', actorId: 'own', occurredAt: CLOSED, dealId: 'd1', usedAssetIds: used },
      { assets: ASSETS },
      POLICY_V1,
    );

  it('nets exactly one pool while the deal is WON and nothing otherwise, after every move', () => {
    fc.assert(
      fc.property(outcomesArb, usedArb, (outcomes, used) => {
        const one = pool(used).awardedPoints;
        play(outcomes, used).forEach((net, i) => {
          expect(sum(net)).toBe(outcomes[i] === 'WON' ? one : 0);
        });
      }),
    );
  });

  it('never leaves anyone below zero or above their share of one pool', () => {
    fc.assert(
      fc.property(outcomesArb, usedArb, (outcomes, used) => {
        const share = new Map<string, number>();
        for (const e of pool(used).entries) share.set(e.beneficiaryId, (share.get(e.beneficiaryId) ?? 0) + e.points);
        for (const net of play(outcomes, used)) {
          for (const [who, points] of net) {
            expect(points === 0 || points === share.get(who)).toBe(true);
          }
        }
      }),
    );
  });

  it('pays the owner of the deal nothing for content they authored, whatever the moves', () => {
    fc.assert(
      fc.property(outcomesArb, (outcomes) => {
        for (const net of play(outcomes, ['a3'])) expect(sum(net)).toBe(0);
      }),
    );
  });
});

describe('a DEAL_WON_REVERSED event', () => {
  it('refuses to reverse entries that are not a deal-won award', () => {
    const reuse = computeCredit(
      { kind: 'REUSE', eventId: 'r', actorId: 'zed', assetId: 'a1', reuseKind: 'COPY', occurredAt: CLOSED },
      { assets: ASSETS },
      POLICY_V1,
    );
    expect(() =>
      computeCredit(
        { kind: 'DEAL_WON_REVERSED', eventId: 'x', actorId: 'own', occurredAt: CLOSED, dealId: 'd1' },
        { priorEntries: reuse.entries },
        POLICY_V1,
      ),
    ).toThrow(/is not deal d1's award/);
  });
});
