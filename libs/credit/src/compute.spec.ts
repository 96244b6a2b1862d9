import { describe, expect, it } from '@jest/globals';
import { computeCredit } from './compute.js';
import { usageFrom } from './usage.js';
import { InvalidPolicyError, POLICY_V1, POLICY_V2, type ScoringPolicy } from './policy.js';
import {
  CreditInputError,
  type AssetFacts,
  type CreditContext,
  type CreditEvent,
  type CreditResult,
  type UsageSoFar,
} from './types.js';

const AT = new Date('2026-11-26T10:00:00.000Z');
const HOUR = 3_600_000;

function asset(assetId: string, shares: Record<string, number>, parentAssetId?: string): AssetFacts {
  return {
    assetId,
    authors: Object.entries(shares).map(([userId, share]) => ({ userId, share })),
    ...(parentAssetId === undefined ? {} : { parentAssetId }),
  };
}

// [beneficiary, points, reason, asset] per entry, in ledger order.
function rows(result: CreditResult): [string, number, string, string][] {
  return result.entries.map((e) => [e.beneficiaryId, e.points, e.reason, e.assetId]);
}

function withheld(result: CreditResult): number {
  return result.notes.reduce((sum, note) => sum + note.withheld, 0);
}

const base = { eventId: 'ev-1', occurredAt: AT };

function copy(actorId: string, assetId: string): CreditEvent {
  return { ...base, kind: 'REUSE', reuseKind: 'COPY', actorId, assetId };
}

function share(actorId: string, assetId: string): CreditEvent {
  return { ...base, kind: 'REUSE', reuseKind: 'SHARE_WITH_CUSTOMER', actorId, assetId };
}

function credit(event: CreditEvent, assets: AssetFacts[], usage: UsageSoFar = {}, policy = POLICY_V1): CreditResult {
  const context: CreditContext = { assets, usage };
  return computeCredit(event, context, policy);
}

const X = asset('x', { A: 60, B: 40 });

describe('computeCredit: publication', () => {
  it('gives 10 to the authors by share, the publishing author included', () => {
    const result = credit({ ...base, kind: 'PUBLISHED', actorId: 'A', assetId: 'x' }, [X]);
    expect(rows(result)).toEqual([
      ['A', 6, 'PUBLISHED', 'x'],
      ['B', 4, 'PUBLISHED', 'x'],
    ]);
    expect(result.awardedPoints).toBe(10);
    expect(result.entries[0]?.rule).toBe('publication');
    expect(result.usageDelta.publicationsCredited).toEqual(['A', 'B']);
    expect(result.usageDelta.givenByActor).toEqual({});
  });

  it('earns no lineage for a derived asset (the parent gets ADAPTED credit instead)', () => {
    const parent = asset('p', { E: 100 });
    const derived = asset('d', { C: 100 }, 'p');
    const result = credit({ ...base, kind: 'PUBLISHED', actorId: 'C', assetId: 'd' }, [derived, parent]);
    expect(rows(result)).toEqual([['C', 10, 'PUBLISHED', 'd']]);
  });

  it('credits at most 3 publications per author per day: a capped author’s part is withheld, not passed on', () => {
    const result = credit({ ...base, kind: 'PUBLISHED', actorId: 'A', assetId: 'x' }, [X], {
      publicationsToday: { A: 3, B: 2 },
    });
    expect(rows(result)).toEqual([['B', 4, 'PUBLISHED', 'x']]);
    expect(result.notes).toEqual([
      expect.objectContaining({ code: 'PUBLICATION_DAILY_CAP', beneficiaryId: 'A', withheld: 6 }),
    ]);
    expect(result.nominalPoints).toBe(10);
    expect(result.awardedPoints).toBe(4);
    expect(result.usageDelta.publicationsCredited).toEqual(['B']);
  });
});

