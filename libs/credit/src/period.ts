export const PERIOD_KINDS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR', 'ALL_TIME'] as const;
/** WEEK is the ISO week and MONTH the calendar month; QUARTER and YEAR are fiscal. All in UTC. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  readonly kind: PeriodKind;
  /** Inclusive start. */
  readonly from: Date;
  /** Exclusive end. */
  readonly to: Date;
  /** "2026-W48", "2026-11", "FY2027 Q3", "FY2027", "All time". */
  readonly label: string;
}

/** Identifies a period for rollups: its kind and start. */
export interface PeriodKey {
  readonly kind: PeriodKind;
  readonly start: Date;
}

const DAY_MS = 86_400_000;

// The range Byline handles; ALL_TIME spans exactly this, so every instant it accepts is inside ALL_TIME.
const ALL_TIME_FROM = utc(1970, 0, 1).getTime();
const ALL_TIME_TO = utc(9999, 0, 1).getTime();

// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999; month and day may overflow.
function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Whether periods can be worked out for `at`: from 1970 up to the end of 9998. */
export function isSupportedInstant(at: Date): boolean {
  return at.getTime() >= ALL_TIME_FROM && at.getTime() < ALL_TIME_TO;
}

function assertInstant(at: Date): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError('period: expected a valid Date');
  }
  if (!isSupportedInstant(at)) {
    throw new RangeError(`period: ${at.toISOString()} is outside the supported range 1970–9998`);
  }
}

function assertFiscalYearStartMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`period: fiscal year start month must be 1–12, got ${month}`);
  }
}

function isoWeek(at: Date): Period {
  const day = utc(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const from = new Date(day.getTime() - sinceMonday * DAY_MS);
  // The ISO week belongs to the year of its Thursday; week 1 is the one holding that year's first Thursday.
  const thursday = new Date(from.getTime() + 3 * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - utc(weekYear, 0, 1).getTime()) / DAY_MS);
  const week = Math.floor(dayOfYear / 7) + 1;
  return {
    kind: 'WEEK',
    from,
    to: new Date(from.getTime() + 7 * DAY_MS),
    label: `${pad(weekYear, 4)}-W${pad(week, 2)}`,
  };
}

function fiscalYearStart(at: Date, startMonth: number): number {
  return at.getUTCMonth() + 1 >= startMonth ? at.getUTCFullYear() : at.getUTCFullYear() - 1;
}

// A fiscal year is named by the calendar year it ends in: with an April start, Apr 2026–Mar 2027 is FY2027.
function fiscalYearName(startYear: number, startMonth: number): number {
  return startMonth === 1 ? startYear : startYear + 1;
}

/** The fiscal year `at` falls in, named by the calendar year in which it ends. */
export function fiscalYearOf(at: Date, fiscalYearStartMonth: number): number {
  assertInstant(at);
  assertFiscalYearStartMonth(fiscalYearStartMonth);
  return fiscalYearName(fiscalYearStart(at, fiscalYearStartMonth), fiscalYearStartMonth);
}

/** The period of `kind` that contains `at` (UTC). `fiscalYearStartMonth` (1–12) shapes QUARTER and YEAR. */
export function periodContaining(kind: PeriodKind, at: Date, fiscalYearStartMonth: number): Period {
  assertInstant(at);
  assertFiscalYearStartMonth(fiscalYearStartMonth);
  const startYear = fiscalYearStart(at, fiscalYearStartMonth);
  const fiscalYear = `FY${pad(fiscalYearName(startYear, fiscalYearStartMonth), 4)}`;
  const startIndex = fiscalYearStartMonth - 1;
  switch (kind) {
    case 'WEEK':
      return isoWeek(at);
    case 'MONTH': {
      const year = at.getUTCFullYear();
      const month = at.getUTCMonth();
      return {
        kind,
        from: utc(year, month, 1),
        to: utc(year, month + 1, 1),
        label: `${pad(year, 4)}-${pad(month + 1, 2)}`,
      };
    }
    case 'QUARTER': {
      const monthsIntoYear = (at.getUTCMonth() - startIndex + 12) % 12;
      const quarter = Math.floor(monthsIntoYear / 3);
      return {
        kind,
        from: utc(startYear, startIndex + quarter * 3, 1),
        to: utc(startYear, startIndex + quarter * 3 + 3, 1),
        label: `${fiscalYear} Q${quarter + 1}`,
      };
    }
    case 'YEAR':
      return {
        kind,
        from: utc(startYear, startIndex, 1),
        to: utc(startYear + 1, startIndex, 1),
        label: fiscalYear,
      };
    case 'ALL_TIME':
      return { kind, from: new Date(ALL_TIME_FROM), to: new Date(ALL_TIME_TO), label: 'All time' };
  }
}

/** Every period an entry at `at` counts towards (one per kind), for updating leaderboard rollups. */
export function periodKeysContaining(at: Date, fiscalYearStartMonth: number): PeriodKey[] {
  return PERIOD_KINDS.map((kind) => ({ kind, start: periodContaining(kind, at, fiscalYearStartMonth).from }));
}
