import { describe, expect, it } from '@jest/globals';
import {
  nextPeriodDay,
  periodChoiceParams,
  periodLabel,
  previousPeriodDay,
  readPeriodChoice,
  shortPeriodLabel,
  toPeriodInput,
} from './credit-period';
import { withUrlParams } from '../../core/useUrlParams';

describe('period choice in the URL', () => {
  it('reads a kind and a day, and falls back for anything else', () => {
    expect(readPeriodChoice(new URLSearchParams('period=MONTH&at=2026-03-15'))).toEqual({
      kind: 'MONTH',
      at: '2026-03-15',
    });
    expect(readPeriodChoice(new URLSearchParams('period=DECADE&at=yesterday'))).toEqual({ kind: 'QUARTER', at: null });
    expect(readPeriodChoice(new URLSearchParams('period=ALL_TIME&at=2026-03-15'))).toEqual({
      kind: 'ALL_TIME',
      at: null,
    });
  });

  it('writes the choice and leaves the other parameters alone', () => {
    const params = withUrlParams(
      new URLSearchParams('team=t1&at=2026-01-01'),
      periodChoiceParams({ kind: 'WEEK', at: null }),
    );
    expect(params.toString()).toBe('team=t1&period=WEEK');
    expect(readPeriodChoice(withUrlParams(params, periodChoiceParams({ kind: 'YEAR', at: '2025-06-01' })))).toEqual({
      kind: 'YEAR',
      at: '2025-06-01',
    });
  });

  it('asks the API for noon UTC of the chosen day', () => {
    expect(toPeriodInput({ kind: 'QUARTER', at: '2026-02-10' })).toEqual({
      kind: 'QUARTER',
      at: '2026-02-10T12:00:00.000Z',
    });
    expect(toPeriodInput({ kind: 'QUARTER', at: null })).toEqual({ kind: 'QUARTER' });
  });

  it('steps to the previous period, and to the next one only when it has started', () => {
    expect(previousPeriodDay('2026-04-01T00:00:00.000Z')).toBe('2026-03-31');
    const now = Date.parse('2026-05-20T00:00:00Z');
    expect(nextPeriodDay('2026-04-01T00:00:00.000Z', now)).toBe('2026-04-01');
    expect(nextPeriodDay('2026-07-01T00:00:00.000Z', now)).toBeNull();
  });
});

describe('period labels as people say them', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  it('names weeks, months, quarters and years', () => {
    const week = { kind: 'WEEK' as const, label: '2026-W49', from: '2026-11-30T00:00:00.000Z' };
    expect(periodLabel(week, now)).toBe('Week of 30 Nov');
    expect(periodLabel({ ...week, from: '2025-12-29T00:00:00.000Z', label: '2026-W01' }, now)).toBe(
      'Week of 29 Dec 2025',
    );
    expect(periodLabel({ kind: 'MONTH', label: '2026-11', from: '2026-11-01T00:00:00.000Z' }, now)).toBe(
      'November 2026',
    );
    expect(periodLabel({ kind: 'QUARTER', label: 'FY2026 Q4', from: '2026-10-01T00:00:00.000Z' }, now)).toBe('Q4 2026');
    expect(periodLabel({ kind: 'YEAR', label: 'FY2026', from: '2026-01-01T00:00:00.000Z' }, now)).toBe('2026');
    expect(periodLabel({ kind: 'ALL_TIME', label: 'All time', from: '1970-01-01T00:00:00.000Z' }, now)).toBe(
      'All time',
    );
  });

  it('keeps the fiscal year when it does not start in January', () => {
    expect(periodLabel({ kind: 'QUARTER', label: 'FY2027 Q1', from: '2026-10-01T00:00:00.000Z' }, now)).toBe(
      'Q1 FY2027',
    );
    expect(periodLabel({ kind: 'YEAR', label: 'FY2027', from: '2026-10-01T00:00:00.000Z' }, now)).toBe('FY2027');
  });

  it('has short forms for chart axes', () => {
    expect(shortPeriodLabel({ kind: 'WEEK', label: '2026-W49', from: '2026-11-30T00:00:00.000Z' }, now)).toBe('30 Nov');
    expect(shortPeriodLabel({ kind: 'MONTH', label: '2026-11', from: '2026-11-01T00:00:00.000Z' }, now)).toBe(
      'Nov 2026',
    );
  });
});