describe('computeCredit: reuse', () => {
  it('splits a COPY (4) by C over A 60 / B 40 by largest remainder: 2.4 → 2, 1.6 → 2', () => {
    const result = credit(copy('C', 'x'), [X]);
    expect(rows(result)).toEqual([
      ['A', 2, 'REUSED_COPY', 'x'],
      ['B', 2, 'REUSED_COPY', 'x'],
    ]);
    expect(result.entries[0]).toEqual({
      eventId: 'ev-1',
      beneficiaryId: 'A',
      points: 2,
      reason: 'REUSED_COPY',
      sourceReason: 'REUSED_COPY',
      assetId: 'x',
      sourceAssetId: 'x',
      generation: 0,
      actorId: 'C',
      rule: 'reuse.COPY',
      policyVersion: 1,
      occurredAt: AT,
    });
    expect(result.usageDelta.givenByActor).toEqual({ A: 2, B: 2 });
  });

  it('gives 10 for SHARE_WITH_CUSTOMER and USED_IN_DEAL', () => {
    expect(rows(credit(share('C', 'x'), [X]))).toEqual([
      ['A', 6, 'SHARED_WITH_CUSTOMER', 'x'],
      ['B', 4, 'SHARED_WITH_CUSTOMER', 'x'],
    ]);
    const used = credit({ ...base, kind: 'REUSE', reuseKind: 'USED_IN_DEAL', actorId: 'C', assetId: 'x' }, [X]);
    expect(used.awardedPoints).toBe(10);
    expect(used.entries.map((e) => e.rule)).toEqual(['reuse.USED_IN_DEAL', 'reuse.USED_IN_DEAL']);
  });

  it('records a VIEW with no points', () => {
    const result = credit({ ...base, kind: 'REUSE', reuseKind: 'VIEW', actorId: 'C', assetId: 'x' }, [X]);
    expect(result.entries).toEqual([]);
    expect(result.nominalPoints).toBe(0);
    expect(result.notes.map((n) => n.code)).toEqual(['NO_POINTS']);
  });

  it('awards nothing when the actor authored the asset, even as a co-author (no self-credit)', () => {
    const result = credit(copy('A', 'x'), [X]);
    expect(result.entries).toEqual([]);
    expect(result.notes).toEqual([expect.objectContaining({ code: 'SELF_CREDIT', withheld: 4, assetId: 'x' })]);
  });

  it('awards nothing for the same reuse by the same actor within 24 h, and full credit from 24 h on', () => {
    const justBefore = credit(copy('C', 'x'), [X], { previousSameReuseAt: new Date(AT.getTime() - 24 * HOUR + 1) });
    expect(justBefore.entries).toEqual([]);
    expect(justBefore.notes).toEqual([expect.objectContaining({ code: 'REPEAT_REUSE', withheld: 4 })]);
    const dayLater = credit(copy('C', 'x'), [X], { previousSameReuseAt: new Date(AT.getTime() - 24 * HOUR) });
    expect(dayLater.awardedPoints).toBe(4);
  });

  it('uses the policy’s repeat window', () => {
    const policy: ScoringPolicy = { ...POLICY_V1, version: 2, caps: { ...POLICY_V1.caps, repeatReuseWindowHours: 1 } };
    const twoHours = { previousSameReuseAt: new Date(AT.getTime() - 2 * HOUR) };
    expect(credit(copy('C', 'x'), [X], twoHours, policy).awardedPoints).toBe(4);
    expect(credit(copy('C', 'x'), [X], twoHours).awardedPoints).toBe(0);
  });

  it('refuses ADAPT as a REUSE kind: it is credited by the ADAPTED event', () => {
    const event = { ...base, kind: 'REUSE', reuseKind: 'ADAPT', actorId: 'C', assetId: 'x' } as unknown as CreditEvent;
    expect(() => credit(event, [X])).toThrow(CreditInputError);
  });

  it('gives nothing to an author with a 0% share (e.g. a reviewer)', () => {
    const reviewed = asset('r', { A: 100, R: 0 });
    expect(rows(credit(copy('C', 'r'), [reviewed]))).toEqual([['A', 4, 'REUSED_COPY', 'r']]);
    const unpaid = asset('u', { R: 0 });
    const result = credit(copy('C', 'u'), [unpaid]);
    expect(result.entries).toEqual([]);
    expect(result.notes).toEqual([expect.objectContaining({ code: 'NO_ELIGIBLE_AUTHOR', withheld: 4 })]);
  });
});

