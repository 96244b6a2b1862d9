// The review queue in real Chromium against the built server: a member sees no Review queue link and is refused the
// page; Jonas, in enablement, opens it from the navigation, finds the demo's overdue assets riskiest first (most open
// deals, then most reused), sees the "may be out of date" mark on the riskiest asset's page, verifies it from the
// queue, and it leaves the queue. The same page on a phone. Priya, an admin, sets a kind's review interval.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { SCREENSHOTS, accessibilityViolations, browserSession, journey, signIn, signOut } from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const JONAS = { email: 'jonas.weber@byline.demo', password: PASSWORD, name: 'Jonas Weber' };
const PRIYA = { email: 'admin@byline.demo', password: PASSWORD, name: 'Priya Raman' };

const figure = async (item, testId) => Number((await item.getByTestId(testId).textContent()).replace(/[^\d]/g, ''));

describe('the review queue: enablement verifies the riskiest overdue asset', { timeout: 600_000 }, () => {
  const session = browserSession({ prefix: 'review-queue-', browser: { viewport: { width: 1280, height: 900 } } });
  let server;
  let page;
  let riskiest;
  const step = journey(it, session.shot);

  before(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    ({ server, page } = await session.start());
  });
  after(() => session.stop());

  step('a member sees no Review queue link, and the page is not for her', async () => {
    await signIn(page, server.baseUrl, SOFIA);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Feed' }).waitFor({ state: 'attached' });
    assert.equal(await nav.getByRole('link', { name: 'Review queue' }).count(), 0);
    await page.goto(`${server.baseUrl}/review-queue`);
    await page.getByTestId('review-queue-not-allowed').waitFor();
    assert.equal(await page.getByTestId('review-queue-item').count(), 0);
    await signOut(page, server.baseUrl);
  });

  step('enablement opens the queue from the navigation: overdue assets, riskiest first', async () => {
    await signIn(page, server.baseUrl, JONAS);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Review queue' }).click();
    await page.waitForURL(`${server.baseUrl}/review-queue`);
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    const items = page.getByTestId('review-queue-item');
    await items.first().waitFor();
    const count = await items.count();
    assert.ok(count >= 2, `the demo has overdue assets (${count})`);
    // Open deals first, then reuses: each item is no riskier than the one before it.
    const risks = [];
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      risks.push([await figure(item, 'queue-open-deals'), await figure(item, 'queue-reuses')]);
      assert.ok((await figure(item, 'queue-days-overdue')) >= 0);
      assert.ok((await item.getByTestId('queue-verifier').textContent()).length > 0, 'each shows its verifier');
    }
    for (let i = 1; i < risks.length; i++) {
      const [deals, reuses] = risks[i];
      const [prevDeals, prevReuses] = risks[i - 1];
      assert.ok(deals < prevDeals || (deals === prevDeals && reuses <= prevReuses), `item ${i} is ordered by risk`);
    }
    riskiest = {
      id: await items.first().getAttribute('data-asset-id'),
      title: (await items.first().getByRole('link').first().textContent()).trim(),
    };
    await session.shot('queue');
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  step('the riskiest asset’s page says it may be out of date and who verifies it', async () => {
    await page.goto(`${server.baseUrl}/assets/${riskiest.id}`);
    await page.getByTestId('asset-title').filter({ hasText: riskiest.title }).waitFor();
    const panel = page.getByTestId('asset-verification');
    await panel.getByTestId('out-of-date').waitFor();
    assert.match(await panel.getByTestId('verification-due').textContent(), /Review was due/);
    assert.match(await panel.getByTestId('verification-verifier').textContent(), /Verifier: \S+/);
    await panel.getByTestId('verify-button').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await session.shot('asset-out-of-date');
  });

  step('Jonas verifies it from the queue, and it leaves the queue', async () => {
    await page.goto(`${server.baseUrl}/review-queue`);
    const item = page.locator(`[data-testid="review-queue-item"][data-asset-id="${riskiest.id}"]`);
    await item.waitFor();
    await item.getByTestId('queue-verify').click();
    await item.waitFor({ state: 'detached' });
    assert.equal(await page.locator(`[data-asset-id="${riskiest.id}"]`).count(), 0);
    await page.getByText(`“${riskiest.title}” is verified.`).waitFor();
    await session.shot('verified');
    // Its page no longer carries the mark, and says who verified it.
    await page.goto(`${server.baseUrl}/assets/${riskiest.id}`);
    const panel = page.getByTestId('asset-verification');
    await panel.getByTestId('verification-last').filter({ hasText: 'by Jonas Weber' }).waitFor();
    assert.equal(await page.getByTestId('out-of-date').count(), 0);
    assert.match(await panel.getByTestId('verification-due').textContent(), /Next review due/);
  });

  step('Jonas names another verifier for it', async () => {
    const panel = page.getByTestId('asset-verification');
    await panel.getByTestId('change-verifier').click();
    await panel.getByLabel('New verifier').fill('Priya');
    await page.getByRole('option', { name: 'Priya Raman' }).click();
    await panel.getByRole('button', { name: 'Save verifier' }).click();
    await panel.getByTestId('verification-verifier').filter({ hasText: 'Priya Raman' }).waitFor();
    await page.getByText('Priya Raman now verifies it.').waitFor();
    await session.shot('verifier-changed');
  });

  step('on a phone the queue fits the screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.baseUrl}/review-queue`);
    await page.getByTestId('review-queue-item').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'nothing is wider than the screen');
    await session.shot('phone');
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(session.pageErrors, []);
  });

  step('an admin sets the review interval of a kind on the admin page', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOut(page, server.baseUrl);
    await signIn(page, server.baseUrl, PRIYA);
    await page.goto(`${server.baseUrl}/admin`);
    const row = page.locator('[data-testid="review-interval"][data-kind="CLIENT_FACING"]');
    await row.waitFor();
    const input = row.getByRole('textbox');
    assert.equal(await input.inputValue(), '90');
    await input.fill('60');
    await row.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Client-facing assets are now reviewed every 60 days.').waitFor();
    await page.reload();
    await page.locator('[data-testid="review-interval"][data-kind="CLIENT_FACING"]').getByRole('textbox').waitFor();
    assert.equal(
      await page
        .locator('[data-testid="review-interval"][data-kind="CLIENT_FACING"]')
        .getByRole('textbox')
        .inputValue(),
      '60',
    );
    await page.getByRole('heading', { name: 'Review intervals' }).scrollIntoViewIfNeeded();
    await session.shot('admin-intervals');
  });
});
