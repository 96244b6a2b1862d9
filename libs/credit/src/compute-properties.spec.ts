import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeCredit } from './compute.js';
import { lineageAmounts } from './lineage.js';
import { ENDORSEMENT_KINDS, POLICY_V1, POLICY_V2, type EndorsementKind, type ScoringPolicy } from './policy.js';
import type {
  AssetFacts,
  CreditContext,
  CreditEntry,
  CreditEvent,
  CreditResult,
  CreditedReuseKind,
  UsageSoFar,
} from './types.js';

const USERS = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'] as const;
const OUTSIDER = 'zed';
const AT = Date.parse('2026-11-26T10:00:00.000Z');
const HOUR = 3_600_000;
const REUSE_KINDS: readonly CreditedReuseKind[] = ['VIEW', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'];
const EVENT_KINDS = [
  'PUBLISHED',
  'REUSE',
  'SHARE_LINK',
  'SHARE_VIEWED',
  'ADAPTED',
  'TEMPLATE_PERSONALISED',
  'ENDORSED',
  'ENDORSEMENT_WITHDRAWN',
  'DEAL_WON',
  'ANSWER_ACCEPTED',
] as const;

interface Scenario {
  readonly event: CreditEvent;
  readonly context: CreditContext;
  readonly policy: ScoringPolicy;
}

// Authors with whole-percent shares summing to 100 (a zero share now and then), in random order.
const authorsArb = fc.shuffledSubarray([...USERS], { minLength: 1, maxLength: 4 }).chain((ids) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: ids.length - 1, maxLength: ids.length - 1 }).map((cuts) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b), 100];
    return ids.map((userId, i) => ({ userId, share: (bounds[i + 1] ?? 100) - (bounds[i] ?? 0) }));
  }),
);

// Assets a0..an; an asset's parent always has a higher index, so lineage never loops.
const worldArb: fc.Arbitrary<AssetFacts[]> = fc
  .array(fc.record({ authors: authorsArb, parent: fc.option(fc.nat(), { nil: null }) }), { minLength: 1, maxLength: 7 })
  .map((rows) =>
    rows.map((row, i) => {
      const above = rows.length - 1 - i;
      const parent = row.parent === null || above === 0 ? null : `a${i + 1 + (row.parent % above)}`;
      return { assetId: `a${i}`, authors: row.authors, parentAssetId: parent };
    }),
  );

const countsArb = (max: number): fc.Arbitrary<Record<string, number>> =>
  fc.dictionary(fc.constantFrom(...USERS), fc.integer({ min: 0, max }), { maxKeys: USERS.length });

const usageArb: fc.Arbitrary<UsageSoFar> = fc.record({
  previousSameReuseAt: fc.option(
    fc.integer({ min: -48 * 60, max: 60 }).map((minutes) => new Date(AT + minutes * 60_000)),
    { nil: null },
  ),
  givenTodayByActor: countsArb(60),
  endorsementPointsToday: countsArb(220),
  publicationsToday: countsArb(5),
});

const pointsArb = fc.integer({ min: 0, max: 60 });

const policyArb: fc.Arbitrary<ScoringPolicy> = fc.oneof(
  fc.constant(POLICY_V1),
  fc.constant(POLICY_V2),
  fc.record({
    version: fc.integer({ min: 1, max: 9 }),
    publication: pointsArb,
    reuse: fc.record({
      VIEW: fc.constant(0),
      COPY: pointsArb,
      SHARE_WITH_CUSTOMER: pointsArb,
      USED_IN_DEAL: pointsArb,
      ADAPT: pointsArb,
    }),
    endorsement: fc.record({ HELPFUL: pointsArb, HELPED_WIN: pointsArb, VERIFIED: pointsArb }),
    shareLink: fc.record({ created: pointsArb, firstBuyerSession: pointsArb }),
    answer: fc.record({ accepted: pointsArb }),
    dealWonPool: fc.integer({ min: 0, max: 500 }),
    lineage: fc.record({ percent: fc.integer({ min: 0, max: 100 }), maxGenerations: fc.integer({ min: 0, max: 4 }) }),
    caps: fc.record({
      repeatReuseWindowHours: fc.integer({ min: 0, max: 48 }),
      perActorPerBeneficiaryDaily: fc.integer({ min: 0, max: 60 }),
      perBeneficiaryEndorsementDaily: fc.integer({ min: 0, max: 250 }),
      publicationsPerAuthorDaily: fc.integer({ min: 0, max: 4 }),
    }),
  }),
);