describe('computeCredit: share links and templates (policy v2)', () => {
  const v2 = (event: CreditEvent, assets: AssetFacts[], usage: UsageSoFar = {}) =>
    credit(event, assets, usage, POLICY_V2);
  const link = (actorId: string, assetId: string): CreditEvent => ({
    ...base,
    kind: 'REUSE',
    reuseKind: 'SHARE_WITH_CUSTOMER',
    viaShareLink: true,
    actorId,
    assetId,
  });
  const viewed = (actorId: string, assetId: string): CreditEvent => ({
    ...base,
    kind: 'SHARE_VIEWED',
    actorId,
    assetId,
    shareLinkId: 'link-1',
    shareSessionId: 'session-1',
  });
  const personalised = (actorId: string, assetId: string): CreditEvent => ({
    ...base,
    kind: 'TEMPLATE_PERSONALISED',
    actorId,
    assetId,
    derivedAssetId: 'copy-1',
    dealId: 'deal-1',
  });

  it('gives a self-reported share 4 under v2 (10 under v1), a share link 4, and its first buyer session 6 more', () => {
    expect(v2(share('C', 'x'), [X]).awardedPoints).toBe(4);
    expect(credit(share('C', 'x'), [X]).awardedPoints).toBe(10);
    const created = v2(link('C', 'x'), [X]);
    expect(rows(created)).toEqual([
      ['A', 2, 'SHARED_WITH_CUSTOMER', 'x'],
      ['B', 2, 'SHARED_WITH_CUSTOMER', 'x'],
    ]);
    expect(created.entries.map((e) => e.rule)).toEqual(['shareLink.created', 'shareLink.created']);
    const session = v2(viewed('C', 'x'), [X]);
    expect(rows(session)).toEqual([
      ['A', 4, 'SHARE_LINK_VIEWED', 'x'],
      ['B', 2, 'SHARE_LINK_VIEWED', 'x'],
    ]);
    expect(session.entries.every((e) => e.rule === 'shareLink.firstBuyerSession' && e.policyVersion === 2)).toBe(true);
    expect(created.awardedPoints + session.awardedPoints).toBe(10);
  });

  it('under a policy without share-link credit a buyer session earns nothing, with a note', () => {
    const result = credit(viewed('C', 'x'), [X]);
    expect(result.entries).toEqual([]);
    expect(result.notes.map((n) => n.code)).toEqual(['NO_POINTS']);
  });

  it('gives the sharer nothing for a buyer viewing an asset the sharer authors, and removes a sharing co-author', () => {
    const own = v2(viewed('A', 'solo'), [asset('solo', { A: 100 })]);
    expect(own.entries).toEqual([]);
    expect(own.notes).toMatchObject([{ code: 'SELF_CREDIT', withheld: 6 }]);
    expect(v2(viewed('A', 'x'), [X]).entries).toEqual([]);
  });

  it('pays a second buyer session on the same sharer’s links to the asset nothing within the window, then again', () => {
    const within = v2(viewed('C', 'x'), [X], { previousSameReuseAt: new Date(AT.getTime() - 23 * HOUR) });
    expect(within.entries).toEqual([]);
    expect(within.notes).toMatchObject([{ code: 'REPEAT_REUSE', withheld: 6 }]);
    expect(within.notes[0]?.message).toContain('this session is recorded and earns nothing');
    const after = v2(viewed('C', 'x'), [X], { previousSameReuseAt: new Date(AT.getTime() - 24 * HOUR) });
    expect(after.awardedPoints).toBe(6);
  });

  it('counts a buyer session towards the sharer’s daily cap towards each author, and passes lineage up', () => {
    const capped = v2(viewed('C', 'x'), [X], { givenTodayByActor: { A: 38 } });
    expect(rows(capped)).toEqual([
      ['A', 2, 'SHARE_LINK_VIEWED', 'x'],
      ['B', 2, 'SHARE_LINK_VIEWED', 'x'],
    ]);
    expect(capped.notes).toMatchObject([{ code: 'ACTOR_BENEFICIARY_DAILY_CAP', beneficiaryId: 'A', withheld: 2 }]);
    expect(capped.usageDelta.givenByActor).toEqual({ A: 2, B: 2 });
    const derived = v2(viewed('C', 'child'), [asset('child', { D: 100 }, 'x'), X]);
    // 6 → 25% half up to the parent: 2 (split A 60 / B 40 → 1 / 1), 4 stay.
    expect(rows(derived)).toEqual([
      ['D', 4, 'SHARE_LINK_VIEWED', 'child'],
      ['A', 1, 'LINEAGE', 'x'],
      ['B', 1, 'LINEAGE', 'x'],
    ]);
  });

  it('refuses a share link that is not a SHARE_WITH_CUSTOMER', () => {
    const bad = { ...base, kind: 'REUSE', reuseKind: 'COPY', viaShareLink: true, actorId: 'C', assetId: 'x' } as const;
    expect(() => v2(bad, [X])).toThrow(CreditInputError);
  });

  it('refuses a buyer session without its evidence, and a personalisation without its deal', () => {
    const session = viewed('C', 'x');
    expect(() => v2({ ...session, shareSessionId: '' } as CreditEvent, [X])).toThrow('does not name its share link');
    expect(() => v2({ ...session, shareLinkId: '' } as CreditEvent, [X])).toThrow(CreditInputError);
    const template = personalised('C', 'x');
    expect(() => v2({ ...template, dealId: '' } as CreditEvent, [X])).toThrow('does not name its deal');
  });

  it('gives a template personalised for a deal ADAPT (15) to the template’s authors, as an adaptation', () => {
    const result = v2(personalised('C', 'x'), [X]);
    expect(rows(result)).toEqual([
      ['A', 9, 'TEMPLATE_PERSONALISED', 'x'],
      ['B', 6, 'TEMPLATE_PERSONALISED', 'x'],
    ]);
    expect(result.entries.every((e) => e.rule === 'reuse.ADAPT')).toBe(true);
    expect(v2(personalised('B', 'x'), [X]).entries).toEqual([]);
    const repeat = v2(personalised('C', 'x'), [X], { previousSameReuseAt: new Date(AT.getTime() - HOUR) });
    expect(repeat.notes.map((n) => n.code)).toEqual(['REPEAT_REUSE']);
    expect(v2(personalised('C', 'x'), [X], { givenTodayByActor: { A: 40, B: 40 } }).awardedPoints).toBe(0);
  });
});

