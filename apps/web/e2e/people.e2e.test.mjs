// People in real Chromium against the built server with demo data: the demo member opens a colleague's profile from
// an author name on an asset page; the enablement lead asks who to ask about Retail and opens the first expert.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSession, journey, signIn, signOut } from './harness.mjs';

const MEMBER = { email: 'sofia.rossi@byline.demo', password: 'byline-demo', name: 'Sofia Rossi' };
const ENABLEMENT = { email: 'jonas.weber@byline.demo', password: 'byline-demo', name: 'Jonas Weber' };
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('people', { timeout: 300_000 }, () => {
  const e2e = browserSession({ prefix: 'people-', browser: { viewport: DESKTOP } });
  const { pageErrors, shot } = e2e;
  let server;
  let page;

  const url = (path) => `${server.baseUrl}${path}`;
  const step = journey(it, shot);

  /** Takes the phone-sized shot and checks nothing scrolls sideways, then goes back to the desktop size. */
  const phoneShot = async (name) => {
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 390 px`);
    await shot(name);
    await page.setViewportSize(DESKTOP);
  };

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step("opens a colleague's profile from an author name on an asset page", async () => {
    await signIn(page, server.baseUrl, MEMBER);
    await page.goto(url('/library?q=Land-and-expand'));
    // Author names on library cards are profile links too.
    await page.getByTestId('asset-card').first().getByRole('link', { name: 'Marcus Lee' }).waitFor();
    await shot('00-library');
    await page.getByTestId('asset-card-title').filter({ hasText: 'Land-and-expand playbook' }).first().click();
    await page.getByTestId('author-row').first().waitFor();
    await page.getByTestId('author-row').getByRole('link', { name: 'Marcus Lee' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Marcus Lee', level: 1 }).waitFor();
  });

  step('shows their assets, endorsements with comments and expertise', async () => {
    const assets = page.getByTestId('person-asset');
    await assets.first().waitFor();
    assert.ok((await assets.count()) >= 2, 'several assets are listed');
    assert.ok(
      await assets.filter({ hasText: 'Land-and-expand playbook' }).count(),
      'the asset we came from is among them',
    );
    assert.match(await assets.first().innerText(), /Lead author|Co-author/);
    const endorsements = page.getByTestId('person-endorsement');
    await endorsements.first().waitFor();
    assert.ok(await endorsements.filter({ hasText: 'it made the difference' }).count(), 'comments are shown');
    const retail = page.getByTestId('expertise-chip').filter({ hasText: 'Retail' });
    await retail.waitFor();
    assert.equal(
      await retail.getAttribute('href'),
      '/library?industry=Retail',
      'an expertise chip opens the library filtered by it',
    );
    await page.getByTestId('person-reach').getByText('Copies').waitFor();
    // A member may not read a colleague's credit: no figures, no link to the statement.
    assert.equal(await page.getByRole('link', { name: 'Credit statement' }).count(), 0);
    await shot('01-profile-desktop');
    await phoneShot('02-profile-phone');
  });

  step('tells a member in plain words that who to ask is not for them', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByText('Who to ask is for enablement, managers and admins').waitFor();
    assert.equal(await page.getByTestId('expert-topic').count(), 0);
    await signOut(page, server.baseUrl);
  });

  step('asks who to ask about Retail as the enablement lead', async () => {
    await signIn(page, server.baseUrl, ENABLEMENT);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('textbox', { name: 'Who to ask about…' }).fill('Retail');
    await page.getByRole('button', { name: 'Find people' }).click();
    const experts = page.getByTestId('expert');
    await experts.first().waitFor();
    assert.ok((await experts.count()) >= 2, 'several people know about Retail');
    assert.match(await experts.first().innerText(), /\d+ assets?[\s\S]*\d+ endorsements?/);
    await shot('03-experts-desktop');
    await phoneShot('04-experts-phone');
  });

  step('opens the first expert', async () => {
    const first = page.getByTestId('expert-name').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByTestId('expertise-chip').filter({ hasText: 'Retail' }).waitFor();
    await shot('05-expert-profile');
    assert.deepEqual(pageErrors, []);
  });
});