function pickAsset(world: readonly AssetFacts[], pick: number): AssetFacts {
  const asset = world[pick % world.length];
  if (asset === undefined) {
    throw new Error('empty world');
  }
  return asset;
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    world: worldArb,
    policy: policyArb,
    usage: usageArb,
    actorId: fc.constantFrom<string>(...USERS, OUTSIDER),
    kind: fc.constantFrom(...EVENT_KINDS),
    pick: fc.nat(),
    reuseKind: fc.constantFrom(...REUSE_KINDS),
    endorsementKind: fc.constantFrom(...ENDORSEMENT_KINDS),
    dealPicks: fc.array(fc.nat(), { maxLength: 6 }),
    answererId: fc.constantFrom<string>(...USERS, OUTSIDER),
  })
  .map(({ world, policy, usage, actorId, kind, pick, reuseKind, endorsementKind, dealPicks, answererId }): Scenario => {
    const base = { eventId: 'ev', actorId, occurredAt: new Date(AT) };
    const assetId = pickAsset(world, pick).assetId;
    const context: CreditContext = { assets: world, usage };
    switch (kind) {
      case 'PUBLISHED':
        return { policy, context, event: { ...base, kind, assetId } };
      case 'REUSE':
        return { policy, context, event: { ...base, kind, assetId, reuseKind } };
      case 'SHARE_LINK':
        return {
          policy,
          context,
          event: { ...base, kind: 'REUSE', assetId, reuseKind: 'SHARE_WITH_CUSTOMER', viaShareLink: true },
        };
      case 'SHARE_VIEWED':
        return { policy, context, event: { ...base, kind, assetId, shareLinkId: 'link', shareSessionId: 'session' } };
      case 'ADAPTED':
        return { policy, context, event: { ...base, kind, assetId, derivedAssetId: 'derived' } };
      case 'TEMPLATE_PERSONALISED':
        return { policy, context, event: { ...base, kind, assetId, derivedAssetId: 'derived', dealId: 'deal' } };
      case 'ENDORSED':
        return { policy, context, event: { ...base, kind, assetId, endorsementKind } };
      case 'ANSWER_ACCEPTED':
        return { policy, context, event: { ...base, kind, questionId: 'question', answerId: 'answer', answererId } };
      case 'DEAL_WON':
        return {
          policy,
          context,
          event: { ...base, kind, dealId: 'deal', usedAssetIds: dealPicks.map((p) => pickAsset(world, p).assetId) },
        };
      case 'ENDORSEMENT_WITHDRAWN': {
        // What the endorsement earned is exactly what its withdrawal reverses.
        const endorsed = computeCredit({ ...base, kind: 'ENDORSED', assetId, endorsementKind }, context, policy);
        return {
          policy,
          context: { ...context, priorEntries: endorsed.entries },
          event: { ...base, eventId: 'ev-withdrawn', kind, assetId, endorsementKind },
        };
      }
    }
  });

// Deterministic Fisher–Yates from a seed (mulberry32), so shuffles are reproducible in shrinking.
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]] as [T, T];
  }
  return out;
}

// The same facts in another order: assets, each asset's authors, the deal's assets, the prior entries.
function reordered(scenario: Scenario, seed: number): Scenario {
  const { event, context } = scenario;
  const assets = shuffle(context.assets ?? [], seed).map((asset, i) => ({
    ...asset,
    authors: shuffle(asset.authors, seed + i + 1),
  }));
  return {
    ...scenario,
    event: event.kind === 'DEAL_WON' ? { ...event, usedAssetIds: shuffle(event.usedAssetIds, seed + 99) } : event,
    context: {
      ...context,
      assets,
      ...(context.priorEntries === undefined ? {} : { priorEntries: shuffle(context.priorEntries, seed + 7) }),
    },
  };
}

