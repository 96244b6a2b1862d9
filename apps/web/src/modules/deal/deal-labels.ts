import type { DealOutcome } from '../../generated/graphql';

export const DEAL_OUTCOME_LABELS: Record<DealOutcome, string> = {
  OPEN: 'Open',
  WON: 'Won',
  LOST: 'Lost',
};

export const DEAL_OUTCOME_COLORS: Record<DealOutcome, string> = {
  OPEN: 'blue',
  WON: 'teal',
  LOST: 'red',
};

// Amounts are in the CRM's currency, which the API does not name: grouped digits, no symbol.
const amountFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

export function formatAmount(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : amountFormat.format(amount);
}

export function formatCompactAmount(amount: number): string {
  return compactFormat.format(amount);
}

/** Close dates are calendar days in the CRM: show them as such, whatever the browser's time zone. */
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDay(iso: string | null | undefined): string {
  return iso ? dayFormat.format(new Date(iso)) : '—';
}
