import { describe, expect, it } from '@jest/globals';
import { periodOf, readFlowParams } from './flow-params';

describe('flow params', () => {
  it('reads the preset and team, defaulting to 90 days', () => {
    expect(readFlowParams(new URLSearchParams('days=30&team=t1'))).toEqual({ preset: '30', team: 't1' });
    expect(readFlowParams(new URLSearchParams('days=7'))).toEqual({ preset: '90', team: null });
  });

  it('starts a period at midnight UTC', () => {
    expect(periodOf('30', new Date('2026-03-31T15:20:00Z'))).toEqual({ from: '2026-03-01T00:00:00.000Z', to: null });
  });
});