describe('computeCredit: lineage', () => {
  // x ← p1 ← p2 ← p3 ← p4: four ancestors, only three generations count.
  const chain = [
    asset('x', { D: 100 }, 'p1'),
    asset('p1', { E: 100 }, 'p2'),
    asset('p2', { F: 100 }, 'p3'),
    asset('p3', { G: 100 }, 'p4'),
    asset('p4', { H: 100 }),
  ];

  it('passes 25% half up per generation: a HELPED_WIN (10) becomes 7 / 2 / 1', () => {
    const result = credit(
      { ...base, kind: 'ENDORSED', endorsementKind: 'HELPED_WIN', actorId: 'C', assetId: 'x' },
      chain,
    );
    expect(rows(result)).toEqual([
      ['D', 7, 'ENDORSED_HELPED_WIN', 'x'],
      ['E', 2, 'LINEAGE', 'p1'],
      ['F', 1, 'LINEAGE', 'p2'],
    ]);
    expect(result.entries.map((e) => [e.generation, e.sourceAssetId, e.sourceReason, e.rule])).toEqual([
      [0, 'x', 'ENDORSED_HELPED_WIN', 'endorsement.HELPED_WIN'],
      [1, 'x', 'ENDORSED_HELPED_WIN', 'lineage'],
      [2, 'x', 'ENDORSED_HELPED_WIN', 'lineage'],
    ]);
  });

  it('stops at 3 generations: a won deal’s 100 becomes 75 / 19 / 4 / 2 and the fourth ancestor gets nothing', () => {
    const result = credit({ ...base, kind: 'DEAL_WON', dealId: 'deal', actorId: 'O', usedAssetIds: ['x'] }, chain);
    expect(rows(result)).toEqual([
      ['D', 75, 'DEAL_WON', 'x'],
      ['E', 19, 'LINEAGE', 'p1'],
      ['F', 4, 'LINEAGE', 'p2'],
      ['G', 2, 'LINEAGE', 'p3'],
    ]);
    expect(result.awardedPoints).toBe(100);
  });

  it('follows the policy’s number of generations', () => {
    const policy: ScoringPolicy = { ...POLICY_V1, version: 2, lineage: { percent: 50, maxGenerations: 1 } };
    const result = credit(share('C', 'x'), chain, {}, policy);
    expect(rows(result)).toEqual([
      ['D', 5, 'SHARED_WITH_CUSTOMER', 'x'],
      ['E', 5, 'LINEAGE', 'p1'],
    ]);
    expect(result.entries.every((e) => e.policyVersion === 2)).toBe(true);
  });

  it('credits ADAPTED (15) to the parent’s authors with lineage to the grandparent: 11 (A 6, B 5) and 4', () => {
    const parent = asset('p', { B: 50, A: 50 }, 'g');
    const grandparent = asset('g', { E: 100 });
    const result = credit({ ...base, kind: 'ADAPTED', actorId: 'C', assetId: 'p', derivedAssetId: 'd' }, [
      parent,
      grandparent,
    ]);
    expect(rows(result)).toEqual([
      ['A', 6, 'ADAPTED', 'p'],
      ['B', 5, 'ADAPTED', 'p'],
      ['E', 4, 'LINEAGE', 'g'],
    ]);
    expect(result.entries[0]?.rule).toBe('reuse.ADAPT');
  });

  it('does not let the actor collect lineage: a sole-author parent’s part is withheld', () => {
    const result = credit(share('C', 'x'), [asset('x', { D: 100 }, 'p'), asset('p', { C: 100 })]);
    expect(rows(result)).toEqual([['D', 7, 'SHARED_WITH_CUSTOMER', 'x']]);
    expect(result.notes).toEqual([expect.objectContaining({ code: 'SELF_CREDIT', withheld: 3, assetId: 'p' })]);
    expect(result.awardedPoints + withheld(result)).toBe(10);
  });

  it('removes the actor from a co-authored parent and gives its part to the other authors', () => {
    const result = credit(share('C', 'x'), [asset('x', { D: 100 }, 'p'), asset('p', { C: 50, B: 50 })]);
    expect(rows(result)).toEqual([
      ['D', 7, 'SHARED_WITH_CUSTOMER', 'x'],
      ['B', 3, 'LINEAGE', 'p'],
    ]);
    expect(result.notes.map((n) => [n.code, n.withheld])).toEqual([['ACTOR_REMOVED', 0]]);
  });

  it('refuses a context without the ancestors it needs, or with a loop', () => {
    expect(() => credit(share('C', 'x'), [asset('x', { D: 100 }, 'p')])).toThrow(/missing p/);
    expect(() => credit(share('C', 'x'), [asset('x', { D: 100 }, 'p'), asset('p', { E: 100 }, 'x')])).toThrow(/loops/);
    // Ancestors beyond the policy’s generations are not needed.
    expect(credit(share('C', 'x'), chain.slice(0, 4)).awardedPoints).toBe(10);
  });
});

