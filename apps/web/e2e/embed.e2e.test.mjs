// Byline in the CRM, in real Chromium against the built server with demo data: the example CRM host (another
// origin) shows a deal record with Byline's panel in its sidebar frame, opened with a token the host's server signed;
// Carol records a suggested asset as used in the deal with one click, and the API and the panel's "Already used" both
// show it; she creates a share link for the deal, which its buyer engagement then lists. Without a token the panel
// offers to sign in, and uses the browser's own session once there is one. The token is gone from the frame's address and is refused when used again; the panel fits a phone. On the
// asset page, Copy puts HTML and clean plain text on the clipboard.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, SCREENSHOTS, browserSession, findFreePort, journey, signIn } from './harness.mjs';

const SECRET = `embed-e2e-secret-${Date.now().toString(36)}-0123456789abcdef`;
const CAROL = { email: 'carol.jensen@byline.demo', password: 'byline-demo', name: 'Carol Jensen' };
// An open demo deal of Carol's (Atlas Staffing, Engaging): she may share content in it.
const DEAL = 'DEMO-1102';
const HOST_READY = 'Example CRM at';

/** Starts the example CRM host on its own port, framing Byline at `bylineUrl`. */
async function startCrmHost(port, bylineUrl) {
  const child = spawn(process.execPath, ['apps/web/crm-host/server.mjs'], {
    cwd: REPO_ROOT,
    env: { ...process.env, BYLINE_EMBED_SECRET: SECRET, BYLINE_URL: bylineUrl, CRM_HOST_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes(HOST_READY)) resolve();
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`The CRM host exited (code ${code}): ${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

const hostPort = await findFreePort();

describe('Byline in the CRM: the deal panel', { timeout: 300_000 }, () => {
  const e2e = browserSession({
    prefix: 'embed-',
    browser: { viewport: { width: 1280, height: 860 } },
    env: { BYLINE_EMBED_SECRET: SECRET, BYLINE_EMBED_ORIGINS: `http://127.0.0.1:${hostPort}` },
  });
  const { pageErrors, shot } = e2e;
  let server;
  let context;
  let page;
  let host;
  let firstPanelSrc;
  let usedTitle;

  const hostPage = `/?user=${encodeURIComponent(CAROL.email)}&deal=${DEAL}`;
  const frame = () => page.frameLocator('iframe[title="Byline deal panel"]');
  // What the API says, with Carol's own (bearer) session.
  const carolGql = async (query, variables = {}) => {
    const login = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: CAROL.email, p: CAROL.password },
      }),
    });
    const token = (await login.json()).data.login.token;
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const { data, errors } = await response.json();
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };
  const usedInDeal = async () => {
    const { dealByCrmId } = await carolGql(
      'query($c: String!) { dealByCrmId(crmId: $c) { usedAssets { uses asset { title } } } }',
      { c: DEAL },
    );
    return dealByCrmId.usedAssets;
  };

  before(async () => {
    ({ server, context, page } = await e2e.start());
    host = await startCrmHost(hostPort, server.baseUrl);
  });
  after(async () => {
    host?.stop();
    await e2e.stop();
  });

  const step = journey(it, shot);

  step('the CRM record on another origin frames the panel, opened with a signed token', async () => {
    await page.goto(`${host.url}${hostPage}`);
    firstPanelSrc = await page.locator('iframe[title="Byline deal panel"]').getAttribute('src');
    assert.ok(firstPanelSrc.startsWith(`${server.baseUrl}/embed/deals/${DEAL}?token=`));
    await frame().getByTestId('embed-deal-name').waitFor();
    assert.match(await frame().getByTestId('embed-deal-name').textContent(), /Atlas Staffing/);
    await frame().getByTestId('embed-suggestion').first().waitFor();
    assert.ok((await frame().getByTestId('embed-suggestion').count()) >= 3);
    assert.equal(await frame().getByTestId('embed-used-empty').count(), 1);
    // The token is gone from the frame's address once exchanged.
    const panel = page.frames().find((f) => f.url().startsWith(server.baseUrl));
    assert.equal(panel.url(), `${server.baseUrl}/embed/deals/${DEAL}`);
    await shot('host-1280');
  });

  step('one click records the suggestion as used in the deal', async () => {
    const first = frame().getByTestId('embed-suggestion').first();
    usedTitle = await first.getAttribute('aria-label');
    assert.deepEqual(await usedInDeal(), []);
    await first.getByRole('button', { name: 'Used in this deal' }).click();
    // The server's explanation, as the app shows it.
    await frame().getByText('to the authors').or(frame().getByText('Recorded, no credit')).first().waitFor();
    await frame().getByTestId('embed-used').filter({ hasText: usedTitle }).waitFor();
    assert.deepEqual(await usedInDeal(), [{ uses: 1, asset: { title: usedTitle } }]);
    // Used content is no longer suggested.
    assert.equal(await frame().getByTestId('embed-suggestion').filter({ hasText: usedTitle }).count(), 0);
  });

  step('a share link for the deal is shown once, then listed under buyer engagement', async () => {
    const shareable = frame()
      .getByTestId('embed-suggestion')
      .filter({ has: frame().getByRole('button', { name: 'Share link' }) });
    const title = await shareable.first().getAttribute('aria-label');
    await shareable.first().getByRole('button', { name: 'Share link' }).click();
    const url = await frame().getByTestId('embed-created-link').inputValue();
    assert.match(url, /\/s\/[A-Za-z0-9_-]{16,}$/);
    await frame().getByRole('button', { name: 'Done' }).click();
    const row = frame().getByTestId('embed-share-link').filter({ hasText: title });
    await row.waitFor();
    assert.match(await row.getByTestId('embed-share-engagement').textContent(), /0 opens · 0 sessions · 0 s/);
    const { dealByCrmId } = await carolGql('query($c: String!) { dealByCrmId(crmId: $c) { id } }', { c: DEAL });
    const { shareLinks } = await carolGql('query($d: ID!) { shareLinks(dealId: $d) { asset { title } } }', {
      d: dealByCrmId.id,
    });
    assert.deepEqual(shareLinks, [{ asset: { title } }]);
  });

  step('the same token again is refused, and records nothing', async () => {
    const replay = await context.newPage();
    try {
      await replay.goto(firstPanelSrc);
      await replay.getByTestId('embed-refused').waitFor();
      assert.match(await replay.getByTestId('embed-refused').textContent(), /not valid or has expired/);
    } finally {
      await replay.close();
    }
    assert.deepEqual(await usedInDeal(), [{ uses: 1, asset: { title: usedTitle } }]);
  });

  step('the panel fits the narrowest CRM sidebar (320 px) and a phone (390 x 844)', async () => {
    for (const [width, height] of [
      [320, 720],
      [390, 844],
    ]) {
      const narrow = await context.newPage();
      try {
        await narrow.setViewportSize({ width, height });
        // Each load of the CRM record signs a new token.
        const html = await (await fetch(`${host.url}${hostPage}`)).text();
        const src = /<iframe[^>]*src="([^"]+)"/.exec(html)[1].replaceAll('&amp;', '&');
        await narrow.goto(src);
        await narrow.getByTestId('embed-suggestion').first().waitFor();
        await narrow.getByTestId('embed-used').filter({ hasText: usedTitle }).waitFor();
        const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `at ${width} px the panel is ${overflow} px too wide`);
        const clipped = await narrow.evaluate(() =>
          [...document.querySelectorAll('button, a')]
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && (box.left < 0 || box.right > window.innerWidth + 0.5);
            })
            .map((el) => el.textContent?.trim()),
        );
        assert.deepEqual(clipped, [], `at ${width} px every button is within the panel`);
        await narrow.screenshot({ path: join(SCREENSHOTS, `embed-panel-${width}.png`) });
        await narrow.getByTestId('embed-share-link').first().scrollIntoViewIfNeeded();
        await narrow.screenshot({ path: join(SCREENSHOTS, `embed-panel-${width}-end.png`) });
      } finally {
        await narrow.close();
      }
    }
  });

  step("without a token the panel uses the browser's own Byline session, else offers to sign in", async () => {
    const direct = await context.newPage();
    try {
      await direct.goto(`${server.baseUrl}/embed/deals/${DEAL}`);
      const link = direct.getByRole('link', { name: 'Open Byline to sign in' });
      await link.waitFor();
      assert.equal(await link.getAttribute('target'), '_blank');
      await signIn(page, server.baseUrl, CAROL);
      await direct.reload();
      await direct.getByTestId('embed-used').filter({ hasText: usedTitle }).waitFor();
      assert.match(await direct.getByTestId('embed-deal-name').textContent(), /Atlas Staffing/);
    } finally {
      await direct.close();
    }
  });

  step('Copy on the asset page puts HTML and plain text without Markdown on the clipboard', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    const { assets } = await carolGql('{ assets(first: 20) { edges { node { id body } } } }');
    const asset = assets.edges.map((e) => e.node).find((a) => /\*\*|^#|\]\(/m.test(a.body));
    assert.ok(asset, 'a demo asset with Markdown formatting');
    await page.goto(`${server.baseUrl}/assets/${asset.id}`);
    await page.getByTestId('reuse-actions').getByRole('button', { name: 'Copy' }).click();
    await page.getByText('to the authors').or(page.getByText('Recorded, no credit')).first().waitFor();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const text = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
      return { types: item.types, html: await text('text/html'), plain: await text('text/plain') };
    });
    assert.ok(clip.types.includes('text/html') && clip.types.includes('text/plain'), clip.types.join(', '));
    assert.match(clip.html, /<(p|h\d|ul|ol|strong)>/);
    assert.doesNotMatch(clip.plain, /\*\*|^#+ |\]\(/m);
    assert.deepEqual(pageErrors, []);
  });
});
