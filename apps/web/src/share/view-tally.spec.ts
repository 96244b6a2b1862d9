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

  it('sends tenths of a second, carries the rest, and never gives a page more than the visible seconds', () => {
    const tally = new ViewTally();
    tally.add(1.55, 1);
    tally.add(1.44, 2);
    expect(tally.take(2)).toEqual({ visibleSeconds: 2.9, pages: { '1': 1.5, '2': 1.4 }, page: 2 });
    tally.add(0.06, 2);
    // 0.09 + 0.06 visible; page 1 keeps its 0.05, page 2 has 0.04 + 0.06.
    expect(tally.take(2)).toEqual({ visibleSeconds: 0.1, pages: { '2': 0.1 }, page: 2 });
    tally.add(0.04, 2);
    expect(tally.take(2)).toBeNull();
  });

  it('reports a page turn at once, even within the same second', () => {
    const tally = new ViewTally();
    tally.add(2, 1);
    expect(tally.take(1)).toEqual({ visibleSeconds: 2, pages: { '1': 2 }, page: 1 });
    tally.add(0.02, 1);
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