describe('computeCredit: daily caps', () => {
  it('gives one beneficiary at most 40 a day from one actor: the event awards only up to the cap', () => {
    const result = credit(copy('C', 'x'), [X], { givenTodayByActor: { A: 39 } });
    expect(rows(result)).toEqual([
      ['A', 1, 'REUSED_COPY', 'x'],
      ['B', 2, 'REUSED_COPY', 'x'],
    ]);
    expect(result.entries[0]?.capped).toEqual({ cap: 'ACTOR_BENEFICIARY_DAILY_CAP', grossPoints: 2 });
    expect(result.entries[1]?.capped).toBeUndefined();
    expect(result.notes).toEqual([
      {
        code: 'ACTOR_BENEFICIARY_DAILY_CAP',
        message: 'C already gave A 39 of 40 points today; awarded 1 of 2',
        withheld: 1,
        beneficiaryId: 'A',
      },
    ]);
    expect(result.usageDelta.givenByActor).toEqual({ A: 1, B: 2 });
  });

  it('drops a beneficiary who is already at the cap and keeps the others’ shares unchanged', () => {
    const result = credit(share('C', 'x'), [X], { givenTodayByActor: { A: 40, B: 35 } });
    expect(rows(result)).toEqual([['B', 4, 'SHARED_WITH_CUSTOMER', 'x']]);
    expect(result.awardedPoints + withheld(result)).toBe(result.nominalPoints);
  });

  it('caps the total one beneficiary gets from an event, lineage included, filling their own asset first', () => {
    const result = credit(share('C', 'x'), [asset('x', { A: 100 }, 'p'), asset('p', { A: 100 })], {
      givenTodayByActor: { A: 35 },
    });
    expect(rows(result)).toEqual([['A', 5, 'SHARED_WITH_CUSTOMER', 'x']]);
    expect(result.entries[0]?.capped).toEqual({ cap: 'ACTOR_BENEFICIARY_DAILY_CAP', grossPoints: 7 });
    expect(result.notes.map((n) => [n.code, n.withheld])).toEqual([['ACTOR_BENEFICIARY_DAILY_CAP', 5]]);
  });

  it('gives one beneficiary at most 200 endorsement points a day', () => {
    const endorse: CreditEvent = {
      ...base,
      kind: 'ENDORSED',
      endorsementKind: 'HELPED_WIN',
      actorId: 'C',
      assetId: 'a',
    };
    const result = credit(endorse, [asset('a', { A: 100 })], { endorsementPointsToday: { A: 195 } });
    expect(rows(result)).toEqual([['A', 5, 'ENDORSED_HELPED_WIN', 'a']]);
    expect(result.entries[0]?.capped).toEqual({ cap: 'ENDORSEMENT_DAILY_CAP', grossPoints: 10 });
    expect(result.usageDelta).toEqual({
      givenByActor: { A: 5 },
      endorsementPoints: { A: 5 },
      publicationsCredited: [],
    });
  });

  it('applies the tighter of the two caps', () => {
    const endorse: CreditEvent = {
      ...base,
      kind: 'ENDORSED',
      endorsementKind: 'HELPED_WIN',
      actorId: 'C',
      assetId: 'a',
    };
    const result = credit(endorse, [asset('a', { A: 100 })], {
      endorsementPointsToday: { A: 195 },
      givenTodayByActor: { A: 38 },
    });
    expect(rows(result)).toEqual([['A', 2, 'ENDORSED_HELPED_WIN', 'a']]);
    expect(result.notes.map((n) => [n.code, n.withheld])).toEqual([['ACTOR_BENEFICIARY_DAILY_CAP', 8]]);
  });

  it('does not count reuse towards the endorsement cap', () => {
    const result = credit(share('C', 'x'), [X], { endorsementPointsToday: { A: 200, B: 200 } });
    expect(result.awardedPoints).toBe(10);
    expect(result.usageDelta.endorsementPoints).toEqual({});
  });

  it('refuses malformed usage counts', () => {
    expect(() => credit(copy('C', 'x'), [X], { givenTodayByActor: { A: -1 } })).toThrow(CreditInputError);
  });
});

