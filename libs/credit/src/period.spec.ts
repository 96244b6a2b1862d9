import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fiscalYearOf, PERIOD_KINDS, periodContaining, periodKeysContaining, type Period } from './period.js';

const d = (iso: string): Date => new Date(iso);

function shape(period: Period): [string, string, string] {
  return [period.label, period.from.toISOString(), period.to.toISOString()];
}

describe('periodContaining', () => {
  it('gives the ISO week, Monday to Monday in UTC', () => {
    expect(shape(periodContaining('WEEK', d('2026-11-26T10:00:00Z'), 1))).toEqual([
      '2026-W48',
      '2026-11-23T00:00:00.000Z',
      '2026-11-30T00:00:00.000Z',
    ]);
    // Sunday late evening is still the same week; Monday 00:00 starts the next.
    expect(periodContaining('WEEK', d('2026-11-29T23:59:59.999Z'), 1).label).toBe('2026-W48');
    expect(periodContaining('WEEK', d('2026-11-30T00:00:00.000Z'), 1).label).toBe('2026-W49');
  });

  it('names weeks by their ISO week-year across the new year', () => {
    // 1 Jan 2026 is a Thursday, so 2026 has 53 weeks and 1 Jan 2027 (Friday) is in 2026-W53.
    expect(periodContaining('WEEK', d('2027-01-01T12:00:00Z'), 1).label).toBe('2026-W53');
    expect(periodContaining('WEEK', d('2026-01-01T00:00:00Z'), 1).label).toBe('2026-W01');
    expect(shape(periodContaining('WEEK', d('2025-12-29T00:00:00Z'), 1))[0]).toBe('2026-W01');
    // 30 Dec 2024 (Monday) starts 2025-W01; 28 Dec 2025 (Sunday) ends 2025-W52.
    expect(periodContaining('WEEK', d('2024-12-30T08:00:00Z'), 1).label).toBe('2025-W01');
    expect(periodContaining('WEEK', d('2025-12-28T08:00:00Z'), 1).label).toBe('2025-W52');
  });

  it('gives the calendar month', () => {
    expect(shape(periodContaining('MONTH', d('2026-11-26T10:00:00Z'), 4))).toEqual([
      '2026-11',
      '2026-11-01T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    ]);
    expect(shape(periodContaining('MONTH', d('2026-12-31T23:59:59Z'), 1))[2]).toBe('2027-01-01T00:00:00.000Z');
  });

  it('names a fiscal year by the calendar year it ends in (April start: Apr 2026–Mar 2027 is FY2027)', () => {
    expect(shape(periodContaining('YEAR', d('2026-11-26T10:00:00Z'), 4))).toEqual([
      'FY2027',
      '2026-04-01T00:00:00.000Z',
      '2027-04-01T00:00:00.000Z',
    ]);
    expect(periodContaining('YEAR', d('2026-03-31T23:59:59Z'), 4).label).toBe('FY2026');
    expect(fiscalYearOf(d('2026-04-01T00:00:00Z'), 4)).toBe(2027);
  });

  it('gives fiscal quarters from the start month', () => {
    expect(shape(periodContaining('QUARTER', d('2026-11-26T10:00:00Z'), 4))).toEqual([
      'FY2027 Q3',
      '2026-10-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    ]);
    expect(shape(periodContaining('QUARTER', d('2027-02-01T00:00:00Z'), 4))).toEqual([
      'FY2027 Q4',
      '2027-01-01T00:00:00.000Z',
      '2027-04-01T00:00:00.000Z',
    ]);
    // October start: Oct 2025–Sep 2026 is FY2026, and September is its Q4.
    expect(periodContaining('QUARTER', d('2026-09-30T12:00:00Z'), 10).label).toBe('FY2026 Q4');
    expect(periodContaining('QUARTER', d('2026-10-01T00:00:00Z'), 10).label).toBe('FY2027 Q1');
  });

  it('uses the calendar year as fiscal year when it starts in January', () => {
    expect(shape(periodContaining('QUARTER', d('2026-08-10T00:00:00Z'), 1))).toEqual([
      'FY2026 Q3',
      '2026-07-01T00:00:00.000Z',
      '2026-10-01T00:00:00.000Z',
    ]);
    expect(periodContaining('YEAR', d('2026-08-10T00:00:00Z'), 1).label).toBe('FY2026');
  });

  it('gives one all-time period', () => {
    const allTime = periodContaining('ALL_TIME', d('2026-11-26T10:00:00Z'), 4);
    expect(allTime.label).toBe('All time');
    expect(allTime.from.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(allTime).toEqual(periodContaining('ALL_TIME', d('1999-01-01T00:00:00Z'), 1));
  });

  it('refuses a bad fiscal start month or date', () => {
    expect(() => periodContaining('QUARTER', d('2026-01-01T00:00:00Z'), 0)).toThrow(RangeError);
    expect(() => periodContaining('QUARTER', d('2026-01-01T00:00:00Z'), 13)).toThrow(RangeError);
    expect(() => periodContaining('QUARTER', d('2026-01-01T00:00:00Z'), 2.5)).toThrow(RangeError);
    expect(() => periodContaining('MONTH', new Date(Number.NaN), 1)).toThrow(RangeError);
    expect(() => periodContaining('MONTH', d('1969-12-31T23:59:59Z'), 1)).toThrow(RangeError);
  });
});

describe('periodKeysContaining', () => {
  it('lists one key per kind: the periods an entry counts towards', () => {
    const keys = periodKeysContaining(d('2026-11-26T10:00:00Z'), 4);
    expect(keys.map((k) => [k.kind, k.start.toISOString()])).toEqual([
      ['WEEK', '2026-11-23T00:00:00.000Z'],
      ['MONTH', '2026-11-01T00:00:00.000Z'],
      ['QUARTER', '2026-10-01T00:00:00.000Z'],
      ['YEAR', '2026-04-01T00:00:00.000Z'],
      ['ALL_TIME', '1970-01-01T00:00:00.000Z'],
    ]);
  });
});

// From 1971: the first week and fiscal year of 1970 begin before the supported range.
const instantArb = fc.date({ min: d('1971-01-01T00:00:00Z'), max: d('2999-12-31T23:59:59.999Z'), noInvalidDate: true });
const startMonthArb = fc.integer({ min: 1, max: 12 });
const DAY = 86_400_000;

describe('period properties', () => {
  it('every period contains the instant, and the next instant after it starts the adjacent period', () => {
    fc.assert(
      fc.property(instantArb, startMonthArb, fc.constantFrom(...PERIOD_KINDS), (at, startMonth, kind) => {
        const period = periodContaining(kind, at, startMonth);
        expect(period.from.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime()).toBeLessThan(period.to.getTime());
        expect(periodContaining(kind, period.from, startMonth)).toEqual(period);
        if (kind !== 'ALL_TIME') {
          const next = periodContaining(kind, period.to, startMonth);
          expect(next.from).toEqual(period.to);
          expect(next.label).not.toBe(period.label);
          const previous = periodContaining(kind, new Date(period.from.getTime() - 1), startMonth);
          expect(previous.to).toEqual(period.from);
        }
      }),
    );
  });

  it('weeks start on a Monday at 00:00 UTC and last 7 days; week numbers run 1–53', () => {
    fc.assert(
      fc.property(instantArb, (at) => {
        const week = periodContaining('WEEK', at, 1);
        expect(week.from.getUTCDay()).toBe(1);
        expect(week.from.getTime() % DAY).toBe(0);
        expect(week.to.getTime() - week.from.getTime()).toBe(7 * DAY);
        const match = /^(\d{4})-W(\d{2})$/.exec(week.label);
        expect(match).not.toBeNull();
        const number = Number(match?.[2]);
        expect(number).toBeGreaterThanOrEqual(1);
        expect(number).toBeLessThanOrEqual(53);
        // The week-year is the year of the week's Thursday.
        expect(Number(match?.[1])).toBe(new Date(week.from.getTime() + 3 * DAY).getUTCFullYear());
      }),
    );
  });

  it('fiscal quarters tile their fiscal year: 3 months each, starting on the 1st, Q1 at the year start', () => {
    fc.assert(
      fc.property(instantArb, startMonthArb, (at, startMonth) => {
        const quarter = periodContaining('QUARTER', at, startMonth);
        const year = periodContaining('YEAR', at, startMonth);
        expect(quarter.label.startsWith(`${year.label} Q`)).toBe(true);
        expect(quarter.from.getUTCDate()).toBe(1);
        const months =
          (quarter.to.getUTCFullYear() - quarter.from.getUTCFullYear()) * 12 +
          quarter.to.getUTCMonth() -
          quarter.from.getUTCMonth();
        expect(months).toBe(3);
        expect(year.from.getUTCMonth()).toBe(startMonth - 1);
        expect(year.to.getUTCFullYear() - year.from.getUTCFullYear()).toBe(1);
        expect(year.from.getTime()).toBeLessThanOrEqual(quarter.from.getTime());
        expect(quarter.to.getTime()).toBeLessThanOrEqual(year.to.getTime());
        const q = Number(quarter.label.slice(-1));
        const monthsIn =
          (quarter.from.getUTCFullYear() - year.from.getUTCFullYear()) * 12 +
          quarter.from.getUTCMonth() -
          year.from.getUTCMonth();
        expect(monthsIn).toBe((q - 1) * 3);
      }),
    );
  });

  it('a fiscal year is named by the calendar year of its last day', () => {
    fc.assert(
      fc.property(instantArb, startMonthArb, (at, startMonth) => {
        const year = periodContaining('YEAR', at, startMonth);
        const lastDayYear = new Date(year.to.getTime() - 1).getUTCFullYear();
        expect(year.label).toBe(`FY${lastDayYear}`);
        expect(fiscalYearOf(at, startMonth)).toBe(lastDayYear);
      }),
    );
  });

  it('the month label matches the UTC month of the instant', () => {
    fc.assert(
      fc.property(instantArb, (at) => {
        expect(periodContaining('MONTH', at, 1).label).toBe(at.toISOString().slice(0, 7));
      }),
    );
  });
});
