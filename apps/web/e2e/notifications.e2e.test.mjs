// The notification centre in real Chromium against the built server with the demo organisation: Sofia has read
// everything; a new colleague copies one of her assets and the bell counts it live; the dropdown and the
// Notifications page list it; the unread filter and "Mark all read" clear the count; the digest setting says that
// this server has no mail server. At 375 px the page and the bell's dropdown still fit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  accessibilityViolations,
  api as apiAt,
  apiLogin as apiLoginAt,
  browserSession,
  journey,
  signIn as signInAt,
} from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const ADMIN = { email: 'admin@byline.demo', password: PASSWORD };

const suffix = Date.now().toString(36);
const colleague = { name: `Bea Bell ${suffix}`, email: `bea.${suffix}@byline.test`, password: 'bea-bell-password' };

describe('notifications: the bell, the page, mark read', { timeout: 300_000 }, () => {
  const e2e = browserSession({ prefix: 'notifications-' });
  const { pageErrors, shot } = e2e;
  let server;
  let page;
  let asset;

  const url = (path) => `${server.baseUrl}${path}`;
  const api = (query, variables, token) => apiAt(server.baseUrl, query, variables, token);
  const bell = () => page.getByTestId('notification-bell');
  const count = () => page.locator('[data-testid="bell-count"] .mantine-Indicator-indicator');
  const step = journey(it, shot);

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('Sofia has read everything: the bell shows no count', async () => {
    const sofia = await apiLogin(SOFIA);
    // The demo's year of credit left her notifications; start from none unread.
    await api('mutation { markNotificationsRead(ids: null) }', {}, sofia.token);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAt(page, server.baseUrl, SOFIA);
    await bell().waitFor();
    assert.equal(await bell().getAttribute('aria-label'), 'Notifications');
    assert.equal(await count().count(), 0);
    const { assets } = await api(
      'query ($a: ID!) { assets(filter: { authorId: $a }, first: 1) { edges { node { id title } } } }',
      { a: sofia.user.id },
      sofia.token,
    );
    asset = assets.edges[0].node;
  });

  step('A colleague copies her asset: the bell counts it live and the dropdown lists it', async () => {
    const admin = await apiLogin(ADMIN);
    await api(
      'mutation ($n: String!, $e: String!, $p: String!) { createUser(name: $n, email: $e, password: $p, role: MEMBER) { id } }',
      { n: colleague.name, e: colleague.email, p: colleague.password },
      admin.token,
    );
    const bea = await apiLogin(colleague);
    await page.waitForTimeout(1000);
    await api(
      'mutation ($i: RecordReuseInput!) { recordReuse(input: $i) { pointsAwarded } }',
      { i: { assetId: asset.id, kind: 'COPY', clientEventId: `bell-${suffix}` } },
      bea.token,
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid="bell-count"] .mantine-Indicator-indicator')?.textContent === '1',
    );
    assert.equal(await bell().getAttribute('aria-label'), 'Notifications, 1 unread');
    // The credit toast still comes, once.
    await page.locator('.byline-credit-toast').first().waitFor();
    assert.equal(await page.locator('.byline-share-toast').count(), 0);
    await bell().click();
    const dropdown = page.getByTestId('bell-dropdown');
    const first = dropdown.getByTestId('notification-item').first();
    await first.waitFor();
    const text = await first.innerText();
    assert.match(text, /credit/i);
    assert.ok(text.includes(`${colleague.name} reused “${asset.title}”`), text);
    await shot('01-bell-dropdown');
    // The credit toast (checked in the credit journey) goes first; the dropdown is checked on its own.
    await page.locator('.byline-credit-toast').first().waitFor({ state: 'detached', timeout: 15_000 });
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  step('The Notifications page lists it; the unread filter shows only unread', async () => {
    await page.getByTestId('bell-dropdown').getByRole('link', { name: 'See all notifications' }).click();
    await page.waitForURL(url('/notifications'));
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const items = page.getByTestId('notification-list').getByTestId('notification-item');
    await items.first().waitFor();
    assert.ok((await items.first().innerText()).includes(colleague.name));
    await page.getByTestId('notification-filter').getByText('Unread (1)').click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="notification-list"] [data-testid="notification-item"]').length === 1,
    );
    assert.equal(await items.first().getAttribute('data-unread'), 'true');
    await page.getByTestId('digest-unavailable').waitFor();
    await shot('02-page-unread');
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  step('Mark all read clears the count and the unread list', async () => {
    await page.getByTestId('mark-all-read').click();
    await page.getByTestId('notifications-empty').waitFor();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="bell-count"] .mantine-Indicator-indicator'),
    );
    assert.equal(await bell().getAttribute('aria-label'), 'Notifications');
    await page.getByTestId('notification-filter').getByText('All', { exact: true }).click();
    await items().first().waitFor();
    assert.equal(await items().first().getAttribute('data-unread'), null);
    await shot('03-all-read');

    function items() {
      return page.getByTestId('notification-list').getByTestId('notification-item');
    }
  });

  step('She chooses a weekly digest; opening a notification goes where it leads', async () => {
    await page.getByTestId('digest-choice').getByText('Weekly', { exact: true }).click();
    await page.getByText('You will get a weekly digest of what you have not read.').waitFor();
    await page.reload();
    await page.getByTestId('digest-choice').waitFor();
    assert.equal(
      await page.getByTestId('digest-choice').locator('input[value="WEEKLY"]').isChecked(),
      true,
      'the choice is kept',
    );
    await page
      .getByTestId('notification-list')
      .getByTestId('notification-item')
      .first()
      .getByRole('button')
      .first()
      .click();
    await page.waitForURL(url(`/assets/${asset.id}`));
  });

  step('At 375 px the page and the dropdown fit the screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(url('/notifications'));
    await page.getByTestId('notification-list').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll (${overflow}px)`);
    await shot('04-phone-page');
    await bell().click();
    const box = await page.getByTestId('bell-dropdown').boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `the dropdown fits: ${JSON.stringify(box)}`);
    await shot('05-phone-dropdown');
    assert.deepEqual(pageErrors, []);
  });

  async function apiLogin(person) {
    return apiLoginAt(server.baseUrl, person);
  }
});
