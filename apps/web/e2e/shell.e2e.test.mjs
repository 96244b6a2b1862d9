// The app shell journey in real Chromium against the built server with demo data:
// admin signs in, creates a team and a member, signs out; the member signs in and walks every page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSession, journey, signIn as signInAt, signOut } from './harness.mjs';

const DEMO_ADMIN = { email: 'admin@byline.demo', password: 'byline-demo' };

const suffix = Date.now().toString(36);
const team = { name: `E2E Team ${suffix}` };
const member = {
  name: `Mia Member ${suffix}`,
  email: `mia.${suffix}@byline.test`,
  title: 'Account Executive',
  password: 'mia-member-password',
};

describe('app shell', { timeout: 300_000 }, () => {
  const e2e = browserSession();
  const { pageErrors, shot } = e2e;
  let server;
  let page;

  const url = (path) => `${server.baseUrl}${path}`;

  const pathname = () => new URL(page.url()).pathname;

  const signIn = async (person) => {
    await signInAt(page, server.baseUrl, person);
    assert.equal(pathname(), '/', 'signing in lands on the feed');
  };

  const nav = () => page.getByRole('navigation', { name: 'Main navigation' });

  const step = journey(it, shot);

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('sends a visitor to the login page', async () => {
    await page.goto(url('/'));
    await page.waitForURL(url('/login'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot('01-login');
  });

  step('shows a clear error for a wrong password', async () => {
    await page.getByLabel('Work email').fill(DEMO_ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('login-error').waitFor();
    assert.equal(pathname(), '/login');
    await shot('02-login-wrong-password');
  });

  step('signs the demo admin in to the feed, with the Admin link', async () => {
    await signIn(DEMO_ADMIN);
    await page.getByRole('heading', { name: 'Feed' }).waitFor();
    await nav().getByRole('link', { name: 'Admin' }).waitFor();
    assert.equal(await page.getByTestId('viewer-role').textContent(), 'Admin');
    await shot('03-admin-feed');
  });

  step('opens the admin page', async () => {
    await nav().getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(url('/admin'));
    await page.getByRole('heading', { name: 'Teams' }).waitFor();
    await page.getByTestId('user-row').first().waitFor();
    await shot('04-admin');
  });

  step('creates a team', async () => {
    await page.getByLabel('Team name').fill(team.name);
    await page.getByRole('button', { name: 'Create team' }).click();
    const row = page.getByTestId('team-row').filter({ hasText: team.name });
    await row.waitFor();
    assert.match(await row.innerText(), /No manager/);
    await shot('05-team-created');
  });

  step('creates a member in that team', async () => {
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.waitFor();
    await dialog.getByLabel('Name').fill(member.name);
    await dialog.getByLabel('Email').fill(member.email);
    await dialog.getByLabel('Title').fill(member.title);
    await dialog.getByLabel('Team', { exact: true }).click();
    await page.getByRole('option', { name: team.name }).click();
    await dialog.getByRole('textbox', { name: 'Initial password' }).fill(member.password);
    await shot('06-new-user-form');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The member's name carries this run's suffix, so the search narrows the table to exactly that row.
    await page.getByLabel('Search users').fill(member.name);
    await page.waitForFunction((email) => {
      const rows = document.querySelectorAll('[data-testid="user-row"]');
      return rows.length === 1 && rows[0].textContent.includes(email);
    }, member.email);
    const row = page.getByTestId('user-row');
    const text = await row.innerText();
    assert.match(text, new RegExp(member.name));
    assert.match(text, new RegExp(team.name));
    assert.match(text, /Member/);
    // The teams list was refetched after the mutation: the new team now has its member.
    const teamRow = page.getByTestId('team-row').filter({ hasText: team.name });
    await teamRow.getByRole('cell', { name: '1', exact: true }).waitFor();
    await shot('07-user-created');
  });

  step('publishes a new scoring policy version and lists it with its change', async () => {
    const badge = page.getByTestId('policy-version');
    const version = Number((await badge.innerText()).replace(/\D/g, ''));
    const pool = page.getByLabel('Won deal pool');
    const before = Number(await pool.inputValue());
    await pool.fill(String(before + 20));
    await page.getByRole('button', { name: `Publish version ${version + 1}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Publish scoring policy version ${version + 1}` });
    await dialog.getByText(`Won deal pool: ${before} → ${before + 20}`).waitFor();
    await shot('07a-policy-confirm');
    await dialog.getByRole('button', { name: `Publish version ${version + 1}` }).click();
    await badge.filter({ hasText: `Version ${version + 1}` }).waitFor();
    const newest = page.getByRole('table', { name: 'Scoring policy versions' }).getByRole('row').nth(1);
    assert.match(
      await newest.innerText(),
      new RegExp(`^${version + 1}\\s[\\s\\S]*Won deal pool: ${before} → ${before + 20}`),
    );
    assert.equal(await pool.inputValue(), String(before + 20));
    await shot('07b-policy-published');
  });

  step('logs out', async () => {
    await signOut(page, server.baseUrl);
    assert.equal(await page.evaluate(() => window.localStorage.getItem('byline.token')), null);
    await shot('08-logged-out');
  });

  step('signs the new member in, without the Admin link', async () => {
    await signIn(member);
    assert.equal(await page.getByTestId('viewer-name').textContent(), member.name);
    assert.equal(await page.getByTestId('viewer-role').textContent(), 'Member');
    await nav().getByRole('link', { name: 'Feed' }).waitFor();
    assert.equal(await nav().getByRole('link', { name: 'Admin' }).count(), 0);
    await shot('09-member-feed');
  });

  // `ready` names the test id that shows once a page has loaded its data.
  const pages = [
    { link: 'Library', path: '/library', heading: 'Library', ready: 'library-results' },
    { link: 'Leaderboards', path: '/leaderboards', heading: 'Leaderboards', ready: 'leaderboards' },
    { link: 'Win/Loss', path: '/win-loss', heading: 'Win/Loss' },
    { link: 'Reports', path: '/reports', heading: 'Reports', ready: 'reports' },
    { link: 'Feed', path: '/', heading: 'Feed', ready: 'feed' },
  ];
  for (const [index, target] of pages.entries()) {
    step(`shows the ${target.link} page to the member`, async () => {
      await nav().getByRole('link', { name: target.link }).click();
      await page.waitForURL(url(target.path));
      await page.getByRole('heading', { name: target.heading, level: 1 }).waitFor();
      if (target.ready) await page.getByTestId(target.ready).waitFor();
      await shot(`${String(10 + index).padStart(2, '0')}-member-${target.link.toLowerCase().replace('/', '-')}`);
    });
  }

  step('tells the member the admin page is for admins only', async () => {
    await page.goto(url('/admin'));
    await page.getByTestId('admins-only').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Teams' }).count(), 0);
    await shot('15-member-admin-refused');
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
