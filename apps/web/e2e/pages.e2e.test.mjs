// Every page of the app, signed in as each role, on a laptop (1440 × 900) and on a phone (390 × 844): no serious or
// critical accessibility violation (axe-core, WCAG 2.1 A and AA), no page wider than the screen, and a screenshot.
import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  SCREENSHOTS,
  accessibilityViolations,
  api,
  apiLogin,
  assetTitled,
  openBrowser,
  signIn,
  startServer,
} from './harness.mjs';
import { buildPdf } from './file-builders.mjs';

const PASSWORD = 'byline-demo';
const ROLES = [
  { role: 'member', email: 'sofia.rossi@byline.demo' },
  { role: 'manager', email: 'claire.dubois@byline.demo' },
  { role: 'enablement', email: 'jonas.weber@byline.demo' },
  { role: 'admin', email: 'admin@byline.demo' },
];
const VIEWPORTS = [
  { name: 'laptop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
];

// Paths with an id are found by following the first link of their kind on another page.
const PAGES = [
  { name: 'feed', path: '/' },
  { name: 'library', path: '/library' },
  { name: 'asset', from: '/library', link: /^\/assets\/[0-9a-f-]{36}$/ },
  // Made by the member before the sweep: an asset whose PDF is previewed page by page.
  { name: 'asset-with-preview', seed: seedAssetWithPreview },
  { name: 'new-asset', path: '/assets/new' },
  { name: 'my-credit', path: '/credit' },
  { name: 'leaderboards', path: '/leaderboards' },
  { name: 'people', path: '/people' },
  { name: 'person', from: '/library', link: /^\/people\/[0-9a-f-]{36}$/ },
  { name: 'deals', path: '/deals' },
  { name: 'deal', from: '/deals', link: /^\/deals\/[0-9a-f-]{36}$/ },
  { name: 'win-loss', path: '/win-loss' },
  { name: 'reports', path: '/reports' },
  { name: 'admin', path: '/admin' },
  { name: 'import', path: '/admin/import' },
  // The member's near-copy of a demo asset: its page asks her to make it an adaptation, and it waits for enablement.
  { name: 'asset-near-copy', seed: seedNearCopy },
  { name: 'attribution-reviews', path: '/attribution-reviews' },
  { name: 'notifications', path: '/notifications' },
  // A demo asset with a thread: a comment with a mention, a reply, and the comment edited once.
  { name: 'asset-with-comments', seed: seedComments },
  { name: 'not-found', path: '/no-such-page' },
];

const inFlight = new WeakMap();

/** Counts the page's GraphQL requests still waiting for an answer, from now on. */
function trackQueries(page) {
  let pending = 0;
  const settled = (request) => {
    if (request.url().endsWith('/graphql')) pending--;
  };
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) pending++;
  });
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  inFlight.set(page, () => pending);
  return page;
}

/**
 * Waits until the page has drawn its content: a heading, no query still waiting for its answer, nothing marked busy
 * or spinning, and no entrance transition half-way (a spinner's or a skeleton's animation runs for ever).
 */
async function settle(page) {
  const drawn = () =>
    page.waitForFunction(
      () =>
        document.querySelector('main h1, main h2, h1') &&
        !document.querySelector('[aria-busy="true"], .mantine-Loader-root'),
      null,
      { timeout: 15_000 },
    );
  await drawn();
  const pending = inFlight.get(page);
  for (const started = Date.now(); pending && pending() > 0 && Date.now() - started < 15_000;) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await drawn();
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
        ),
    null,
    { timeout: 5_000, polling: 'raf' },
  );
}

/**
 * Opens a path: the first by loading the page, the next ones as the app's own links do (a history entry the router
 * follows), which spares a full reload per page. The old page's heading is marked, and the new page has drawn once
 * it is gone.
 */
