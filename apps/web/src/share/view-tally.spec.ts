import { describe, expect, it } from '@jest/globals';
import { ViewTally, newViewerId } from './view-tally';

describe('ViewTally', () => {
  it('says nothing before anything was visible', () => {
    const tally = new ViewTally();
    expect(tally.take(1)).toBeNull();
    tally.add(0, 1);
    expect(tally.take(1)).toBeNull();
  });

  it('sends deltas: what a beacon carried is not sent again', () => {
    const tally = new ViewTally();
    tally.add(3, 1);
    tally.add(2, 1);
    expect(tally.take(1)).toEqual({ visibleSeconds: 5, pages: { '1': 5 }, page: 1 });
    expect(tally.take(1)).toBeNull();
    tally.add(4, 1);
    expect(tally.take(1)).toEqual({ visibleSeconds: 4, pages: { '1': 4 }, page: 1 });
  });

  it('carries fractions to the next beacon and never gives a page more than the visible seconds', () => {
    const tally = new ViewTally();
    tally.add(1.5, 1);
    tally.add(1.4, 2);
    const first = tally.take(2);
    expect(first).toEqual({ visibleSeconds: 2, pages: { '1': 1, '2': 1 }, page: 2 });
    tally.add(0.6, 2);
    // 0.9 + 0.6 visible; page 1 keeps its 0.5, page 2 has 1.0.
    expect(tally.take(2)).toEqual({ visibleSeconds: 1, pages: { '2': 1 }, page: 2 });
  });

  it('reports a page turn at once, even within the same second', () => {
    const tally = new ViewTally();
    tally.add(2, 1);
    expect(tally.take(1)).toEqual({ visibleSeconds: 2, pages: { '1': 2 }, page: 1 });
    tally.add(0.2, 1);
    expect(tally.take(2)).toEqual({ visibleSeconds: 0, pages: {}, page: 2 });
    expect(tally.take(2)).toBeNull();
  });

  it('counts time without a PDF as visible time only', () => {
    const tally = new ViewTally();
    tally.add(6, null);
    expect(tally.take(null)).toEqual({ visibleSeconds: 6, pages: {}, page: null });
  });
});

describe('newViewerId', () => {
  it('is 22 characters of base64url', () => {
    const id = newViewerId((bytes) => bytes.fill(255));
    expect(id).toHaveLength(22);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newViewerId((bytes) => bytes.fill(251))).toContain('-');
  });
});
