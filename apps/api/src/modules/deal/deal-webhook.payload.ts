import { ACCOUNT_LIMITS } from './account.entity.js';
import { DEAL_LIMITS, DealOutcome } from './deal.entity.js';
import {
  FieldError,
  closedAtFor,
  externalIdOf,
  outcomeOfStage,
  parseAmount,
  parseDealDate,
  parseOutcome,
  text,
} from './deal-fields.util.js';
import type { DealFields } from './deal-fields.util.js';
import type { DealField } from './deal-write.service.js';

/**
 * The JSON body of one deal delivery, with the names of the GraphQL Deal. A key left out keeps what is stored;
 * null clears it. `stage` or `outcome` is required; `closedAt` too when the deal is WON or LOST. Other keys are
 * ignored, so a CRM may send more than Byline reads.
 */
export interface DealPayload {
  externalId: string;
  name?: string | null;
  account?: string | null;
  /** The owner's email, or a name only one person in Byline has. */
  owner?: string | null;
  team?: string | null;
  product?: string | null;
  amount?: number | string | null;
  stage?: string | null;
  outcome?: 'OPEN' | 'WON' | 'LOST' | null;
  competitor?: string | null;
  engagedAt?: string | null;
  closedAt?: string | null;
}

const TEXT_FIELDS = {
  name: DEAL_LIMITS.name,
  account: ACCOUNT_LIMITS.name,
  owner: 254,
  team: 120,
  product: DEAL_LIMITS.product,
  competitor: DEAL_LIMITS.competitor,
} as const;

function stringOrNull(body: Record<string, unknown>, key: string): string | null | undefined {
  const value = body[key];
  if (value === undefined || value === null || typeof value === 'string') return value;
  throw new FieldError(`${key} must be a string or null`);
}

/** The deal a webhook delivery describes, and which fields it gives; throws FieldError for anything it cannot store. */
export function dealFromPayload(body: unknown): { deal: DealFields; given: Set<DealField> } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new FieldError('the body must be one deal, as a JSON object');
  }
  const fields = body as Record<string, unknown>;
  const given = new Set<DealField>();
  const externalId = stringOrNull(fields, 'externalId');
  const deal: Partial<DealFields> = { externalId: externalIdOf(externalId) };
  for (const [key, max] of Object.entries(TEXT_FIELDS) as [keyof typeof TEXT_FIELDS, number][]) {
    const value = stringOrNull(fields, key);
    if (value === undefined) continue;
    deal[key] = text(value, key, max);
    given.add(key);
  }
  if (fields.amount !== undefined) {
    if (fields.amount !== null && typeof fields.amount !== 'number' && typeof fields.amount !== 'string') {
      throw new FieldError('amount must be a number, a string or null');
    }
    deal.amount = parseAmount(fields.amount, 'amount');
    given.add('amount');
  }
  const stage = text(stringOrNull(fields, 'stage'), 'stage', DEAL_LIMITS.stage);
  const outcomeValue = stringOrNull(fields, 'outcome');
  const outcome = outcomeValue ? parseOutcome(outcomeValue) : null;
  if (stage) {
    deal.outcome = outcomeOfStage(stage);
    if (outcome && outcome !== deal.outcome) {
      throw new FieldError(`stage "${stage}" means ${deal.outcome}, but outcome says ${outcome}`);
    }
    deal.stage = stage;
    given.add('stage');
  } else if (outcome) {
    deal.outcome = outcome;
    // An outcome alone closes a deal under the stage of the same name; an open one keeps the stage it has.
    if (outcome !== DealOutcome.OPEN) {
      deal.stage = outcome === DealOutcome.WON ? 'Won' : 'Lost';
      given.add('stage');
    }
  } else {
    throw new FieldError('stage or outcome is required');
  }
  const engagedAt = stringOrNull(fields, 'engagedAt');
  if (engagedAt !== undefined) {
    deal.engagedAt = parseDealDate(engagedAt, 'engagedAt');
    given.add('engagedAt');
  }
  deal.closedAt = closedAtFor(
    deal.outcome,
    parseDealDate(stringOrNull(fields, 'closedAt'), 'closedAt'),
    deal.engagedAt,
  );
  return { deal: deal as DealFields, given };
}
