// Single sign-on in real Chromium against the built server with demo data and a real OpenID provider (oidc-provider,
// with its development sign-in pages) started by this test: the login page offers "Sign in with Acme SSO"; Carol
// goes through the provider's sign-in and consent and lands on the feed signed in, her demo account linked by its
// verified email; someone whose email the provider did not verify is sent back to the login page, which says why.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import Provider from 'oidc-provider';
import { accessibilityViolations, browserSession, findFreePort, journey } from './harness.mjs';

const CAROL = { email: 'carol.jensen@byline.demo', name: 'Carol Jensen' };
const CLIENT = { id: 'byline-e2e', secret: `byline-e2e-secret-${Date.now().toString(36)}` };

/** A real OpenID provider on localhost; any login at its sign-in page is the account of that name. */
async function startProvider(redirectUri, accounts) {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    cookies: { keys: ['an-e2e-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) =>
      accounts[sub] ? { accountId: sub, claims: () => ({ sub, ...accounts[sub] }) } : undefined,
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  return { issuer, stop: () => new Promise((resolve) => server.close(resolve)) };
}

const port = await findFreePort();
const bylineUrl = `http://127.0.0.1:${port}`;
const provider = await startProvider(`${bylineUrl}/auth/oidc/callback`, {
  carol: { email: CAROL.email.toUpperCase(), email_verified: true, name: CAROL.name },
  unverified: { email: 'someone.new@byline.demo', email_verified: false, name: 'Someone New' },
});

describe('single sign-on with an OpenID provider', { timeout: 300_000 }, () => {
  const e2e = browserSession({
    prefix: 'oidc-',
    browser: { viewport: { width: 1280, height: 860 } },
    env: {
      PORT: String(port),
      BYLINE_PUBLIC_URL: bylineUrl,
      BYLINE_OIDC_ISSUER: provider.issuer,
      BYLINE_OIDC_CLIENT_ID: CLIENT.id,
      BYLINE_OIDC_CLIENT_SECRET: CLIENT.secret,
      BYLINE_OIDC_LABEL: 'Acme SSO',
    },
  });
  const { pageErrors, shot } = e2e;
  let page;
  const step = journey(it, shot);

  /** Through the provider's own pages: its sign-in form, then its consent. */
  const throughProvider = async (login) => {
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  };

  before(async () => {
    ({ page } = await e2e.start());
  });
  after(async () => {
    await e2e.stop();
    await provider.stop();
  });

  step('offers single sign-on beside the password form', async () => {
    await page.goto(`${bylineUrl}/login`);
    await page.getByRole('link', { name: 'Sign in with Acme SSO' }).waitFor();
    await page.getByLabel('Work email').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await shot('01-login-1280');
    await page.setViewportSize({ width: 375, height: 760 });
    await shot('01-login-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the login page scrolls sideways by ${overflow} px`);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  step("signs Carol in through the provider's pages and lands her on the feed", async () => {
    await page.getByRole('link', { name: 'Sign in with Acme SSO' }).click();
    await throughProvider('carol');
    await page.waitForURL(`${bylineUrl}/`);
    await page.getByTestId('viewer-name').waitFor();
    assert.equal(await page.getByTestId('viewer-name').textContent(), CAROL.name);
    await page.getByRole('heading', { name: 'Feed' }).waitFor();
    // The session is the HttpOnly cookie, as after password login; the page reads only the CSRF token.
    const cookies = await page.context().cookies(bylineUrl);
    assert.equal(cookies.find((c) => c.name === 'byline_session')?.httpOnly, true);
    assert.equal(cookies.find((c) => c.name === 'byline_csrf')?.httpOnly, false);
    assert.equal(await page.evaluate(() => document.cookie.includes('byline_session')), false);
    await shot('02-feed');
  });

  step('sends someone without a verified email back to the login page, which says why', async () => {
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(`${bylineUrl}/login`);
    // The provider remembers Carol: end that session there too, so the next person signs in afresh.
    await page.context().clearCookies({ domain: 'localhost' });
    await page.getByRole('link', { name: 'Sign in with Acme SSO' }).click();
    await throughProvider('unverified');
    await page.waitForURL(`${bylineUrl}/login?sso=unverified`);
    const alert = page.getByTestId('sso-error');
    await alert.waitFor();
    assert.match(await alert.textContent(), /did not confirm your email address/);
    assert.equal(await page.getByTestId('viewer-name').count(), 0);
    assert.deepEqual(await accessibilityViolations(page), []);
    await shot('03-unverified-1280');
    await page.setViewportSize({ width: 375, height: 760 });
    await shot('03-unverified-375');
  });

  step('no error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});

describe('single sign-on only: password login turned off', { timeout: 300_000 }, () => {
  const e2e = browserSession({
    prefix: 'oidc-only-',
    browser: { viewport: { width: 1280, height: 860 } },
    env: {
      BYLINE_OIDC_ISSUER: provider.issuer,
      BYLINE_OIDC_CLIENT_ID: CLIENT.id,
      BYLINE_OIDC_CLIENT_SECRET: CLIENT.secret,
      BYLINE_OIDC_LABEL: 'Acme SSO',
      BYLINE_PASSWORD_LOGIN: '0',
    },
  });
  const { pageErrors, shot } = e2e;
  let server;
  let page;
  const step = journey(it, shot);

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('shows only the single sign-on button', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('link', { name: 'Sign in with Acme SSO' }).waitFor();
    await page.getByLabel('Work email').waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('button', { name: 'Sign in' }).count(), 0);
    assert.deepEqual(await accessibilityViolations(page), []);
    await shot('01-login-1280');
    await page.setViewportSize({ width: 375, height: 760 });
    await shot('01-login-375');
    assert.deepEqual(pageErrors, []);
  });
});
