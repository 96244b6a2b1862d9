import { JourneyPhase } from '../asset/asset.entity.js';
import { DealOutcome } from '../deal/deal.entity.js';
import { influenceOf } from '../win-loss/content-influence.util.js';
import type { UsageCounts } from '../win-loss/content-influence.util.js';

/**
 * How much each part of the fit counts; a suggestion's score is the weighted sum of its parts, each from 0 to 1
 * (win influence from −1 to 1), so a perfect fit scores 1.0:
 *
 *   score = 0.30·industry + 0.30·product + 0.10·phase + 0.10·buyerRole       (fit, 0 or 1 each)
 *         + 0.075·clamp(lift / 0.5, −1, 1)                                     (win influence, with enough data only)
 *         + 0.075·min(1, ln(1 + reuses) / ln(1 + 100))                         (reuse, saturating at 100)
 *         + 0.05·0.5^(age in days / 180)                                       (freshness, half-life 180 days)
 *         − 0.02 when its review is overdue ("may be out of date"), which also takes its freshness away
 *
 * Industry and product dominate: of two assets with the same phase and buyer-role fit, one of the deal's industry
 * or product (0.30, at worst 0.205 after win influence and the out-of-date penalty) always outranks one of neither,
 * however reused, fresh and winning (at most 0.2).
 *
 * An asset that may be out of date loses its freshness and 0.02 more, so it always ranks below an otherwise equal
 * one that is not (by at least 0.02), but a better fit still outranks a worse one: its facts may still be right, and
 * its verifier has been told to check them.
 */
export const SUGGESTION_WEIGHTS = {
  industry: 0.3,
  product: 0.3,
  phase: 0.1,
  buyerRole: 0.1,
  winInfluence: 0.075,
  reuse: 0.075,
  freshness: 0.05,
  outOfDate: -0.02,
} as const;

/** A lift of this much (50 points of win rate) earns the whole win-influence weight, either way. */
export const FULL_LIFT = 0.5;
export const REUSE_SATURATION = 100;
export const FRESHNESS_HALF_LIFE_DAYS = 180;

const DAY = 24 * 3600 * 1000;

// Pipeline stages before the buyer is really evaluating: the deal is in the customer's awareness phase.
const EARLY_STAGES = new Set([
  'open',
  'new',
  'lead',
  'prospect',
  'prospecting',
  'qualification',
  'qualifying',
  'qualified',
  'discovery',
]);

const stageKey = (stage: string) => stage.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The customer-journey phase a deal is in: early open stages (Prospecting, ...) are AWARENESS, later open ones
 * (Engaging, ...) BUYING; a won deal goes on to IMPLEMENTATION; a lost one is looked back on as BUYING.
 */
export function journeyPhaseOfDeal(outcome: DealOutcome, stage: string | null): JourneyPhase {
  if (outcome === DealOutcome.WON) return JourneyPhase.IMPLEMENTATION;
  if (outcome === DealOutcome.LOST) return JourneyPhase.BUYING;
  return !stage || EARLY_STAGES.has(stageKey(stage)) ? JourneyPhase.AWARENESS : JourneyPhase.BUYING;
}

/** Products compared without case or spaces: a CRM's "GTXPro" is the catalogue's "GTX Pro". */
export const productKey = (product: string) => product.toLowerCase().replace(/\s+/g, '');

const textKey = (value: string) => value.trim().toLowerCase();

/** The deal as the score sees it. */
export interface SuggestionContext {
  industry: string | null;
  product: string | null;
  phase: JourneyPhase;
  /** From the analyses of the deal the viewer may see; usually none for an open deal. */
  buyerRoles: string[];
  now: Date;
}

/** An asset as the score sees it. */
export interface SuggestionCandidate {
  industries: string[];
  products: string[];
  journeyPhases: JourneyPhase[];
  buyerRoles: string[];
  reuseCount: number;
  publishedAt: Date | null;
  /** When its review falls due (see verification); past `now`, it may be out of date. */
  reviewDueAt: Date | null;
  /** Its use in closed deals across the organisation. */
  usage: Omit<UsageCounts, 'assetId'>;
}

