import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PAGE_PRELOADS_FILE, loadPageHints, routePattern } from './page-preloads.js';

describe('routePattern', () => {
  it('matches a route as React Router does at the end of a path', () => {
    const asset = routePattern('/assets/:id');
    expect(asset.test('/assets/7f3c')).toBe(true);
    expect(asset.test('/assets/7f3c/')).toBe(true);
    expect(asset.test('/assets/7f3c/edit')).toBe(false);
    expect(asset.test('/assets')).toBe(false);
    expect(routePattern('/').test('/')).toBe(true);
    expect(routePattern('/').test('/library')).toBe(false);
  });
});

describe('loadPageHints', () => {
  const dist = mkdtempSync(join(tmpdir(), 'byline-hints-'));
  writeFileSync(
    join(dist, PAGE_PRELOADS_FILE),
    JSON.stringify([
      {
        path: '/library',
        scripts: ['/static/LibraryPage-a1.js', '/evil.js"><script>'],
        styles: ['/static/LibraryPage-b2.css'],
      },
      { path: '/assets/:id', scripts: ['/static/AssetPage-c3.js'], styles: [] },
    ]),
  );
  const hints = loadPageHints(dist, 'NONCE');

  it("names the page's own styles and scripts, with the page's nonce", () => {
    expect(hints('/library')).toBe(
      '<link rel="stylesheet" crossorigin href="/static/LibraryPage-b2.css" nonce="NONCE">\n    ' +
        '<link rel="modulepreload" crossorigin href="/static/LibraryPage-a1.js" nonce="NONCE">',
    );
    expect(hints('/assets/42')).toContain('/static/AssetPage-c3.js');
  });

  it('adds nothing for a path no landing page answers, or without a build list', () => {
    expect(hints('/admin')).toBe('');
    expect(loadPageHints(mkdtempSync(join(tmpdir(), 'byline-none-')), 'NONCE')('/library')).toBe('');
  });
});
