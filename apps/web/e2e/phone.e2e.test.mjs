// The phone journey in real Chromium on a 390 × 844 touch screen against the built server with demo data: Sofia finds
// content in the library (first result on the first screen, filters in a drawer with their count), opens a
// client-facing asset whose action bar stays on screen, copies it (the credit toast shows clear of the bar), opens the
// share-link dialog from the bar, and reads the deals list and the reports page without scrolling sideways.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSession, journey } from './harness.mjs';

const SOFIA = { email: 'sofia.rossi@byline.demo', password: 'byline-demo', name: 'Sofia Rossi' };
const PHONE = { width: 390, height: 844 };
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

describe('phone: library, asset actions, deals, reports', { timeout: 300_000 }, () => {
  const e2e = browserSession({
    prefix: 'phone-',
    browser: { viewport: PHONE, hasTouch: true, isMobile: true, userAgent: PHONE_UA, deviceScaleFactor: 2 },
  });
  const { pageErrors, shot } = e2e;
  let server;
  let context;
  let page;

  const url = (path) => `${server.baseUrl}${path}`;
  const step = journey(it, shot);

  /** The page is no wider than the screen: nothing to scroll sideways. */
  const assertNoSidewaysScroll = async (where) => {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    assert.ok(
      scrollWidth <= innerWidth,
      `${where} scrolls sideways: ${scrollWidth} px wide on a ${innerWidth} px screen`,
    );
  };

  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  const count = async () => Number((await page.getByTestId('library-count').textContent()).replace(/\D/g, ''));

  before(async () => {
    ({ server, context, page } = await e2e.start());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    // The header hides the viewer's name on a phone, so this waits for the feed rather than for the name.
    await page.goto(url('/login'));
    await page.getByLabel('Work email').fill(SOFIA.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(SOFIA.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(url('/'));
  });
  after(() => e2e.stop());

  step('shows the first library result on the first screen, with the search box', async () => {
    await page.goto(url('/library'));
    const first = page.getByTestId('asset-card-title').first();
    await first.waitFor();
    const box = await first.boundingBox();
    assert.ok(box.y + box.height <= PHONE.height, `the first result ends at ${box.y + box.height} px`);
    await page.getByRole('searchbox', { name: 'Search assets' }).waitFor();
    // The facets wait in the drawer.
    assert.equal(await page.getByTestId('library-facets').count(), 0);
    await assertNoSidewaysScroll('the library');
    await shot('01-library');
  });

  step('filters the library in a drawer that counts the active filters', async () => {
    const all = await count();
    const button = page.getByTestId('library-filters-button');
    assert.equal((await button.textContent()).trim(), 'Filters');
    await button.click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.waitFor();
    await shot('02-filters-drawer');
    await drawer
      .getByTestId('facet-kind')
      .getByRole('button', { name: /Client-facing/ })
      .click();
    await page.waitForURL((current) => current.searchParams.get('kind') === 'CLIENT_FACING');
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector('[data-testid="library-count"]').textContent.replace(/\D/g, '')) < before,
      all,
    );
    const filtered = await count();
    assert.ok(filtered > 0 && filtered < all, `${filtered} of ${all} assets are client-facing`);
    assert.equal((await button.textContent()).trim(), 'Filters · 1');
    await drawer.getByTestId('library-filters-apply').click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('active-filter').filter({ hasText: 'Client-facing' }).waitFor();
    await shot('03-library-filtered');
  });

  step('keeps the action bar of an asset on screen, clear of the content', async () => {
    // The first client-facing asset not authored by Sofia, so a copy credits its authors.
    await page
      .getByTestId('asset-card')
      .filter({ hasNotText: SOFIA.name })
      .first()
      .getByTestId('asset-card-title')
      .click();
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    const bar = page.getByTestId('asset-action-bar');
    await bar.getByRole('button', { name: 'Copy' }).waitFor();
    const box = await bar.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height + 1, 'the bar is inside the viewport');
    assert.ok(box.y > PHONE.height / 2, 'the bar sits at the bottom of the screen');
    // Scrolled to the end, the page's last section still ends above the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastCard = page.locator('main section:not([data-testid="asset-action-bar"])').last();
    const lastBox = await lastCard.boundingBox();
    const barAtEnd = await bar.boundingBox();
    assert.ok(lastBox.y + lastBox.height <= barAtEnd.y + 1, 'the end of the page is not hidden under the bar');
    await assertNoSidewaysScroll('the asset page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('04-asset-action-bar');
  });

  step('copies from the bar: the credit toast shows and does not cover the bar', async () => {
    const bar = page.getByTestId('asset-action-bar');
    await bar.getByRole('button', { name: 'Copy' }).click();
    const toast = page.locator('.mantine-Notification-root').filter({ hasText: /to the authors/ });
    await toast.waitFor();
    assert.match(await toast.innerText(), /^\+\d+ to the authors/);
    assert.ok((await page.evaluate(() => navigator.clipboard.readText())).length > 0, 'the body is on the clipboard');
    const toastBox = await toast.boundingBox();
    const barBox = await bar.boundingBox();
    assert.ok(!overlaps(toastBox, barBox), 'the toast does not overlap the action bar');
    assert.ok(toastBox.x >= 0 && toastBox.x + toastBox.width <= PHONE.width, 'the toast fits the screen');
    await shot('05-copied-toast');
  });

  step('opens the share-link dialog from the bar', async () => {
    await page.getByTestId('asset-action-bar').getByRole('button', { name: 'Share with customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with a customer' });
    await dialog.waitFor();
    await shot('06-share-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  step('lists the rest of the actions in the bar menu', async () => {
    await page.getByTestId('asset-more-actions').click();
    await page.getByRole('menuitem', { name: 'I shared it another way' }).waitFor();
    await page.getByRole('menuitem', { name: 'Download DOCX' }).waitFor();
    await shot('07-more-actions');
    await page.keyboard.press('Escape');
  });

  step('shows the deals as cards without sideways scrolling', async () => {
    await page.goto(url('/deals'));
    await page.getByTestId('deal-row').first().waitFor();
    assert.equal(await page.locator('[data-testid="deals-table"] th').count(), 0, 'no wide table on a phone');
    await assertNoSidewaysScroll('the deals list');
    await shot('08-deals');
    await page.getByTestId('deal-row').first().getByRole('link').click();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertNoSidewaysScroll('a deal');
    await shot('09-deal');
  });

  step('shows the reports page without sideways scrolling, its period switcher fitting', async () => {
    await page.goto(url('/reports'));
    await page.getByTestId('reports').waitFor();
    const picker = page.getByTestId('period-picker');
    await picker.getByLabel('Period', { exact: true }).waitFor();
    const box = await picker.boundingBox();
    assert.ok(box.x + box.width <= PHONE.width, 'the period switcher fits the screen');
    await page.waitForLoadState('networkidle');
    await assertNoSidewaysScroll('the reports page');
    await shot('10-reports');
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
