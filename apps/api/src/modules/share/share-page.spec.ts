import { describe, expect, it } from '@jest/globals';
import { escapeHtml, renderBody } from './share-page.js';
import { clampBeacon, parseBeacon, sessionAfter } from './share-view.service.js';
import { deviceClass, gateCookieEmail, gateCookieValue, isAutomated } from './share-token.util.js';

describe('the buyer page body', () => {
  it('keeps the Markdown and drops script, styles, frames, handlers and outside images', () => {
    const html = renderBody(
      [
        '# Results',
        '**Bold** and [a link](https://example.com/x) and [bad](javascript:alert(1))',
        '<script>alert(1)</script><iframe src="https://evil.test"></iframe>',
        '<p style="color:red" onclick="alert(1)">styled</p>',
        '![tracker](https://tracker.test/p.gif) ![local](/static/logo.png) ![inline](data:image/png;base64,AAAA)',
      ].join('\n\n'),
    );
    expect(html).toContain('<h1>Results</h1>');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain(
      '<a href="https://example.com/x" rel="noopener noreferrer nofollow" target="_blank">a link</a>',
    );
    for (const gone of ['<script', 'iframe', 'style=', 'onclick', 'javascript:', 'tracker.test']) {
      expect(html).not.toContain(gone);
    }
    expect(html).toContain('src="/static/logo.png"');
    expect(html).toContain('src="data:image/png;base64,AAAA"');
  });

  it('escapes text for content and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('view beacons', () => {
  const viewer = 'tab-0123456789abcdef';

  it('refuses what is not a beacon, with a message', () => {
    for (const body of ['{', [], { viewer: 'short', visibleSeconds: 1 }, { viewer, visibleSeconds: -1 }]) {
      expect(typeof parseBeacon(body)).toBe('string');
    }
    expect(typeof parseBeacon({ viewer, visibleSeconds: 1, pages: { '0': 1 } })).toBe('string');
    expect(typeof parseBeacon({ viewer, visibleSeconds: 1, page: 1.5 })).toBe('string');
    expect(parseBeacon(JSON.stringify({ viewer, visibleSeconds: 2, pages: { '3': 2 }, page: 3 }))).toEqual({
      viewer,
      visibleSeconds: 2,
      pages: { '3': 2 },
      page: 3,
    });
  });

  it('adds at most the wall time since the previous beacon plus 5 s, and pages at most the visible time', () => {
    expect(clampBeacon({ visibleSeconds: 120, pages: {} }, 0).visible).toBe(5);
    expect(clampBeacon({ visibleSeconds: 120, pages: {} }, 30).visible).toBe(35);
    expect(clampBeacon({ visibleSeconds: 10, pages: {} }, 300).visible).toBe(10);
    const { pages } = clampBeacon({ visibleSeconds: 10, pages: { '1': 10, '2': 10 } }, 60);
    expect(pages['1'] + pages['2']).toBeCloseTo(10);
  });

  it('counts a session after 5 s visible or a second page', () => {
    const beacon = (visibleSeconds: number, page: number | null) => ({ viewer, visibleSeconds, pages: {}, page });
    expect(sessionAfter(null, beacon(4, null)).counted).toBe(false);
    expect(sessionAfter(null, beacon(5, null)).counted).toBe(true);
    const open = { visibleSeconds: 1, pageSeconds: { '1': 1 }, idleSeconds: 1 };
    expect(sessionAfter(open, beacon(0, 1)).counted).toBe(false);
    expect(sessionAfter(open, beacon(0, 2))).toEqual({
      visibleSeconds: 1,
      pageSeconds: { '1': 1, '2': 0 },
      counted: true,
    });
  });
});

describe('requests that are not people', () => {
  const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

  it('tells previews, scanners and prefetches from a reader', () => {
    expect(isAutomated('GET', { 'user-agent': browser })).toBe(false);
    expect(isAutomated('HEAD', { 'user-agent': browser })).toBe(true);
    expect(isAutomated('GET', { 'user-agent': browser, 'sec-purpose': 'prefetch;prerender' })).toBe(true);
    expect(isAutomated('GET', { 'user-agent': browser, 'x-moz': 'prefetch' })).toBe(true);
    expect(isAutomated('GET', { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' })).toBe(
      true,
    );
    expect(isAutomated('GET', {})).toBe(true);
  });

  it('classes devices as phone, tablet or desktop', () => {
    expect(
      deviceClass('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148'),
    ).toBe('phone');
    expect(deviceClass('Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148')).toBe(
      'tablet',
    );
    expect(deviceClass(browser)).toBe('desktop');
  });

  it('binds a gate cookie to its link and its email', () => {
    const cookie = gateCookieValue('secret', 'link-a', 'buyer@example.com');
    expect(gateCookieEmail('secret', 'link-a', cookie)).toBe('buyer@example.com');
    expect(gateCookieEmail('secret', 'link-b', cookie)).toBeNull();
    expect(gateCookieEmail('other', 'link-a', cookie)).toBeNull();
    const forged = `${Buffer.from('boss@example.com').toString('base64url')}.${cookie.split('.')[1]}`;
    expect(gateCookieEmail('secret', 'link-a', forged)).toBeNull();
  });
});
