// The web app under its Content-Security-Policy, with the session in an HttpOnly cookie: the demo admin signs in,
// walks the main pages with no policy violation, keeps no token where scripts can read it, and opens an asset whose
// Markdown points at another host's image, which is never fetched.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { browserSession, journey, signIn, signOut } from './harness.mjs';

const DEMO_ADMIN = { email: 'admin@byline.demo', password: 'byline-demo' };

describe('security in the browser', { timeout: 300_000 }, () => {
  const e2e = browserSession({
    prefix: 'security-',
    prepare: async (context) => {
      await context.exposeFunction('reportCspViolation', (violation) => violations.push(violation));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void window.reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
    },
  });
  const { shot } = e2e;
  let server;
  let context;
  let page;
  let tracker;
  let trackerUrl;
  const trackerHits = [];
  const violations = [];
  const cspConsoleErrors = [];

  const url = (path) => `${server.baseUrl}${path}`;
  const nav = () => page.getByRole('navigation', { name: 'Main navigation' });
  const step = journey(it, shot);

  before(async () => {
    // Another host's image: any request to it is a leak.
    tracker = createServer((req, res) => {
      trackerHits.push(req.url);
      res.writeHead(200, { 'content-type': 'image/gif' }).end();
    });
    await new Promise((resolve) => tracker.listen(0, '127.0.0.1', resolve));
    trackerUrl = `http://127.0.0.1:${tracker.address().port}`;

    ({ server, context, page } = await e2e.start());
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        cspConsoleErrors.push(message.text());
      }
    });
  });

  after(async () => {
    await new Promise((resolve) => (tracker ? tracker.close(resolve) : resolve()));
    await e2e.stop();
  });

  step('signs in with the session in an HttpOnly cookie and no token in page storage', async () => {
    await signIn(page, server.baseUrl, DEMO_ADMIN);

    const session = (await context.cookies()).find((cookie) => cookie.name === 'byline_session');
    assert.ok(session, 'the server set the session cookie');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Lax');
    const visible = await page.evaluate(() => ({
      cookie: document.cookie,
      stored: [window.localStorage, window.sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      ),
    }));
    assert.doesNotMatch(visible.cookie, /byline_session/, 'scripts cannot read the session cookie');
    for (const entry of visible.stored) {
      assert.ok(!entry.includes(session.value), `no token in page storage (${entry.slice(0, 40)})`);
      assert.doesNotMatch(entry, /eyJ[\w-]+\.[\w-]+\.[\w-]+/, `nothing token-like in page storage (${entry})`);
    }
    await shot('01-signed-in');
  });

  step('stays signed in across a reload', async () => {
    await page.reload();
    await page.getByTestId('viewer-name').waitFor();
    await page.getByRole('heading', { name: 'Feed' }).waitFor();
  });

  const pages = [
    { link: 'Library', path: '/library', heading: 'Library', ready: 'library-results' },
    { link: 'Leaderboards', path: '/leaderboards', heading: 'Leaderboards', ready: 'leaderboards' },
    { link: 'Win/Loss', path: '/win-loss', heading: 'Win/Loss' },
    { link: 'Reports', path: '/reports', heading: 'Reports', ready: 'reports' },
    { link: 'Admin', path: '/admin', heading: 'Admin' },
    { link: 'Feed', path: '/', heading: 'Feed', ready: 'feed' },
  ];
  for (const target of pages) {
    step(`shows the ${target.link} page under the policy`, async () => {
      await nav().getByRole('link', { name: target.link }).click();
      await page.waitForURL(url(target.path));
      await page.getByRole('heading', { name: target.heading, level: 1 }).waitFor();
      if (target.ready) await page.getByTestId(target.ready).waitFor();
      assert.deepEqual(violations, []);
    });
  }

  step("opens an asset whose Markdown shows Byline's own image and only links another host's", async () => {
    const created = await page.evaluate(
      async ({ tracker: host }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': decodeURIComponent(document.cookie.match(/(?:^|; )byline_csrf=([^;]*)/)[1]),
          },
          body: JSON.stringify({
            query: 'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }',
            variables: {
              input: {
                kind: 'BEST_PRACTICE',
                title: 'Images in a playbook',
                body: `Our mark: ![Byline mark](/favicon.svg)\n\nTheir pixel: ![Pixel](${host}/pixel.gif)\n`,
                visibility: 'ORG',
              },
            },
          }),
        });
        return response.json();
      },
      { tracker: trackerUrl },
    );
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    await page.goto(url(`/assets/${created.data.createAsset.id}`));
    const body = page.getByTestId('markdown-body');
    await body.waitFor();
    const own = body.locator('img[src="/favicon.svg"]');
    await own.waitFor();
    await page.waitForFunction(() => document.querySelector('img[src="/favicon.svg"]')?.complete === true);
    const external = body.getByTestId('external-image');
    assert.equal(await external.getAttribute('href'), `${trackerUrl}/pixel.gif`);
    assert.match(await external.innerText(), /Pixel/);
    assert.equal(await body.locator(`img[src^="${trackerUrl}"]`).count(), 0);
    // Give a lazy image time to load, had one been rendered.
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(500);
    assert.deepEqual(trackerHits, []);
    await shot('02-markdown-images');
  });

  step('caused no Content-Security-Policy violation on any page', () => {
    assert.deepEqual(violations, []);
    assert.deepEqual(cspConsoleErrors, []);
  });

  step('logs out: the session cookie is gone', async () => {
    await signOut(page, server.baseUrl);
    const names = (await context.cookies()).map((cookie) => cookie.name);
    assert.ok(!names.includes('byline_session'), `cookies left: ${names.join(', ')}`);
    assert.ok(!names.includes('byline_csrf'));
    await page.goto(url('/library'));
    await page.waitForURL(url('/login'));
  });
});
