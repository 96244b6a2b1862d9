import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { useUrlParams, withUrlParams } from './useUrlParams';

describe('URL parameters', () => {
  it('sets and removes the named parameters and keeps the others', () => {
    const params = new URLSearchParams('period=MONTH&team=t1&q=pricing');
    const next = withUrlParams(params, { team: 't2', q: null, sort: 'NEWEST' });
    expect(next.toString()).toBe('period=MONTH&team=t2&sort=NEWEST');
    // The page's own params are never changed in place.
    expect(params.toString()).toBe('period=MONTH&team=t1&q=pricing');
  });

  it('removing a parameter that is not there changes nothing', () => {
    expect(withUrlParams(new URLSearchParams('a=1'), { b: null }).toString()).toBe('a=1');
  });

  it('gives a page the values its reader makes of the URL', () => {
    let seen: { metric: string; team: string | null } | null = null;
    function Probe() {
      seen = useUrlParams((params) => ({ metric: params.get('metric') ?? 'CREDIT', team: params.get('team') })).values;
      return null;
    }
    renderToString(createElement(MemoryRouter, { initialEntries: ['/leaderboards?team=t9'] }, createElement(Probe)));
    expect(seen).toEqual({ metric: 'CREDIT', team: 't9' });
  });
});