function run(scenario: Scenario): CreditResult {
  return computeCredit(scenario.event, scenario.context, scenario.policy);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function byBeneficiary(entries: readonly CreditEntry[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of entries) {
    totals.set(entry.beneficiaryId, (totals.get(entry.beneficiaryId) ?? 0) + entry.points);
  }
  return totals;
}

function assetOf(scenario: Scenario, assetId: string): AssetFacts {
  const asset = (scenario.context.assets ?? []).find((a) => a.assetId === assetId);
  if (asset === undefined) {
    throw new Error(`no asset ${assetId}`);
  }
  return asset;
}

function isCappedKind(event: CreditEvent): boolean {
  return (
    event.kind === 'REUSE' ||
    event.kind === 'ADAPTED' ||
    event.kind === 'ENDORSED' ||
    event.kind === 'SHARE_VIEWED' ||
    event.kind === 'TEMPLATE_PERSONALISED' ||
    event.kind === 'ANSWER_ACCEPTED'
  );
}

function count(record: Readonly<Record<string, number>> | undefined, key: string): number {
  return record !== undefined && Object.hasOwn(record, key) ? (record[key] ?? 0) : 0;
}

// The same scenario with caps that cannot bind: what the event would give before caps.
function uncapped(scenario: Scenario): Scenario {
  const { policy } = scenario;
  return {
    ...scenario,
    policy: {
      ...policy,
      caps: {
        ...policy.caps,
        perActorPerBeneficiaryDaily: 1_000_000,
        perBeneficiaryEndorsementDaily: 1_000_000,
        publicationsPerAuthorDaily: 1000,
      },
    },
  };
}

function nominalOf(scenario: Scenario): number {
  const { event, policy } = scenario;
  switch (event.kind) {
    case 'PUBLISHED':
      return policy.publication;
    case 'REUSE':
      return event.viaShareLink ? policy.shareLink.created : policy.reuse[event.reuseKind];
    case 'SHARE_VIEWED':
      return policy.shareLink.firstBuyerSession;
    case 'ADAPTED':
    case 'TEMPLATE_PERSONALISED':
      return policy.reuse.ADAPT;
    case 'ENDORSED':
      return policy.endorsement[event.endorsementKind];
    case 'DEAL_WON':
      return policy.dealWonPool;
    case 'ANSWER_ACCEPTED':
      return policy.answer.accepted;
    case 'ENDORSEMENT_WITHDRAWN':
    case 'DEAL_WON_REVERSED':
      return sum((scenario.context.priorEntries ?? []).map((e) => -e.points));
  }
}

const runs = { numRuns: 400 };

describe('computeCredit properties', () => {
  it('conservation: Σ entries = awarded, and nominal = awarded + Σ withheld in the notes', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = run(scenario);
        expect(result.awardedPoints).toBe(sum(result.entries.map((e) => e.points)));
        expect(result.nominalPoints).toBe(nominalOf(scenario));
        expect(result.nominalPoints).toBe(result.awardedPoints + sum(result.notes.map((n) => n.withheld)));
        for (const entry of result.entries) {
          expect(Number.isInteger(entry.points)).toBe(true);
          expect(entry.points === 0).toBe(false);
          expect(entry.points < 0).toBe(entry.reason === 'REVERSAL');
          expect(entry.policyVersion).toBe(scenario.policy.version);
          expect(entry.eventId).toBe(scenario.event.eventId);
          expect(entry.actorId).toBe(scenario.event.actorId);
        }
      }),
      runs,
    );
  });

  it('nothing is lost when nobody is excluded: an outsider’s event with room under the caps awards all it is worth', () => {
    const clean = scenarioArb
      .map((scenario) => uncapped({ ...scenario, event: { ...scenario.event, actorId: OUTSIDER } }))
      .filter(
        (s) =>
          s.event.kind !== 'ENDORSEMENT_WITHDRAWN' &&
          (s.context.assets ?? []).every((a) => a.authors.some((author) => author.share > 0)) &&
          !(s.event.kind === 'DEAL_WON' && s.event.usedAssetIds.length === 0) &&
          !(s.event.kind === 'ANSWER_ACCEPTED' && s.event.answererId === OUTSIDER),
      )
      .map((s) => ({ ...s, context: { ...s.context, usage: {} } }));
    fc.assert(
      fc.property(clean, (scenario) => {
        const result = run(scenario);
        expect(result.awardedPoints).toBe(result.nominalPoints);
      }),
      runs,
    );
  });

  it('no self-credit: the actor never benefits except from publishing, and an author’s own action awards nothing', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { event } = scenario;
        const result = run(scenario);
        if (event.kind !== 'PUBLISHED') {
          expect(result.entries.filter((e) => e.beneficiaryId === event.actorId)).toEqual([]);
        }
        if (isCappedKind(event) && 'assetId' in event) {
          const authored = assetOf(scenario, event.assetId).authors.some((a) => a.userId === event.actorId);
          if (authored) {
            expect(result.entries).toEqual([]);
          }
        }
        if (event.kind === 'DEAL_WON') {
          for (const entry of result.entries) {
            const used = assetOf(scenario, entry.sourceAssetId);
            expect(used.authors.some((a) => a.userId === event.actorId)).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('explainability: every entry goes to a paid author of its asset, which is its source asset or an ancestor at that generation', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { event } = scenario;
        for (const entry of run(scenario).entries) {
          if (event.kind === 'ANSWER_ACCEPTED') {
            // About no asset: the one entry goes to the answer's writer, never up a lineage.
            expect(entry).toMatchObject({ beneficiaryId: event.answererId, assetId: '', generation: 0 });
            expect(entry.reason).toBe('ANSWER_ACCEPTED');
            continue;
          }
          let holder = assetOf(scenario, entry.sourceAssetId);
          for (let g = 0; g < entry.generation; g++) {
            holder = assetOf(scenario, holder.parentAssetId ?? '');
          }
          expect(holder.assetId).toBe(entry.assetId);
          expect(entry.generation).toBeLessThanOrEqual(scenario.policy.lineage.maxGenerations);
          expect(entry.reason === 'LINEAGE').toBe(entry.generation > 0 && entry.points > 0);
          expect(holder.authors.some((a) => a.userId === entry.beneficiaryId && a.share > 0)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('lineage: each generation receives exactly its round-half-up share of what the asset earned', () => {
    const lineageScenarios = scenarioArb
      .filter((s) => isCappedKind(s.event))
      .map((s) => uncapped({ ...s, event: { ...s.event, actorId: OUTSIDER }, context: { ...s.context, usage: {} } }))
      .filter((s) => (s.context.assets ?? []).every((a) => a.authors.some((author) => author.share > 0)));
    fc.assert(
      fc.property(lineageScenarios, (scenario) => {
        const { event, policy } = scenario;
        if (!('assetId' in event)) {
          return;
        }
        let depth = 0;
        let holder = assetOf(scenario, event.assetId);
        while (depth < policy.lineage.maxGenerations && holder.parentAssetId) {
          holder = assetOf(scenario, holder.parentAssetId);
          depth++;
        }
        const result = run(scenario);
        const expected = lineageAmounts(result.nominalPoints, depth, policy.lineage.percent);
        const actual = expected.map((_, g) =>
          sum(result.entries.filter((e) => e.generation === g).map((e) => e.points)),
        );
        expect(actual).toEqual(expected);
      }),
      runs,
    );
  });

  it('determinism: the same input twice, or in any order, gives deep-equal output', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (scenario, seed) => {
        const first = run(scenario);
        expect(run(scenario)).toEqual(first);
        expect(run(reordered(scenario, seed))).toEqual(first);
      }),
      runs,
    );
  });

  it('bounds: an event awards between 0 and its nominal points; a withdrawal exactly negates what it reverses', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = run(scenario);
        if (scenario.event.kind === 'ENDORSEMENT_WITHDRAWN') {
          const priors = scenario.context.priorEntries ?? [];
          expect(result.awardedPoints).toBe(sum(priors.map((e) => -e.points)));
          const key = (e: CreditEntry): string => `${e.beneficiaryId}|${e.assetId}|${e.generation}`;
          expect(result.entries.map((e) => `${key(e)}|${-e.points}`).sort()).toEqual(
            priors.map((e) => `${key(e)}|${e.points}`).sort(),
          );
        } else {
          expect(result.awardedPoints).toBeGreaterThanOrEqual(0);
          expect(result.awardedPoints).toBeLessThanOrEqual(result.nominalPoints);
        }
      }),
      runs,
    );
  });

  it('caps: each beneficiary gets min(what the event gives them without caps, room left today); exempt events are untouched', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { event, policy } = scenario;
        const usage = scenario.context.usage ?? {};
        const capped = run(scenario);
        const gross = run(uncapped(scenario));
        const grossBy = byBeneficiary(gross.entries);
        const cappedBy = byBeneficiary(capped.entries);
        if (event.kind === 'DEAL_WON' || event.kind === 'ENDORSEMENT_WITHDRAWN') {
          expect(capped.entries).toEqual(gross.entries);
          return;
        }
        for (const [beneficiaryId, wanted] of grossBy) {
          let room = Number.POSITIVE_INFINITY;
          if (event.kind === 'PUBLISHED') {
            room = count(usage.publicationsToday, beneficiaryId) >= policy.caps.publicationsPerAuthorDaily ? 0 : room;
          } else {
            room = Math.max(0, policy.caps.perActorPerBeneficiaryDaily - count(usage.givenTodayByActor, beneficiaryId));
            if (event.kind === 'ENDORSED') {
              const earned = count(usage.endorsementPointsToday, beneficiaryId);
              room = Math.min(room, Math.max(0, policy.caps.perBeneficiaryEndorsementDaily - earned));
            }
          }
          const got = cappedBy.get(beneficiaryId) ?? 0;
          expect(got).toBe(Math.min(wanted, room));
          // A cut is always explained by a note naming the beneficiary and the exact amount withheld.
          const explained = capped.notes.some((n) => n.beneficiaryId === beneficiaryId && n.withheld === wanted - got);
          expect(got === wanted || explained).toBe(true);
          if (isCappedKind(event)) {
            expect(count(capped.usageDelta.givenByActor, beneficiaryId)).toBe(got);
            expect(count(capped.usageDelta.endorsementPoints, beneficiaryId)).toBe(event.kind === 'ENDORSED' ? got : 0);
          }
        }
        expect([...cappedBy.keys()].every((b) => grossBy.has(b))).toBe(true);
        for (const entry of capped.entries) {
          if (entry.capped !== undefined) {
            expect(entry.capped.grossPoints).toBeGreaterThan(entry.points);
          }
        }
      }),
      runs,
    );
  });
});

