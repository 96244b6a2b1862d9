import type { DealFilter, DealOutcome } from '../../generated/graphql';

export const DEAL_OUTCOMES: readonly DealOutcome[] = ['OPEN', 'WON', 'LOST'];

export function isDealOutcome(value: unknown): value is DealOutcome {
  return typeof value === 'string' && (DEAL_OUTCOMES as readonly string[]).includes(value);
}

/** The pipeline's filters, each with its URL parameter (one value per filter). */
export const DEAL_FILTERS = [
  { key: 'teamId', param: 'team', label: 'Team' },
  { key: 'industry', param: 'industry', label: 'Industry' },
  { key: 'product', param: 'product', label: 'Product' },
  { key: 'ownerId', param: 'owner', label: 'Owner' },
] as const;

export type DealFilterKey = (typeof DEAL_FILTERS)[number]['key'];

export type DealsTab = 'all' | 'mine';

/** A closed-date range as the date inputs give it: calendar days, `YYYY-MM-DD`, both inclusive. */
export interface ClosedRange {
  from: string | null;
  to: string | null;
}

export interface DealParams extends ClosedRange {
  tab: DealsTab;
  outcome: DealOutcome | null;
  filter: Partial<Record<DealFilterKey, string>>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readDay(value: string | null): string | null {
  return value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

export function readClosedRange(params: URLSearchParams): ClosedRange {
  return { from: readDay(params.get('from')), to: readDay(params.get('to')) };
}

export function readDealParams(params: URLSearchParams): DealParams {
  const filter: DealParams['filter'] = {};
  for (const { key, param } of DEAL_FILTERS) {
    const value = params.get(param)?.trim();
    if (value) {
      filter[key] = value;
    }
  }
  const outcome = params.get('outcome');
  return {
    tab: params.get('tab') === 'mine' ? 'mine' : 'all',
    outcome: isDealOutcome(outcome) ? outcome : null,
    filter,
    ...readClosedRange(params),
  };
}

/** The day after `day`, at midnight UTC: the API's `to` is exclusive, the date picker's inclusive. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The API's filter for a closed-date range (UTC calendar days, as the CRM records close dates). */
export function closedRangeFilter({ from, to }: ClosedRange): Pick<DealFilter, 'from' | 'to'> {
  return {
    ...(from ? { from: `${from}T00:00:00.000Z` } : {}),
    ...(to ? { to: dayAfter(to) } : {}),
  };
}

export function toDealFilter(params: DealParams): DealFilter {
  return { ...params.filter, ...closedRangeFilter(params) };
}

export function hasClosedRange({ from, to }: ClosedRange): boolean {
  return from !== null || to !== null;
}
