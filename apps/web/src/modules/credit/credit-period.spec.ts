import { describe, expect, it } from '@jest/globals';
import { nextPeriodDay, previousPeriodDay, periodChoiceParams, readPeriodChoice, toPeriodInput } from './credit-period';
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