describe('a day of events replayed in order', () => {
  interface Step {
    readonly actorId: string;
    readonly kind:
      'PUBLISHED' | 'REUSE' | 'SHARE_LINK' | 'SHARE_VIEWED' | 'ADAPTED' | 'TEMPLATE_PERSONALISED' | 'ENDORSED';
    readonly pick: number;
    readonly reuseKind: CreditedReuseKind;
    readonly endorsementKind: EndorsementKind;
    readonly minutesLater: number;
  }

  const stepArb: fc.Arbitrary<Step> = fc.record({
    actorId: fc.constantFrom<string>(...USERS, OUTSIDER),
    kind: fc.constantFrom(
      'PUBLISHED',
      'REUSE',
      'SHARE_LINK',
      'SHARE_VIEWED',
      'ADAPTED',
      'TEMPLATE_PERSONALISED',
      'ENDORSED',
    ),
    pick: fc.nat(),
    reuseKind: fc.constantFrom(...REUSE_KINDS),
    endorsementKind: fc.constantFrom(...ENDORSEMENT_KINDS),
    minutesLater: fc.integer({ min: 0, max: 30 }),
  });

  // Low caps so that they bind often within one day.
  const tight: ScoringPolicy = {
    ...POLICY_V2,
    caps: {
      repeatReuseWindowHours: 3,
      perActorPerBeneficiaryDaily: 12,
      perBeneficiaryEndorsementDaily: 15,
      publicationsPerAuthorDaily: 1,
    },
  };

  it('never lets a day’s totals pass a cap when the caller feeds usageDelta back, and never pays a repeat reuse', () => {
    fc.assert(
      fc.property(worldArb, fc.array(stepArb, { minLength: 1, maxLength: 40 }), (world, steps) => {
        const given = new Map<string, Record<string, number>>();
        const endorsements: Record<string, number> = {};
        const publications: Record<string, number> = {};
        const lastReuse = new Map<string, number>();
        const ledger: { step: Step; entries: readonly CreditEntry[] }[] = [];
        const paidReuses: { key: string; at: number }[] = [];
        let now = Date.parse('2026-11-26T00:00:00.000Z');
        steps.forEach((step, i) => {
          now += step.minutesLater * 60_000;
          const assetId = pickAsset(world, step.pick).assetId;
          const base = { eventId: `ev-${i}`, actorId: step.actorId, occurredAt: new Date(now) };
          // Two deals, so a template personalised for the other deal is not a repeat.
          const dealId = `deal-${step.pick % 2}`;
          const event: CreditEvent = ((): CreditEvent => {
            switch (step.kind) {
              case 'PUBLISHED':
                return { ...base, kind: 'PUBLISHED', assetId };
              case 'REUSE':
                return { ...base, kind: 'REUSE', assetId, reuseKind: step.reuseKind };
              case 'SHARE_LINK':
                return { ...base, kind: 'REUSE', assetId, reuseKind: 'SHARE_WITH_CUSTOMER', viaShareLink: true };
              case 'SHARE_VIEWED':
                return { ...base, kind: 'SHARE_VIEWED', assetId, shareLinkId: `l${i}`, shareSessionId: `s${i}` };
              case 'ADAPTED':
                return { ...base, kind: 'ADAPTED', assetId, derivedAssetId: `d${i}` };
              case 'TEMPLATE_PERSONALISED':
                return { ...base, kind: 'TEMPLATE_PERSONALISED', assetId, derivedAssetId: `d${i}`, dealId };
              case 'ENDORSED':
                return { ...base, kind: 'ENDORSED', assetId, endorsementKind: step.endorsementKind };
            }
          })();
          // A share link and a self-reported share are the same reuse kind; a buyer session has a key of its own.
          const sameAs =
            step.kind === 'REUSE'
              ? step.reuseKind
              : step.kind === 'SHARE_LINK'
                ? 'SHARE_WITH_CUSTOMER'
                : step.kind === 'TEMPLATE_PERSONALISED'
                  ? `${step.kind}|${dealId}`
                  : step.kind;
          const reuseKey = `${step.actorId}|${assetId}|${sameAs}`;
          const repeatable = step.kind !== 'PUBLISHED' && step.kind !== 'ENDORSED';
          const actorGiven = given.get(step.actorId) ?? {};
          const previous = lastReuse.get(reuseKey);
          const result = computeCredit(
            event,
            {
              assets: world,
              usage: {
                givenTodayByActor: actorGiven,
                endorsementPointsToday: endorsements,
                publicationsToday: publications,
                previousSameReuseAt: previous === undefined ? null : new Date(previous),
              },
            },
            tight,
          );
          ledger.push({ step, entries: result.entries });
          if (repeatable) {
            lastReuse.set(reuseKey, now);
            if (result.entries.length > 0) {
              paidReuses.push({ key: reuseKey, at: now });
            }
          }
          const delta = result.usageDelta;
          for (const [b, points] of Object.entries(delta.givenByActor)) {
            actorGiven[b] = (actorGiven[b] ?? 0) + points;
          }
          given.set(step.actorId, actorGiven);
          for (const [b, points] of Object.entries(delta.endorsementPoints)) {
            endorsements[b] = (endorsements[b] ?? 0) + points;
          }
          for (const author of delta.publicationsCredited) {
            publications[author] = (publications[author] ?? 0) + 1;
          }
        });

        // Recount from the entries alone, not from the counters the code returned.
        const fromActor = new Map<string, number>();
        const endorsed = new Map<string, number>();
        const published = new Map<string, number>();
        for (const { step, entries } of ledger) {
          for (const entry of entries) {
            if (step.kind === 'PUBLISHED') {
              published.set(entry.beneficiaryId, (published.get(entry.beneficiaryId) ?? 0) + 1);
              continue;
            }
            const key = `${step.actorId}→${entry.beneficiaryId}`;
            fromActor.set(key, (fromActor.get(key) ?? 0) + entry.points);
            if (step.kind === 'ENDORSED') {
              endorsed.set(entry.beneficiaryId, (endorsed.get(entry.beneficiaryId) ?? 0) + entry.points);
            }
          }
        }
        for (const total of fromActor.values()) {
          expect(total).toBeLessThanOrEqual(tight.caps.perActorPerBeneficiaryDaily);
        }
        for (const total of endorsed.values()) {
          expect(total).toBeLessThanOrEqual(tight.caps.perBeneficiaryEndorsementDaily);
        }
        for (const total of published.values()) {
          expect(total).toBeLessThanOrEqual(tight.caps.publicationsPerAuthorDaily);
        }
        for (const [i, paid] of paidReuses.entries()) {
          for (const later of paidReuses.slice(i + 1)) {
            if (later.key === paid.key) {
              expect(later.at - paid.at).toBeGreaterThanOrEqual(tight.caps.repeatReuseWindowHours * HOUR);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
