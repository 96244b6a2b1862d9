import type { WinLossDimension } from '../../generated/graphql';

export const WIN_LOSS_DIMENSIONS: readonly WinLossDimension[] = [
  'INDUSTRY',
  'PRODUCT',
  'TEAM',
  'OWNER',
  'COMPETITOR',
  'QUARTER',
];

export const DIMENSION_LABELS: Record<WinLossDimension, string> = {
  INDUSTRY: 'Industry',
  PRODUCT: 'Product',
  TEAM: 'Team',
  OWNER: 'Owner',
  COMPETITOR: 'Competitor',
  QUARTER: 'Quarter',
};

export function isWinLossDimension(value: unknown): value is WinLossDimension {
  return typeof value === 'string' && (WIN_LOSS_DIMENSIONS as readonly string[]).includes(value);
}

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const percentFormatPrecise = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** A rate from 0 to 1 as "63%"; "—" when there is none. */
export function formatRate(rate: number | null | undefined, precise = false): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) {
    return '—';
  }
  return (precise ? percentFormatPrecise : percentFormat).format(rate);
}

/** A difference of rates in percentage points: "+4.2 pts". */
export function formatPoints(delta: number | null | undefined): string {
  if (delta === null || delta === undefined || Number.isNaN(delta)) {
    return '—';
  }
  const points = delta * 100;
  const sign = points > 0.05 ? '+' : points < -0.05 ? '−' : '±';
  return `${sign}${Math.abs(points).toFixed(1)} pts`;
}

export function formatDays(days: number | null | undefined): string {
  return days === null || days === undefined ? '—' : `${Math.round(days)} d`;
}