export interface ScoreBreakdown {
  industry: number;
  product: number;
  phase: number;
  buyerRole: number;
  winInfluence: number;
  reuse: number;
  freshness: number;
  /** The out-of-date penalty: 0, or −0.02 when its review is overdue. */
  outOfDate: number;
}

export interface SuggestionScore {
  score: number;
  breakdown: ScoreBreakdown;
  /** In words, the parts that raised (or lowered) the score. */
  reasons: string[];
}

const PHASE_WORDS: Record<JourneyPhase, string> = {
  [JourneyPhase.AWARENESS]: 'Awareness',
  [JourneyPhase.BUYING]: 'Buying',
  [JourneyPhase.IMPLEMENTATION]: 'Implementation',
};

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Scores one asset for one deal, and says why. */
export function scoreSuggestion(
  deal: SuggestionContext,
  asset: SuggestionCandidate,
  minClosedDeals: number,
): SuggestionScore {
  const reasons: string[] = [];
  const industry = deal.industry ? asset.industries.find((i) => textKey(i) === textKey(deal.industry!)) : undefined;
  if (industry) reasons.push(`Same industry: ${industry}`);
  const product = deal.product ? asset.products.find((p) => productKey(p) === productKey(deal.product!)) : undefined;
  if (product) reasons.push(`Product: ${product}`);
  const phase = asset.journeyPhases.includes(deal.phase);
  if (phase) reasons.push(`Journey phase: ${PHASE_WORDS[deal.phase]}`);
  const dealRoles = new Set(deal.buyerRoles.map(textKey));
  const roles = asset.buyerRoles.filter((r) => dealRoles.has(textKey(r)));
  if (roles.length) reasons.push(`Buyer ${roles.length > 1 ? 'roles' : 'role'}: ${roles.join(', ')}`);

  const influence = influenceOf({ assetId: '', ...asset.usage }, minClosedDeals);
  let win = 0;
  if (influence.lift !== null) {
    win = clamp(influence.lift / FULL_LIFT, -1, 1);
    reasons.push(
      `Won ${influence.won} of ${influence.dealsUsedIn} deals it was used in (${percent(influence.winRate!)} against ${percent(influence.baselineWinRate!)} without it)`,
    );
  }

  const reuse = Math.min(1, Math.log1p(Math.max(0, asset.reuseCount)) / Math.log1p(REUSE_SATURATION));
  if (asset.reuseCount > 0) reasons.push(`Reused ${asset.reuseCount} ${asset.reuseCount === 1 ? 'time' : 'times'}`);

  const outOfDate = asset.reviewDueAt !== null && asset.reviewDueAt.getTime() <= deal.now.getTime();
  const ageDays = asset.publishedAt ? Math.max(0, (deal.now.getTime() - asset.publishedAt.getTime()) / DAY) : Infinity;
  // An overdue review means its age no longer speaks for it.
  const freshness = Number.isFinite(ageDays) && !outOfDate ? 0.5 ** (ageDays / FRESHNESS_HALF_LIFE_DAYS) : 0;
  if (outOfDate) {
    reasons.push('May be out of date: its review is overdue');
  } else if (ageDays <= FRESHNESS_HALF_LIFE_DAYS) {
    const days = Math.floor(ageDays);
    reasons.push(days === 0 ? 'Published today' : `Published ${days} ${days === 1 ? 'day' : 'days'} ago`);
  }

  const w = SUGGESTION_WEIGHTS;
  const breakdown: ScoreBreakdown = {
    industry: industry ? w.industry : 0,
    product: product ? w.product : 0,
    phase: phase ? w.phase : 0,
    buyerRole: roles.length ? w.buyerRole : 0,
    winInfluence: round(w.winInfluence * win),
    reuse: round(w.reuse * reuse),
    freshness: round(w.freshness * freshness),
    outOfDate: outOfDate ? w.outOfDate : 0,
  };
  const b = breakdown;
  const score = round(
    b.industry + b.product + b.phase + b.buyerRole + b.winInfluence + b.reuse + b.freshness + b.outOfDate,
  );
  return { score, breakdown, reasons };
}