async function open(page, base, path, firstLoad) {
  if (firstLoad) {
    await page.goto(base + path);
    return;
  }
  await page.evaluate((to) => {
    for (const heading of document.querySelectorAll('main h1, main h2')) heading.setAttribute('data-previous-page', '');
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction(() => !document.querySelector('[data-previous-page]'), null, { timeout: 15_000 });
}

/** The serious and critical axe violations of the page, one readable line each, and its overflow. */
async function audit(page) {
  const violations = await accessibilityViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  return { violations, overflow };
}

async function hrefOf(page, base, from, pattern) {
  await page.goto(base + from);
  await settle(page);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

/** The member's published asset with a 2-page PDF attached, once the PDF is read: its path. */
async function seedAssetWithPreview(baseUrl, email) {
  const { token } = await apiLogin(baseUrl, { email, password: PASSWORD });
  const { createAsset } = await api(
    baseUrl,
    'mutation ($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
    {
      i: {
        kind: 'ENABLEMENT',
        visibility: 'ORG',
        title: 'Onboarding plan for new customers',
        summary: 'The first month of a new customer, week by week.',
        body: 'The plan we walk a new customer through, with the PDF to send them.',
      },
    },
    token,
  );
  await api(baseUrl, 'mutation ($id: ID!) { publishAsset(id: $id) { id } }', { id: createAsset.id }, token);
  const pdf = await buildPdf({
    title: 'Onboarding plan',
    pages: [
      { heading: 'Week one', lines: ['Kickoff with the sales team and a named engineer.'] },
      { heading: 'Week two', lines: ['Data import and the first reports.'] },
    ],
  });
  const form = new FormData();
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'Onboarding plan.pdf');
  const upload = await fetch(`${baseUrl}/assets/${createAsset.id}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  assert.equal(upload.status, 201, await upload.text());
  for (const started = Date.now(); ;) {
    const { asset } = await api(
      baseUrl,
      'query ($id: ID!) { asset(id: $id) { attachments { extraction { status } } } }',
      { id: createAsset.id },
      token,
    );
    const status = asset.attachments[0]?.extraction?.status;
    if (status === 'DONE') break;
    assert.ok(status !== 'FAILED' && Date.now() - started < 60_000, `the seeded PDF was not read (${status})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return `/assets/${createAsset.id}`;
}

/** The member's published near-copy of a demo battlecard she does not author: its path. */
async function seedNearCopy(baseUrl, email) {
  const { token } = await apiLogin(baseUrl, { email, password: PASSWORD });
  const title = 'Battlecard: Northbeam in mid-market deals';
  const original = await assetTitled(baseUrl, token, title, 'summary body');
  const { createAsset } = await api(
    baseUrl,
    'mutation ($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
    {
      i: {
        kind: 'ENABLEMENT',
        visibility: 'ORG',
        title: 'Northbeam talk tracks for EMEA',
        summary: original.summary,
        body: `${original.body}\n\nUsed with our EMEA accounts.`,
      },
    },
    token,
  );
  await api(baseUrl, 'mutation ($id: ID!) { publishAsset(id: $id) { id } }', { id: createAsset.id }, token);
  return `/assets/${createAsset.id}`;
}

/** A comment with a mention and a reply on a demo asset (once per server: later roles see the same thread). */
async function seedComments(baseUrl, email) {
  const { token } = await apiLogin(baseUrl, { email, password: PASSWORD });
  const title = 'Battlecard: Northbeam in mid-market deals';
  const asset = await assetTitled(baseUrl, token, title, 'id commentCount');
  if (asset.commentCount === 0) {
    const add = 'mutation ($a: ID!, $b: String!, $p: ID) { addComment(assetId: $a, body: $b, parentId: $p) { id } }';
    const { addComment } = await api(
      baseUrl,
      add,
      { a: asset.id, b: 'Is the **TCO** table up to date? @jonas.weber@byline.demo' },
      token,
    );
    await api(
      baseUrl,
      'mutation ($id: ID!, $b: String!) { editComment(id: $id, body: $b) { id } }',
      { id: addComment.id, b: 'Is the **3-year TCO** table up to date? @jonas.weber@byline.demo' },
      token,
    );
    await api(baseUrl, add, { a: asset.id, b: 'Checked it last week.', p: addComment.id }, token);
  }
  return `/assets/${asset.id}`;
}

describe('every page, for every role, on a laptop and a phone', { timeout: 600_000 }, () => {
  let server;
  const sessions = new Map();
  const paths = new Map();

  before(async () => {
    server = await startServer();
    await rm(join(SCREENSHOTS, 'pages'), { recursive: true, force: true });
    await mkdir(join(SCREENSHOTS, 'pages'), { recursive: true });
    // One sign-in per role; its cookies open both the laptop and the phone browser.
    for (const { role, email } of ROLES) {
      const { context, profileDir } = await openBrowser();
      await signIn(trackQueries(context.pages()[0]), server.baseUrl, { email, password: PASSWORD });
      sessions.set(role, await context.cookies());
      // A published asset, a deal and an author the member finds are there for every role.
      if (role === 'member') {
        for (const target of PAGES) {
          const path = target.seed
            ? await target.seed(server.baseUrl, email)
            : (target.path ?? (await hrefOf(context.pages()[0], server.baseUrl, target.from, target.link)));
          assert.ok(path, `no ${target.name} link on ${target.from}`);
          paths.set(target.name, path);
        }
      }
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
  after(() => server?.stop());

  it('the login page, signed out', async () => {
    for (const { name, viewport } of VIEWPORTS) {
      const { context, profileDir } = await openBrowser({ viewport });
      try {
        const page = trackQueries(context.pages()[0]);
        await page.goto(`${server.baseUrl}/login`);
        await settle(page);
        const { violations, overflow } = await audit(page);
        await page.screenshot({ path: join(SCREENSHOTS, 'pages', `anonymous-${name}-login.png`) });
        assert.deepEqual(violations, [], `login on a ${name}`);
        assert.ok(overflow <= 0, `login on a ${name} scrolls sideways by ${overflow} px`);
      } finally {
        await context.close();
        await rm(profileDir, { recursive: true, force: true });
      }
    }
  });

  /** Every page as `role` on one device: its problems, one line each. */
  async function sweep(role, { name: device, viewport, hasTouch, isMobile }) {
    const { context, profileDir } = await openBrowser({ viewport, hasTouch, isMobile });
    const problems = [];
    try {
      await context.addCookies(sessions.get(role));
      const page = trackQueries(context.pages()[0]);
      page.on('pageerror', (error) => problems.push(`an error in the page: ${error.message}`));
      for (const [index, target] of PAGES.entries()) {
        await open(page, server.baseUrl, paths.get(target.name), index === 0);
        await settle(page);
        const { violations, overflow } = await audit(page);
        await page.screenshot({ path: join(SCREENSHOTS, 'pages', `${role}-${device}-${target.name}.png`) });
        for (const violation of violations) problems.push(`${target.name}: ${violation}`);
        if (overflow > 0) problems.push(`${target.name}: the page scrolls sideways by ${overflow} px`);
      }
    } finally {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    }
    return problems.map((problem) => `on a ${device}, ${problem}`);
  }

  for (const { role } of ROLES) {
    // The laptop and the phone browse side by side.
    it(`as the ${role}, on a laptop and on a phone`, async () => {
      const problems = await Promise.all(VIEWPORTS.map((device) => sweep(role, device)));
      assert.deepEqual(problems.flat(), [], `as the ${role}`);
    });
  }
});
