import { dealDateProblem } from '@byline/credit';
import { DEAL_LIMITS, DealOutcome } from './deal.entity.js';

/**
 * A value that cannot be stored (BAD_USER_INPUT), or a deal the writer may not touch (FORBIDDEN); its message
 * names the field and says why, for a row report or a 4xx.
 */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'FORBIDDEN' = 'BAD_USER_INPUT',
  ) {
    super(message);
  }
}

// CRM stage names, compared without case, spaces or punctuation ("Closed Won" = "closed_won" = "ClosedWon").
const OPEN_STAGES = [
  'open',
  'lead',
  'prospect',
  'prospecting',
  'qualification',
  'qualifying',
  'qualified',
  'discovery',
  'engaging',
  'engaged',
  'needsanalysis',
  'valueproposition',
  'iddecisionmakers',
  'perceptionanalysis',
  'demo',
  'evaluation',
  'proposal',
  'proposalpricequote',
  'quote',
  'negotiation',
  'negotiationreview',
  'commit',
  'contracting',
];
const STAGE_OUTCOMES = new Map<string, DealOutcome>([
  ...OPEN_STAGES.map((s) => [s, DealOutcome.OPEN] as const),
  ...['won', 'win', 'closedwon'].map((s) => [s, DealOutcome.WON] as const),
  ...['lost', 'loss', 'closedlost'].map((s) => [s, DealOutcome.LOST] as const),
]);

const stageKey = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');

/** The outcome a CRM stage means: Won/Lost close a deal, the pipeline stages (Prospecting, Engaging, ...) keep it OPEN. */
export function outcomeOfStage(stage: string): DealOutcome {
  const outcome = STAGE_OUTCOMES.get(stageKey(stage));
  if (!outcome) {
    throw new FieldError(`stage "${stage}" is not a stage Byline knows (e.g. Prospecting, Engaging, Won, Lost)`);
  }
  return outcome;
}

export function parseOutcome(value: string): DealOutcome {
  const outcome = (DealOutcome as Record<string, DealOutcome | undefined>)[value.trim().toUpperCase()];
  if (!outcome) throw new FieldError(`outcome "${value}" must be OPEN, WON or LOST`);
  return outcome;
}

/** Trimmed text, null when empty; longer than `max` is refused rather than cut. */
export function text(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  if (trimmed.length > max) throw new FieldError(`${field} is longer than ${max} characters`);
  return trimmed;
}

const MAX_AMOUNT = 999_999_999_999.99;
// 1054 · 1054.5 · 1,054.50 · $1,054 — a leading currency sign and thousands commas are fine; "1.054,50" is not.
const AMOUNT = /^[$€£]?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** A non-negative money amount rounded to cents, null when empty. */
export function parseAmount(value: string | number | null | undefined, field: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  let amount: number;
  if (typeof value === 'number') {
    amount = value;
  } else {
    const trimmed = value.trim();
    if (!trimmed) return null;
    if (/^-/.test(trimmed)) throw new FieldError(`${field} "${value}" must not be negative`);
    if (!AMOUNT.test(trimmed)) throw new FieldError(`${field} "${value}" is not an amount (e.g. 1054 or 1,054.50)`);
    amount = Number(trimmed.replace(/[$€£,\s]/g, ''));
  }
  if (!Number.isFinite(amount)) throw new FieldError(`${field} "${value}" is not an amount`);
  if (amount < 0) throw new FieldError(`${field} "${value}" must not be negative`);
  if (amount > MAX_AMOUNT) throw new FieldError(`${field} "${value}" is too large`);
  return Math.round(amount * 100) / 100;
}

const DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date (2017-03-01, 2017/03/01: midnight UTC) or an ISO 8601 date-time (UTC unless it has an offset); null when
 * empty. Day-first and month-first forms (01/03/2017) are refused: they cannot be told apart.
 */
export function parseDate(value: string | null | undefined, field: string): Date | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  const bad = () => new FieldError(`${field} "${value}" is not a date (use 2017-03-01 or an ISO 8601 date-time)`);
  const date = DATE.exec(trimmed);
  const dateTime = date ? null : DATE_TIME.exec(trimmed);
  const parts = date ?? dateTime;
  if (!parts) throw bad();
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  // Date.UTC rolls 2017-02-30 over to March; a date that does not round-trip does not exist.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2999 || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) throw bad();
  if (date) return calendar;
  const [, , , , hours, minutes, , , zone = ''] = dateTime!;
  const offset =
    !zone || zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const at = new Date(`${trimmed.slice(0, 10)}T${trimmed.slice(11, trimmed.length - zone.length)}${offset}`);
  if (Number.isNaN(at.getTime()) || Number(hours) > 23 || Number(minutes) > 59) throw bad();
  return at;
}

/** An engage or close date: a date `parseDate` reads, from 1990 to a day from now. */
export function parseDealDate(value: string | null | undefined, field: string): Date | null {
  const at = parseDate(value, field);
  const problem = at && dealDateProblem(at);
  if (problem) throw new FieldError(`${field} "${value}" ${problem}`);
  return at;
}

/**
 * A deal as a CRM states it, before its account, owner and team names are matched to records. A field left
 * undefined was not given (an update keeps what is stored); null clears it.
 */
export interface DealFields {
  externalId: string;
  name?: string | null;
  account?: string | null;
  /** An email or a name. */
  owner?: string | null;
  team?: string | null;
  product?: string | null;
  amount?: number | null;
  stage?: string | null;
  outcome: DealOutcome;
  competitor?: string | null;
  engagedAt?: Date | null;
  /** Always set for a WON or LOST deal, always null for an OPEN one. */
  closedAt: Date | null;
}

export function externalIdOf(value: string | null | undefined, field = 'externalId'): string {
  const id = text(value, field, DEAL_LIMITS.externalId);
  if (!id) throw new FieldError(`${field} is missing`);
  return id;
}

/**
 * The close date a deal keeps: a closed deal needs one, an open deal has none (a CRM's close date on an open
 * opportunity is only its expected close), and nothing closes before it was engaged.
 */
export function closedAtFor(
  outcome: DealOutcome,
  closedAt: Date | null,
  engagedAt: Date | null | undefined,
  field = 'closedAt',
): Date | null {
  if (outcome === DealOutcome.OPEN) return null;
  if (!closedAt) throw new FieldError(`a ${outcome === DealOutcome.WON ? 'won' : 'lost'} deal needs ${field}`);
  if (engagedAt && engagedAt.getTime() > closedAt.getTime()) {
    throw new FieldError(
      `${field} ${closedAt.toISOString().slice(0, 10)} is before the engage date ${engagedAt.toISOString().slice(0, 10)}`,
    );
  }
  return closedAt;
}

/** What a deal is called when the CRM gives no name: its account and product, else its CRM id. */
export function defaultDealName(fields: Pick<DealFields, 'externalId' | 'account' | 'product'>): string {
  const parts = [fields.account, fields.product].filter((p): p is string => Boolean(p));
  return (parts.length ? parts.join(' – ') : fields.externalId).slice(0, DEAL_LIMITS.name);
}
