// The first load in real Chromium against the built server with demo data: scripts are sent compressed and cached
// for good, the Library page's first load stays small, a page whose code is gone after a deploy offers a reload, and
// a page that fails to render leaves the rest of the app working.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { browserSession, journey, signIn } from './harness.mjs';

const MEMBER = { email: 'sofia.rossi@byline.demo', password: 'byline-demo', name: 'Sofia Rossi' };
/** Every script the Library page loads before it is interactive, as sent (brotli). */
const LIBRARY_JS_BUDGET = 250 * 1024;

/** A GET without any decoding: the status, headers and the bytes exactly as the server sent them. */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('first load', { timeout: 300_000 }, () => {
  const e2e = browserSession({ prefix: 'first-load-' });
  const { pageErrors, shot } = e2e;
  let server;
  let page;

  const url = (path) => `${server.baseUrl}${path}`;
  const nav = () => page.getByRole('navigation', { name: 'Main navigation' });
  const updateScreen = () => page.getByRole('alertdialog');

  const step = journey(it, shot);

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('sends the app page and its scripts compressed, and the scripts cached for good', async () => {
    const html = await rawGet(url('/library'), { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(html.status, 200);
    assert.equal(html.headers['content-encoding'], 'br');
    assert.equal(html.headers['cache-control'], 'no-cache');
    const document = brotliDecompressSync(html.body).toString('utf8');
    const script = /<script type="module"[^>]* src="(\/static\/[^"]+\.js)"/.exec(document)?.[1];
    assert.ok(script, 'the page names its hashed entry script');
    // The page's own code is named in the head, so that it downloads with the shell's rather than after it has run.
    assert.match(document, /<link rel="modulepreload" crossorigin href="\/static\/LibraryPage-[^"]+\.js"/);
    const elsewhere = brotliDecompressSync((await rawGet(url('/leaderboards'), { 'accept-encoding': 'br' })).body);
    assert.doesNotMatch(elsewhere.toString('utf8'), /LibraryPage-/, 'each page names only its own code');

    const plain = await rawGet(url(script), {});
    const br = await rawGet(url(script), { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await rawGet(url(script), { 'accept-encoding': 'gzip' });
    const identity = await rawGet(url(script), { 'accept-encoding': 'identity' });
    for (const response of [plain, br, gzip, identity]) {
      assert.equal(response.status, 200);
      assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.match(response.headers['vary'] ?? '', /accept-encoding/i);
      assert.match(response.headers['content-type'] ?? '', /javascript/);
    }
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.ok(br.body.length < gzip.body.length && gzip.body.length < plain.body.length, 'brotli < gzip < plain');
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    assert.deepEqual(gunzipSync(gzip.body), plain.body);
    assert.deepEqual(identity.body, plain.body);
  });

  step('loads the Library page with at most 250 kB of scripts', async () => {
    await signIn(page, server.baseUrl, MEMBER);
    // Nothing from the sign-in's pages in the cache: the Library as a first visit would load it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const answer = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === 'LibraryAssets',
    );
    await page.goto(url('/library'));
    await page.getByTestId('asset-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The API's answers are compressed too (the Library's first page is tens of kilobytes of JSON).
    assert.equal((await (await answer).allHeaders())['content-encoding'], 'br');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname))
        .map((entry) => ({ url: entry.name, sent: entry.encodedBodySize, size: entry.decodedBodySize })),
    );
    const sent = scripts.reduce((total, s) => total + s.sent, 0);
    const size = scripts.reduce((total, s) => total + s.size, 0);
    assert.ok(
      scripts.some((s) => /\/LibraryPage-[^/]+\.js$/.test(s.url)),
      "the Library page's own chunk loaded",
    );
    assert.ok(sent > 0 && sent < size / 2, `scripts arrive compressed (${sent} of ${size} bytes)`);
    assert.ok(sent <= LIBRARY_JS_BUDGET, `the Library's scripts are ${(sent / 1024).toFixed(1)} kB compressed`);
    assert.ok(
      !scripts.some((s) => /\/(charts|pdf-viewer|AssetPage)-[^/]+\.js$/.test(s.url)),
      'no charts, PDF viewer or asset page code on the Library',
    );
    await shot('01-library');
  });

  step('offers a reload when a page’s code is gone after a deploy, and the reload brings the page', async () => {
    const gone = /\/static\/LeaderboardsPage-[^/]+\.js$/;
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await nav().getByRole('link', { name: 'Leaderboards' }).click();
    await updateScreen().getByRole('heading', { name: 'Byline was updated' }).waitFor();
    await shot('02-updated');
    // The new version is in place now.
    await page.unroute(gone);
    await updateScreen().getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { name: 'Leaderboards', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/leaderboards');
    assert.equal(await updateScreen().count(), 0);
  });

  step('says the app could not load when the code is still missing after the reload, and retries', async () => {
    const gone = /\/static\/ReportsPage-[^/]+\.js$/;
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await nav().getByRole('link', { name: 'Reports' }).click();
    await updateScreen().getByRole('heading', { name: 'Byline was updated' }).waitFor();
    await updateScreen().getByRole('button', { name: 'Reload' }).click();
    // Reloaded, and still missing: no second "updated", no reload loop.
    await updateScreen().getByRole('heading', { name: 'Byline could not load' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/reports');
    await shot('03-could-not-load');
    await page.unroute(gone);
    await updateScreen().getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    assert.equal(await updateScreen().count(), 0);
  });

  step('shows a panel in place of a page that fails to render, and the navigation still works', async () => {
    // An asset whose title is not text: the Library's card cannot render it.
    await page.route(url('/graphql'), async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'LibraryAssets') {
        await route.continue();
        return;
      }
      const response = await route.fetch();
      const body = await response.json();
      const asset = findAsset(body.data);
      assert.ok(asset, 'the Library answered with assets');
      asset.title = { malformed: true };
      await route.fulfill({ response, json: body });
    });
    await page.goto(url('/library'));
    const panel = page.getByTestId('route-error');
    await panel.getByRole('heading', { name: 'Something went wrong on this page' }).waitFor();
    assert.equal(await page.getByTestId('viewer-name').textContent(), MEMBER.name, 'the shell stays');
    await shot('04-route-error');
    await page.unroute(url('/graphql'));
    await nav().getByRole('link', { name: 'Leaderboards' }).click();
    await page.getByRole('heading', { name: 'Leaderboards', level: 1 }).waitFor();
    assert.equal(await panel.count(), 0, 'another page clears the panel');
    assert.deepEqual(pageErrors, []);
  });
});

/** The first object with a string `title` under a `__typename` of Asset in a GraphQL result. */
function findAsset(value) {
  if (!value || typeof value !== 'object') return null;
  if (value.__typename === 'Asset' && typeof value.title === 'string') return value;
  for (const child of Object.values(value)) {
    const found = findAsset(child);
    if (found) return found;
  }
  return null;
}
