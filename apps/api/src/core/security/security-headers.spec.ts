import { describe, expect, it } from '@jest/globals';
import { frameAncestorsFor, securityHeaders } from './security-headers.js';

describe('who may frame a page', () => {
  const crmPanel = { path: /^\/embed\//, ancestors: ['https://crm.example.com'] };

  it('is nobody unless the page is listed as frameable', () => {
    expect(frameAncestorsFor('/embed/deals/42?token=x', [])).toEqual([]);
    expect(frameAncestorsFor('/library', [crmPanel])).toEqual([]);
    expect(frameAncestorsFor('/library?next=/embed/x', [crmPanel])).toEqual([]);
    expect(frameAncestorsFor('/embed/deals/42?token=x', [crmPanel])).toEqual(['https://crm.example.com']);
  });

  it('forbids framing outright, or names the listed origins and drops X-Frame-Options', () => {
    const closed = securityHeaders('n0nce', []);
    expect(closed.xFrameOptions).toEqual({ action: 'deny' });
    const framed = securityHeaders('n0nce', crmPanel.ancestors);
    expect(framed.xFrameOptions).toBe(false);
    const directives = (options: typeof closed) =>
      (options.contentSecurityPolicy as { directives: Record<string, string[]> }).directives;
    expect(directives(closed).frameAncestors).toEqual(["'none'"]);
    expect(directives(framed).frameAncestors).toEqual(['https://crm.example.com']);
  });
});
