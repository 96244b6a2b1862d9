// The knowledge-flow dashboard in real Chromium on the demo organisation: Sofia, a member, searches twice for
// something the library does not have; Jonas, in enablement, opens Knowledge flow from the navigation and sees who
// learns from whom between the demo's teams, Sofia's search as a content gap counted twice, and dead content that
// links to its asset. A member has no such entry and is refused by the API. The same page on a phone.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { SCREENSHOTS, accessibilityViolations, api, apiLogin, browserSession, journey, signIn } from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const JONAS = { email: 'jonas.weber@byline.demo', password: PASSWORD, name: 'Jonas Weber' };
const GAP = 'sovereign cloud rebate';
const SEARCH = 'query ($q: String!) { globalSearch(query: $q) { assets { id } } }';

describe('the knowledge-flow dashboard', { timeout: 600_000 }, () => {
  const session = browserSession({ prefix: 'flow-', browser: { viewport: { width: 1280, height: 900 } } });
  let server;
  let page;
  const step = journey(it, session.shot);

  before(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    ({ server, page } = await session.start());
  });
  after(() => session.stop());

  step('a member searches twice for what the library does not have, and may not read the dashboard', async () => {
    const { token } = await apiLogin(server.baseUrl, SOFIA);
    for (const text of [GAP, `  Sovereign  Cloud REBATE `]) {
      const { globalSearch } = await api(server.baseUrl, SEARCH, { q: text }, token);
      assert.deepEqual(globalSearch.assets, [], 'the search finds nothing');
    }
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ knowledgeFlow { scope } }' }),
    });
    const body = await response.json();
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    await signIn(page, server.baseUrl, SOFIA);
    assert.equal(await page.getByRole('link', { name: 'Knowledge flow' }).count(), 0, 'no nav entry for a member');
  });

  step('enablement opens the dashboard from the navigation and sees the matrix', async () => {
    await page.context().clearCookies();
    await signIn(page, server.baseUrl, JONAS);
    await page.getByRole('link', { name: 'Knowledge flow' }).first().click();
    await page.waitForURL(`${server.baseUrl}/flow`);
    const matrix = page.getByTestId('reuse-matrix');
    await matrix.waitFor();
    // The demo's sellers reuse what enablement writes: that cell has reuses.
    const cell = page.locator(
      '[data-testid="reuse-matrix-cell"][data-from="Sales Enablement"][data-to="EMEA Enterprise"]',
    );
    const reuses = Number((await cell.textContent()).replace(/[^\d.]/g, ''));
    assert.ok(reuses > 0, `EMEA Enterprise reused Sales Enablement's knowledge (${reuses})`);
    assert.ok((await page.getByTestId('reuse-matrix-cell').count()) >= 9, 'the four teams make a matrix');
    await session.shot('dashboard');
  });

  step('the content gap shows with its count, and dead content links to the asset', async () => {
    const gaps = page.getByTestId('flow-gaps');
    const summary = await gaps.getByTestId('content-gaps-chart').getAttribute('data-summary');
    assert.match(summary, /“sovereign cloud rebate”, 2 times/);
    await gaps.getByTestId('chart-table-toggle').click();
    const row = gaps.getByTestId('chart-table').getByRole('row').filter({ hasText: GAP });
    assert.equal((await row.getByRole('cell').allTextContents()).slice(1, 2).join(), '2');
    await gaps.scrollIntoViewIfNeeded();
    await session.shot('content-gap');

    const dead = page.getByTestId('flow-dead');
    await dead.scrollIntoViewIfNeeded();
    const first = dead.getByTestId('dead-asset').first().getByRole('link');
    const title = await first.textContent();
    assert.deepEqual(await accessibilityViolations(page), []);
    await first.click();
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  });

  step('the dashboard reads on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.baseUrl}/flow?days=365`);
    await page.getByTestId('reuse-matrix').waitFor();
    await page.getByTestId('adoption-chart').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `nothing wider than the phone (${overflow}px over)`);
    await session.shot('phone');
    await page.getByTestId('flow-adoption').scrollIntoViewIfNeeded();
    await session.shot('phone-adoption');
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(session.pageErrors, []);
  });
});
