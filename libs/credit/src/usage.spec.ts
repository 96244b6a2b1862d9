import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CreditEvent } from './types.js';
import { usageFrom, utcDay, type UsageEntry, type UsageEvent } from './usage.js';

const now = new Date('2026-03-05T15:00:00Z');

const reuse: CreditEvent = {
  kind: 'REUSE',
  eventId: 'e0',
  actorId: 'actor',
  assetId: 'asset',
  reuseKind: 'COPY',
  occurredAt: now,
};

const given = (over: Partial<UsageEntry>): UsageEntry => ({
  eventType: 'REUSE',
  actorId: 'actor',
  beneficiaryId: 'A',
  points: 2,
  occurredAt: new Date('2026-03-05T09:00:00Z'),
  eventId: 'e1',
  ...over,
});

describe('utcDay', () => {
  it('is the start of the UTC day', () => {
    expect(utcDay(new Date('2026-03-05T23:59:59.999Z'))).toEqual(new Date('2026-03-05T00:00:00Z'));
  });
});

describe('usageFrom', () => {
  it("sums today's points the actor gave, endorsement points, and counts each publication once per author", () => {
    const usage = usageFrom(
      reuse,
      [],
      [
        given({}),
        given({ eventType: 'ENDORSED', points: 1, eventId: 'e2' }),
        given({ eventType: 'ENDORSED', actorId: 'other', beneficiaryId: 'B', points: 1, eventId: 'e3' }),
        given({ eventType: 'PUBLISHED', actorId: 'A', points: 10, eventId: 'p1' }),
        given({ eventType: 'PUBLISHED', actorId: 'A', points: 0, eventId: 'p1' }),
        given({ eventType: 'PUBLISHED', actorId: 'A', points: 5, eventId: 'p2', beneficiaryId: 'B' }),
        given({ eventType: 'PUBLISHED', actorId: 'A', points: 3, eventId: 'p2', beneficiaryId: 'B' }),
      ],
    );
    expect(usage.givenTodayByActor).toEqual({ A: 3 });
    expect(usage.endorsementPointsToday).toEqual({ A: 1, B: 1 });
    expect(usage.publicationsToday).toEqual({ A: 1, B: 1 });
    expect(usage.previousSameReuseAt).toBeNull();
  });

  it('finds the latest earlier reuse of the same kind of the same asset by the same actor', () => {
    const prior = (over: Partial<UsageEvent>): UsageEvent => ({
      type: 'REUSE',
      actorId: 'actor',
      assetId: 'asset',
      reuseKind: 'COPY',
      occurredAt: new Date('2026-03-04T10:00:00Z'),
      ...over,
    });
    const usage = usageFrom(
      reuse,
      [
        prior({}),
        prior({ occurredAt: new Date('2026-03-05T10:00:00Z') }),
        prior({ reuseKind: 'SHARE_WITH_CUSTOMER', occurredAt: new Date('2026-03-05T11:00:00Z') }),
        prior({ actorId: 'other', occurredAt: new Date('2026-03-05T12:00:00Z') }),
        prior({ occurredAt: new Date('2026-03-05T16:00:00Z') }),
      ],
      [],
    );
    expect(usage.previousSameReuseAt).toEqual(new Date('2026-03-05T10:00:00Z'));
  });

  it('ignores entries of any other day', () => {
    const entryArb = fc.record({
      eventType: fc.constantFrom('REUSE', 'ADAPTED', 'ENDORSED', 'PUBLISHED', 'DEAL_WON'),
      actorId: fc.constantFrom('actor', 'A', 'B'),
      beneficiaryId: fc.constantFrom('A', 'B', 'C'),
      points: fc.integer({ min: -5, max: 20 }),
      occurredAt: fc.integer({ min: 0, max: 86_399_999 }).map((ms) => new Date(utcDay(now).getTime() + ms)),
      eventId: fc.constantFrom('e1', 'e2', 'e3'),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 10 }), fc.array(entryArb, { maxLength: 10 }), (today, other) => {
        const elsewhere = other.map((e, i) => ({
          ...e,
          occurredAt: new Date(e.occurredAt.getTime() + (i % 2 ? 1 : -1) * 86_400_000),
        }));
        expect(usageFrom(reuse, [], [...today, ...elsewhere])).toEqual(usageFrom(reuse, [], today));
      }),
    );
  });

  it('keys the repeat rule: a share link repeats a self-reported share, a buyer session only a buyer session, a template the same deal', () => {
    const at = new Date('2026-03-05T10:00:00Z');
    const prior = (over: Partial<UsageEvent>): UsageEvent => ({
      type: 'REUSE',
      actorId: 'actor',
      assetId: 'asset',
      occurredAt: at,
      ...over,
    });
    const base = { eventId: 'e9', actorId: 'actor', assetId: 'asset', occurredAt: now };
    const link: CreditEvent = { ...base, kind: 'REUSE', reuseKind: 'SHARE_WITH_CUSTOMER', viaShareLink: true };
    const viewed: CreditEvent = { ...base, kind: 'SHARE_VIEWED', shareLinkId: 'l', shareSessionId: 's' };
    const template: CreditEvent = { ...base, kind: 'TEMPLATE_PERSONALISED', derivedAssetId: 'd', dealId: 'deal-1' };
    const share = prior({ reuseKind: 'SHARE_WITH_CUSTOMER' });
    const session = prior({ type: 'SHARE_VIEWED' });
    expect(usageFrom(link, [share], []).previousSameReuseAt).toEqual(at);
    expect(usageFrom(link, [session], []).previousSameReuseAt).toBeNull();
    expect(usageFrom(viewed, [share], []).previousSameReuseAt).toBeNull();
    expect(usageFrom(viewed, [session], []).previousSameReuseAt).toEqual(at);
    expect(usageFrom(viewed, [prior({ type: 'SHARE_VIEWED', actorId: 'other' })], []).previousSameReuseAt).toBeNull();
    expect(usageFrom(viewed, [prior({ type: 'SHARE_VIEWED', assetId: 'other' })], []).previousSameReuseAt).toBeNull();
    const personalised = prior({ type: 'TEMPLATE_PERSONALISED', dealId: 'deal-1' });
    expect(usageFrom(template, [personalised], []).previousSameReuseAt).toEqual(at);
    expect(usageFrom(template, [{ ...personalised, dealId: 'deal-2' }], []).previousSameReuseAt).toBeNull();
    expect(usageFrom(template, [prior({ type: 'ADAPTED' })], []).previousSameReuseAt).toBeNull();
  });

  it('counts buyer sessions and personalised templates towards the actor’s daily cap', () => {
    const viewed: CreditEvent = { ...reuse, kind: 'SHARE_VIEWED', shareLinkId: 'l', shareSessionId: 's' };
    const usage = usageFrom(
      viewed,
      [],
      [given({ eventType: 'SHARE_VIEWED', points: 6 }), given({ eventType: 'TEMPLATE_PERSONALISED', points: 9 })],
    );
    expect(usage.givenTodayByActor).toEqual({ A: 15 });
  });
});
