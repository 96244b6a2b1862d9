import { describe, expect, it } from '@jest/globals';
import { GAP_QUERY_MAX, normaliseGapQuery, resolveFlowPeriod } from './knowledge-flow.util.js';

describe('normaliseGapQuery', () => {
  it('folds case and spacing, so the same search counts as one gap', () => {
    expect(normaliseGapQuery('  Pricing   SLA\tHealthcare ')).toBe('pricing sla healthcare');
    expect(normaliseGapQuery('PRICING sla healthcare')).toBe(normaliseGapQuery('pricing  sla healthcare'));
  });

  it('keeps nothing for blank text and caps long text', () => {
    expect(normaliseGapQuery(' \n ')).toBeNull();
    expect(normaliseGapQuery('x'.repeat(500))).toHaveLength(GAP_QUERY_MAX);
    expect([...normaliseGapQuery('é'.repeat(300))!]).toHaveLength(GAP_QUERY_MAX);
  });
});

describe('resolveFlowPeriod', () => {
  const now = new Date('2026-06-30T12:00:00Z');

  it('defaults to the 90 days before now', () => {
    expect(resolveFlowPeriod(null, null, now)).toEqual({ from: new Date('2026-04-01T12:00:00Z'), to: now });
  });

  it('refuses a reversed, future or overlong period', () => {
    expect(resolveFlowPeriod(now, new Date('2026-06-01T00:00:00Z'), now)).toMatchObject({ field: 'from' });
    expect(resolveFlowPeriod(null, new Date('2026-07-30T00:00:00Z'), now)).toMatchObject({ field: 'to' });
    expect(resolveFlowPeriod(new Date('2020-01-01T00:00:00Z'), now, now)).toMatchObject({ field: 'from' });
    expect(resolveFlowPeriod(new Date('invalid'), now, now)).toMatchObject({ field: 'from' });
  });
});
