// The header search and the header on a phone, in real Chromium against the built server with demo data: the demo
// member opens the search with `/` and Ctrl-K and finds an asset, a colleague and one of their deals; then, on a
// phone-sized screen, the header fits, the burger opens and closes the navigation and the search icon opens search.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSession, journey, signIn } from './harness.mjs';

const MEMBER = { email: 'sofia.rossi@byline.demo', password: 'byline-demo', name: 'Sofia Rossi' };
// Demo content: an asset Sofia co-wrote, a colleague of her team, and an open deal she owns.
const ASSET_TITLE = 'Battlecard: displacing Quantix in enterprise replacement cycles';
const COLLEAGUE = 'Lars Nilsson';
const DEAL = 'Orbis Payments – MG Special';

describe('global search and the phone header', { timeout: 300_000 }, () => {
  const e2e = browserSession({ prefix: 'search-' });
  const { pageErrors, shot } = e2e;
  let server;
  let page;
  const step = journey(it, shot);

  const url = (path) => `${server.baseUrl}${path}`;
  const dialog = () => page.getByRole('dialog');
  const searchBox = () => dialog().getByRole('textbox', { name: 'Search assets, people and deals' });
  const group = (label) => dialog().getByRole('group', { name: label });
  const horizontalOverflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('signs the demo member in; the header shows the search with its shortcut', async () => {
    await signIn(page, server.baseUrl, MEMBER);
    const trigger = page.getByRole('button', { name: /^Search/ });
    await trigger.waitFor();
    assert.match(await trigger.innerText(), /K/);
    await shot('01-desktop-header');
  });

  step('opens with /, says what it finds, and finds an asset by part of its title', async () => {
    await page.getByRole('heading', { name: 'Feed' }).waitFor();
    await page.keyboard.press('/');
    await searchBox().waitFor();
    await dialog().getByText('Find assets by title or content').waitFor();
    await searchBox().pressSequentially('displacing quan');
    const asset = group('Assets').getByRole('button', { name: new RegExp(ASSET_TITLE.slice(0, 30)) });
    await asset.waitFor();
    assert.match(await asset.innerText(), /Enablement/);
    assert.match(await asset.innerText(), /Sofia Rossi/);
    await shot('02-search-asset');
  });

  step('Enter opens the asset page', async () => {
    await searchBox().press('Enter');
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: ASSET_TITLE }).first().waitFor();
    await dialog().waitFor({ state: 'detached' });
  });

  step('opens with Ctrl-K and finds a colleague under People, and a deal of theirs under Deals', async () => {
    await page.keyboard.press('Control+k');
    await searchBox().waitFor();
    assert.equal(await searchBox().inputValue(), '', 'a new search starts empty');
    await searchBox().pressSequentially('lars nil');
    const person = group('People').getByRole('button', { name: new RegExp(COLLEAGUE) });
    await person.waitFor();
    assert.match(await person.innerText(), /EMEA Enterprise/);
    await shot('03-search-person');
    await searchBox().fill('orbis');
    // The demo has several deals of that name; the member's own come first.
    const deal = group('Deals')
      .getByRole('button', { name: new RegExp(DEAL) })
      .first();
    await deal.waitFor();
    assert.match(await deal.innerText(), /Engaging · Sofia Rossi/);
    await shot('04-search-deal');
  });

  step('arrow keys move to the deal and Enter opens it', async () => {
    // The deal is below the assets matching "orbis": move down until it is the selected result.
    const deal = group('Deals')
      .getByRole('button', { name: new RegExp(DEAL) })
      .first();
    for (let i = 0; i < 12 && (await deal.getAttribute('data-selected')) === null; i++) {
      await searchBox().press('ArrowDown');
    }
    assert.equal(await deal.getAttribute('data-selected'), 'true');
    await searchBox().press('Enter');
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: DEAL }).first().waitFor();
    await dialog().waitFor({ state: 'detached' });
  });

  step('says so in words when nothing matches', async () => {
    await page.keyboard.press('/');
    await searchBox().pressSequentially('qxzvwplk');
    await dialog().getByText('No results for “qxzvwplk”.').waitFor();
    await shot('05-search-no-results');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  step('on a phone the header fits, the burger opens the navigation and following a link closes it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Feed' }).waitFor();
    assert.equal(await horizontalOverflow(), 0, 'no sideways scroll');
    const header = await page.getByRole('banner').boundingBox();
    assert.ok(header && header.width <= 390);
    const controls = {
      'the menu button': page.getByRole('button', { name: 'Open navigation', exact: true }),
      'the brand': page.getByRole('link', { name: 'Byline', exact: true }),
      'the search button': page.getByRole('button', { name: 'Search', exact: true }),
      'the account menu': page.getByTestId('account-menu'),
    };
    for (const [name, control] of Object.entries(controls)) {
      const box = await control.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${name} is on screen`);
    }
    await shot('06-phone-header');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Library' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Feed' }).getAttribute('aria-current'), 'page');
    await shot('07-phone-navigation');
    await nav.getByRole('link', { name: 'Library' }).click();
    await page.waitForURL(url('/library'));
    await nav.waitFor({ state: 'hidden' });
    assert.equal(await page.getByRole('button', { name: 'Open navigation' }).getAttribute('aria-expanded'), 'false');
    assert.equal(await horizontalOverflow(), 0, 'no sideways scroll on the library either');
  });

  step('on a phone the search icon opens the search', async () => {
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await searchBox().pressSequentially('lars');
    await group('People')
      .getByRole('button', { name: new RegExp(COLLEAGUE) })
      .waitFor();
    await shot('08-phone-search');
    await page.keyboard.press('Escape');
  });

  step('a keyboard user can skip to the content', async () => {
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Feed' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    assert.ok(await skip.evaluate((el) => el === document.activeElement));
    await shot('09-skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  });

  it('raised no errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