describe('computeCredit: endorsements', () => {
  it('gives 4 / 10 / 6 for HELPFUL / HELPED_WIN / VERIFIED', () => {
    const points = (['HELPFUL', 'HELPED_WIN', 'VERIFIED'] as const).map(
      (endorsementKind) =>
        credit({ ...base, kind: 'ENDORSED', endorsementKind, actorId: 'C', assetId: 'x' }, [X]).awardedPoints,
    );
    expect(points).toEqual([4, 10, 6]);
  });

  it('refuses endorsing an asset you author', () => {
    const result = credit({ ...base, kind: 'ENDORSED', endorsementKind: 'HELPFUL', actorId: 'B', assetId: 'x' }, [X]);
    expect(result.entries).toEqual([]);
    expect(result.notes[0]?.message).toContain('endorsing your own asset is refused');
  });

  it('ignores the repeat-reuse window (one endorsement per endorser, asset and kind is enforced upstream)', () => {
    const result = credit({ ...base, kind: 'ENDORSED', endorsementKind: 'HELPFUL', actorId: 'C', assetId: 'x' }, [X], {
      previousSameReuseAt: AT,
    });
    expect(result.awardedPoints).toBe(4);
  });

  it('reverses a withdrawn endorsement with negative copies of its entries, exempt from caps', () => {
    const assets = [asset('x', { D: 100 }, 'p'), asset('p', { E: 100 })];
    const endorsed = credit(
      { ...base, kind: 'ENDORSED', endorsementKind: 'HELPED_WIN', actorId: 'C', assetId: 'x' },
      assets,
    );
    const withdrawal = computeCredit(
      {
        eventId: 'ev-2',
        occurredAt: new Date(AT.getTime() + HOUR),
        kind: 'ENDORSEMENT_WITHDRAWN',
        endorsementKind: 'HELPED_WIN',
        actorId: 'C',
        assetId: 'x',
      },
      { priorEntries: [...endorsed.entries].reverse(), usage: { givenTodayByActor: { D: 40, E: 40 } } },
      POLICY_V1,
    );
    expect(rows(withdrawal)).toEqual([
      ['D', -7, 'REVERSAL', 'x'],
      ['E', -3, 'REVERSAL', 'p'],
    ]);
    expect(withdrawal.entries.map((e) => [e.eventId, e.rule, e.sourceReason, e.generation])).toEqual([
      ['ev-2', 'reversal', 'ENDORSED_HELPED_WIN', 0],
      ['ev-2', 'reversal', 'ENDORSED_HELPED_WIN', 1],
    ]);
    expect(withdrawal.nominalPoints).toBe(-10);
    expect(withdrawal.awardedPoints).toBe(-10);
    expect(withdrawal.usageDelta.givenByActor).toEqual({});
  });

  it('refuses to reverse entries of another endorsement', () => {
    const endorsed = credit({ ...base, kind: 'ENDORSED', endorsementKind: 'HELPFUL', actorId: 'C', assetId: 'x' }, [X]);
    const withdraw = (actorId: string, endorsementKind: 'HELPFUL' | 'VERIFIED'): CreditResult =>
      computeCredit(
        { ...base, kind: 'ENDORSEMENT_WITHDRAWN', endorsementKind, actorId, assetId: 'x' },
        { priorEntries: endorsed.entries },
        POLICY_V1,
      );
    expect(withdraw('C', 'HELPFUL').awardedPoints).toBe(-4);
    expect(() => withdraw('Z', 'HELPFUL')).toThrow(CreditInputError);
    expect(() => withdraw('C', 'VERIFIED')).toThrow(CreditInputError);
  });
});

