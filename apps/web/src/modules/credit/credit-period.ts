import type { UrlParamChanges } from '../../core/useUrlParams';
import type { PeriodInput, PeriodKind } from '../../generated/graphql';

// Credit, leaderboards and reports are all read per period. The choice lives in the URL (`?period=QUARTER&at=...`)
// so a page can be bookmarked, shared and printed exactly as it was seen.

export const PERIOD_KINDS: readonly PeriodKind[] = ['WEEK', 'MONTH', 'QUARTER', 'YEAR', 'ALL_TIME'];

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  WEEK: 'Week',
  MONTH: 'Month',
  QUARTER: 'Quarter',
  YEAR: 'Year',
  ALL_TIME: 'All time',
};

export const DEFAULT_PERIOD_KIND: PeriodKind = 'QUARTER';

export interface PeriodChoice {
  kind: PeriodKind;
  /** A day (YYYY-MM-DD, UTC) inside the period; null for the current one. */
  at: string | null;
}

export function isPeriodKind(value: string | null): value is PeriodKind {
  return value !== null && (PERIOD_KINDS as readonly string[]).includes(value);
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function readPeriodChoice(params: URLSearchParams, fallback: PeriodKind = DEFAULT_PERIOD_KIND): PeriodChoice {
  const kind = params.get('period');
  const at = params.get('at');
  const resolvedKind = isPeriodKind(kind) ? kind : fallback;
  return {
    kind: resolvedKind,
    at: resolvedKind !== 'ALL_TIME' && at && DAY_PATTERN.test(at) && !Number.isNaN(Date.parse(at)) ? at : null,
  };
}

/** The URL parameters that record the choice (the page's other parameters are left alone). */
export function periodChoiceParams(choice: PeriodChoice): UrlParamChanges {
  return { period: choice.kind, at: choice.at || null };
}

/** The API's PeriodInput. Noon UTC keeps the day inside the same period whatever the server's rounding. */
export function toPeriodInput(choice: PeriodChoice): PeriodInput {
  return choice.at ? { kind: choice.kind, at: `${choice.at}T12:00:00.000Z` } : { kind: choice.kind };
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day before a period's start: a day inside the previous period. */
export function previousPeriodDay(from: string): string {
  return utcDay(new Date(Date.parse(from) - 24 * 60 * 60 * 1000));
}

/** A period's exclusive end is the first day of the next one; null when that lies in the future. */
export function nextPeriodDay(to: string, now: number = Date.now()): string | null {
  const start = Date.parse(to);
  return start > now ? null : utcDay(new Date(start));
}

const rangeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1 Oct 2026 – 31 Dec 2026": the period's days, its exclusive end shown as the last day. */
export function formatPeriodRange(from: string | null | undefined, to: string | null | undefined): string | null {
  if (!from || !to) {
    return null;
  }
  const lastDay = new Date(Date.parse(to) - 1);
  return rangeFormat.formatRange(new Date(from), lastDay);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface LabelledPeriod {
  kind: PeriodKind;
  /** The API's label: "2026-W49", "2026-11", "FY2026 Q4", "FY2026", "All time". */
  label: string;
  from?: string | null;
  to?: string | null;
}

/**
 * A period as people say it: "Week of 30 Nov", "November 2026", "Q4 2026", "2026", "All time". A fiscal year that
 * does not start in January keeps its name: "Q1 FY2027", "FY2027". The week's year shows when it is not this year.
 */
export function periodLabel(period: LabelledPeriod, now: number = Date.now()): string {
  const from = period.from ? new Date(period.from) : null;
  if (!from || Number.isNaN(from.getTime())) {
    return period.label;
  }
  const year = from.getUTCFullYear();
  switch (period.kind) {
    case 'WEEK': {
      const day = `${from.getUTCDate()} ${MONTH_NAMES[from.getUTCMonth()].slice(0, 3)}`;
      return year === new Date(now).getUTCFullYear() ? `Week of ${day}` : `Week of ${day} ${year}`;
    }
    case 'MONTH':
      return `${MONTH_NAMES[from.getUTCMonth()]} ${year}`;
    case 'QUARTER': {
      const match = /^FY(\d{4}) Q([1-4])$/.exec(period.label);
      const calendar = match && Number(match[1]) === year && (Number(match[2]) - 1) * 3 === from.getUTCMonth();
      if (calendar || !match) {
        return `Q${Math.floor(from.getUTCMonth() / 3) + 1} ${year}`;
      }
      return `Q${match[2]} FY${match[1]}`;
    }
    case 'YEAR':
      return from.getUTCMonth() === 0 ? String(year) : period.label;
    default:
      return period.label;
  }
}

/** A short form for chart axes and tight places: "30 Nov", "Nov 2026", "Q4 2026", "2026". */
export function shortPeriodLabel(period: LabelledPeriod, now: number = Date.now()): string {
  const full = periodLabel(period, now);
  if (period.kind === 'WEEK') {
    return full.replace(/^Week of /, '');
  }
  if (period.kind === 'MONTH') {
    const [month, year] = full.split(' ');
    return `${month.slice(0, 3)} ${year}`;
  }
  return full;
}
