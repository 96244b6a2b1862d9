export interface MonthlyCredit {
  /** First day of the month, ISO (UTC). */
  periodStart: string;
  value: number;
}

export interface CreditMonthBar {
  /** The axis label: "Jan 2026" for the first bar and each January, else "Feb". */
  month: string;
  /** The month in full words: "February 2026". */
  monthLabel: string;
  credit: number;
  /** Whether the month overlaps the period on screen. */
  inPeriod: boolean;
  periodStart: string;
}

const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const fullMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function monthStart(time: number): Date {
  const date = new Date(time);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

/**
 * One bar per month, months without credit included (the API lists only months with entries): at least the last
 * `minMonths` up to this month, further back if there is older credit.
 */
export function creditMonthBars(
  points: readonly MonthlyCredit[],
  period: { from?: string | null; to?: string | null } | null,
  now: number = Date.now(),
  minMonths = 12,
): CreditMonthBar[] {
  const byMonth = new Map<number, number>();
  for (const point of points) {
    const key = monthStart(Date.parse(point.periodStart)).getTime();
    byMonth.set(key, (byMonth.get(key) ?? 0) + point.value);
  }
  const last = monthStart(now);
  let first = addMonths(last, -(minMonths - 1));
  for (const key of byMonth.keys()) {
    if (key < first.getTime()) {
      first = new Date(key);
    }
  }
  const from = period?.from ? Date.parse(period.from) : Number.NEGATIVE_INFINITY;
  const to = period?.to ? Date.parse(period.to) : Number.POSITIVE_INFINITY;

  const bars: CreditMonthBar[] = [];
  for (let month = first; month.getTime() <= last.getTime(); month = addMonths(month, 1)) {
    const start = month.getTime();
    const end = addMonths(month, 1).getTime();
    const withYear = bars.length === 0 || month.getUTCMonth() === 0;
    bars.push({
      month: withYear ? `${shortMonth.format(month)} ${month.getUTCFullYear()}` : shortMonth.format(month),
      monthLabel: fullMonth.format(month),
      credit: byMonth.get(start) ?? 0,
      inPeriod: start < to && end > from,
      periodStart: month.toISOString(),
    });
  }
  return bars;
}