describe('computeCredit: won deals', () => {
  const used = [asset('x1', { A: 100 }), asset('x2', { B: 100 }), asset('x3', { C: 50, D: 50 })];

  it('splits the pool of 100 equally over the distinct assets used (34/33/33), then by authors', () => {
    const result = credit(
      { ...base, kind: 'DEAL_WON', dealId: 'deal', actorId: 'O', usedAssetIds: ['x3', 'x1', 'x2', 'x1'] },
      used,
      { givenTodayByActor: { A: 1000, B: 1000, C: 1000, D: 1000 } },
    );
    expect(rows(result)).toEqual([
      ['A', 34, 'DEAL_WON', 'x1'],
      ['B', 33, 'DEAL_WON', 'x2'],
      ['C', 17, 'DEAL_WON', 'x3'],
      ['D', 16, 'DEAL_WON', 'x3'],
    ]);
    expect(result.entries.every((e) => e.rule === 'dealWonPool' && e.capped === undefined)).toBe(true);
    expect(result.usageDelta.givenByActor).toEqual({});
  });

  it('leaves out the assets the deal’s owner authored, sharing the pool over the rest', () => {
    const result = credit(
      { ...base, kind: 'DEAL_WON', dealId: 'deal', actorId: 'O', usedAssetIds: ['x1', 'x2', 'x3', 'mine'] },
      [...used, asset('mine', { O: 50, E: 50 })],
    );
    expect(result.entries.map((e) => e.points)).toEqual([34, 33, 17, 16]);
    expect(result.entries.some((e) => e.assetId === 'mine')).toBe(false);
    expect(result.notes).toEqual([
      expect.objectContaining({ code: 'OWNER_AUTHORED_ASSET', assetId: 'mine', withheld: 0 }),
    ]);
  });

  it('awards nothing when no used asset is eligible', () => {
    const result = credit({ ...base, kind: 'DEAL_WON', dealId: 'deal', actorId: 'O', usedAssetIds: ['mine'] }, [
      asset('mine', { O: 100 }),
    ]);
    expect(result.entries).toEqual([]);
    expect(result.nominalPoints).toBe(100);
    expect(withheld(result)).toBe(100);
    const none = credit({ ...base, kind: 'DEAL_WON', dealId: 'deal', actorId: 'O', usedAssetIds: [] }, []);
    expect(none.awardedPoints).toBe(0);
    expect(withheld(none)).toBe(100);
  });
});

describe('computeCredit: input checks', () => {
  it('refuses an invalid policy', () => {
    const policy = { ...POLICY_V1, reuse: { ...POLICY_V1.reuse, COPY: -4 } };
    expect(() => credit(copy('C', 'x'), [X], {}, policy)).toThrow(InvalidPolicyError);
  });

  it('refuses unknown assets, duplicate authors and duplicate assets', () => {
    expect(() => credit(copy('C', 'nope'), [X])).toThrow(/missing nope/);
    expect(() =>
      credit(copy('C', 'x'), [
        {
          assetId: 'x',
          authors: [
            { userId: 'A', share: 50 },
            { userId: 'A', share: 50 },
          ],
        },
      ]),
    ).toThrow(/twice/);
    expect(() => credit(copy('C', 'x'), [X, X])).toThrow(/twice/);
  });

  it('refuses an event without a valid time', () => {
    expect(() => credit({ ...copy('C', 'x'), occurredAt: new Date(Number.NaN) }, [X])).toThrow(CreditInputError);
  });
});

describe('an accepted answer (policy v2)', () => {
  const accepted = (answererId: string, actorId = 'asker'): CreditEvent => ({
    kind: 'ANSWER_ACCEPTED',
    eventId: 'ev-answer',
    actorId,
    occurredAt: new Date('2026-12-01T09:00:00Z'),
    questionId: 'q1',
    answerId: 'c1',
    answererId,
  });

  it('gives its writer 10 points, about no asset', () => {
    const result = computeCredit(accepted('writer'), {}, POLICY_V2);
    expect(result.nominalPoints).toBe(10);
    expect(result.awardedPoints).toBe(10);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({
      beneficiaryId: 'writer',
      points: 10,
      reason: 'ANSWER_ACCEPTED',
      sourceReason: 'ANSWER_ACCEPTED',
      rule: 'answer.accepted',
      assetId: '',
      generation: 0,
      actorId: 'asker',
      policyVersion: 2,
    });
    expect(result.usageDelta.givenByActor).toEqual({ writer: 10 });
  });

  it('gives nothing when the asker answered their own question', () => {
    const result = computeCredit(accepted('asker'), {}, POLICY_V2);
    expect(result.entries).toEqual([]);
    expect(result.awardedPoints).toBe(0);
    expect(result.notes).toEqual([expect.objectContaining({ code: 'SELF_CREDIT', withheld: 10 })]);
  });

  it('earns nothing under v1, which had no questions', () => {
    const result = computeCredit(accepted('writer'), {}, POLICY_V1);
    expect(result.entries).toEqual([]);
    expect(result.notes[0]?.code).toBe('NO_POINTS');
  });

  it('counts toward the asker’s daily cap towards the writer, like reuse and endorsements', () => {
    const result = computeCredit(accepted('writer'), { usage: { givenTodayByActor: { writer: 36 } } }, POLICY_V2);
    expect(result.awardedPoints).toBe(4);
    expect(result.entries[0]?.capped).toEqual({ cap: 'ACTOR_BENEFICIARY_DAILY_CAP', grossPoints: 10 });
    expect(result.notes).toEqual([expect.objectContaining({ code: 'ACTOR_BENEFICIARY_DAILY_CAP', withheld: 6 })]);
  });

  it('is refused without its question, answer or writer', () => {
    expect(() => computeCredit({ ...accepted('writer'), answerId: '' } as CreditEvent, {}, POLICY_V2)).toThrow(
      CreditInputError,
    );
  });

  it('the cap rules see earlier accepted answers as what the asker gave today', () => {
    const usage = usageFrom(
      accepted('writer'),
      [],
      [
        {
          eventType: 'ANSWER_ACCEPTED',
          actorId: 'asker',
          beneficiaryId: 'writer',
          points: 10,
          occurredAt: new Date('2026-12-01T08:00:00Z'),
          eventId: 'earlier',
        },
      ],
    );
    expect(usage.givenTodayByActor).toEqual({ writer: 10 });
    expect(usage.previousSameReuseAt).toBeNull();
  });
});
