// The share-link journey in real Chromium: Sofia shares a colleague's client-facing asset (a three-page PDF attached)
// with a buyer; the buyer opens the link in a browser without a Byline session, reads the PDF page by page; Sofia is
// told live, sees the session with its time per page, the authors' credit is topped up, and a revoked link is gone.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SCREENSHOTS, api, apiLogin, browserSession, journey, openBrowser, signIn } from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const ADMIN = { email: 'admin@byline.demo', password: PASSWORD };
const suffix = Date.now().toString(36);
const AUTHOR = { name: `Ines Author ${suffix}`, email: `ines.${suffix}@byline.test`, password: 'ines-author-password' };
const TITLE = `Pricing playbook ${suffix}`;
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** A valid PDF of `pages` pages, each with "Page n" in large type. */
function pdfOf(pages) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids = [];
  for (let n = 1; n <= pages; n++) {
    const page = objects.length + 1;
    kids.push(`${page} 0 R`);
    const stream = `BT /F1 64 Tf 72 640 Td (Page ${n}) Tj ET 0 0 1 rg 72 200 ${120 * n} 200 re f`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('share links: a tracked link for a buyer', { timeout: 300_000 }, () => {
  let asset;
  let author;
  // The buyer comes from another address than Sofia (the server trusts the forwarded address here).
  process.env.BYLINE_TRUST_PROXY = '1';
  const e2e = browserSession({
    prefix: 'share-',
    seed: async ({ baseUrl }) => {
      const admin = await apiLogin(baseUrl, ADMIN);
      await api(
        baseUrl,
        'mutation ($n: String!, $e: String!, $p: String!) { createUser(name: $n, email: $e, password: $p, role: MEMBER) { id } }',
        { n: AUTHOR.name, e: AUTHOR.email, p: AUTHOR.password },
        admin.token,
      );
      author = await apiLogin(baseUrl, AUTHOR);
      const { createAsset } = await api(
        baseUrl,
        'mutation ($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
        {
          i: {
            kind: 'CLIENT_FACING',
            visibility: 'ORG',
            title: TITLE,
            summary: 'How we price the platform for teams of 50 to 500 sellers.',
            body: '## Per seat, with volume steps\n\nTeams grow into the product: the price follows the seats.\n\n- Starter up to 25 seats\n- Growth from 100 seats',
          },
        },
        author.token,
      );
      await api(baseUrl, 'mutation ($id: ID!) { publishAsset(id: $id) { id } }', { id: createAsset.id }, author.token);
      const form = new FormData();
      form.append('file', new Blob([pdfOf(3)], { type: 'application/pdf' }), 'pricing-deck.pdf');
      const upload = await fetch(`${baseUrl}/assets/${createAsset.id}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${author.token}` },
        body: form,
      });
      assert.equal(upload.status, 201, await upload.text());
      asset = createAsset;
    },
  });
  const { pageErrors, shot } = e2e;
  let server;
  let page;
  let buyer;
  let buyerPage;
  let linkUrl;
  let dealName;
  const step = journey(it, shot);
  const buyerShot = (name) => buyerPage.screenshot({ path: join(SCREENSHOTS, `share-${name}.png`), fullPage: true });

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(async () => {
    await buyer?.context.close();
    await e2e.stop();
  });

  step('Sofia creates a link for Dana from the asset page and sees it once', async () => {
    await signIn(page, server.baseUrl, SOFIA);
    await page.goto(`${server.baseUrl}/assets/${asset.id}`);
    await page.getByTestId('asset-title').waitFor();
    await page.getByTestId('buyer-engagement').getByText('No share links yet').waitFor();
    await page.getByTestId('share-with-customer').click();
    const dialog = page.getByRole('dialog', { name: 'Share with a customer' });
    await dialog.getByLabel("Recipient's name").fill('Dana');
    await dialog.getByLabel("Recipient's email").fill('not-an-email');
    await dialog.getByTestId('create-share-link').click();
    // The server's refusal shows on the field it names.
    await dialog.getByText("The buyer's email is not a valid email address.").waitFor();
    await dialog.getByLabel("Recipient's email").fill('dana@northwind.example');
    // One of Sofia's open deals.
    await dialog.getByRole('combobox', { name: 'Deal' }).click();
    const deal = page.getByRole('option').nth(1);
    dealName = (await deal.innerText()).split(' · ')[0];
    await deal.click();
    await shot('01-dialog');
    await dialog.getByTestId('create-share-link').click();
    await dialog.getByText('This link is shown once').waitFor();
    linkUrl = await dialog.getByTestId('share-link-url').inputValue();
    assert.match(linkUrl, /\/s\/[A-Za-z0-9_-]{40,}$/);
    await page.getByText('Link created').waitFor();
    await shot('02-link-shown');
    await dialog.getByRole('button', { name: 'Done' }).click();
    const row = page.getByTestId('share-link-row');
    await row.waitFor();
    assert.match(await row.innerText(), /Dana/);
  });

  step('The buyer opens the link without a session and reads the PDF page by page', async () => {
    buyer = await openBrowser({
      viewport: { width: 390, height: 844 },
      userAgent: PHONE_UA,
      hasTouch: true,
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.45' },
    });
    buyerPage = buyer.context.pages()[0] ?? (await buyer.context.newPage());
    buyerPage.on('pageerror', (error) => pageErrors.push(error.message));
    const token = linkUrl.split('/s/')[1];
    await buyerPage.goto(`${server.baseUrl}/s/${token}`);
    await buyerPage.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    assert.match(await buyerPage.locator('.share-footer').innerText(), /Shared with you by Sofia Rossi · Dana/);
    const text = await buyerPage.locator('main').innerText();
    assert.doesNotMatch(text, new RegExp(`${AUTHOR.email}|credit|CLIENT_FACING`, 'i'));
    const counter = buyerPage.locator('.share-pdf-counter');
    await counter.filter({ hasText: 'Page 1 of 3' }).waitFor();
    // The page is drawn (the viewer is no longer busy) and the canvas holds dark pixels (the text), not only white.
    await buyerPage.locator('.share-pdf[data-page="1"]:not([aria-busy])').waitFor();
    const inked = () =>
      buyerPage.evaluate(() => {
        const canvas = document.querySelector('.share-pdf-canvas');
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 200) dark++;
        return dark;
      });
    assert.ok((await inked()) > 100, 'page 1 is rendered');
    await buyerShot('03-buyer-phone');
    await buyerPage.waitForTimeout(2000);
    await buyerPage.getByRole('button', { name: 'Next' }).click();
    await counter.filter({ hasText: 'Page 2 of 3' }).waitFor();
    // A second page makes the visit count: Sofia is told while the buyer reads on.
    await page.getByText(`Dana opened ${TITLE}`).waitFor();
    await buyerPage.waitForTimeout(2000);
    await buyerPage.getByRole('button', { name: 'Next' }).click();
    await counter.filter({ hasText: 'Page 3 of 3' }).waitFor();
    assert.ok(await buyerPage.getByRole('button', { name: 'Next' }).isDisabled(), 'no page after the last');
    await buyerPage.setViewportSize({ width: 1280, height: 900 });
    await buyerPage.waitForTimeout(2000);
    await buyerPage.waitForFunction(() => {
      const figure = document.querySelector('.share-pdf');
      const canvas = document.querySelector('.share-pdf-canvas');
      return !figure.hasAttribute('aria-busy') && parseFloat(canvas.style.width) > 500;
    });
    assert.ok((await inked()) > 100, 'page 3 is rendered again at the wider width');
    await buyerShot('04-buyer-laptop');
    // A page turn reports at once (page 3's seconds); leaving sends what is left with sendBeacon.
    await buyerPage.keyboard.press('Tab');
    await buyerPage.locator('.share-pdf').press('ArrowLeft');
    await counter.filter({ hasText: 'Page 2 of 3' }).waitFor();
    await buyerPage.goto('about:blank');
  });

  step('Sofia sees the session with time per page', async () => {
    // The toast refreshed the panel at the first view; the later beacons show after a reload.
    const row = page.getByTestId('share-link-row');
    const session = page.getByTestId('share-session');
    let seen = '';
    for (let attempt = 0; attempt < 10 && !/3 pages viewed/.test(seen); attempt++) {
      await page.reload();
      await row.getByTestId('share-link-sessions').filter({ hasText: '1' }).waitFor();
      await row.getByRole('button', { name: 'Sessions' }).click();
      seen = await session.innerText();
      if (!/3 pages viewed/.test(seen)) await page.waitForTimeout(500);
    }
    assert.match(seen, /^.*\n+\d+ s · 3 pages viewed · phone/);
    const seconds = Number(/(\d+) s ·/.exec(seen)[1]);
    assert.ok(seconds >= 6, `the session lasted the time the buyer read (${seconds} s)`);
    await session.locator('.recharts-bar-rectangle').nth(2).waitFor();
    assert.equal(await session.locator('.recharts-bar-rectangle').count(), 3, 'one bar per page');
    await page.mouse.move(0, 0);
    await page.getByTestId('buyer-engagement').scrollIntoViewIfNeeded();
    await shot('05-engagement');

    // The deal's page shows the same link, with the asset it shares.
    await row.getByRole('link', { name: dealName }).click();
    await page.getByTestId('deal-title').filter({ hasText: dealName }).waitFor();
    const dealRow = page.getByTestId('buyer-engagement').getByTestId('share-link-row');
    await dealRow.getByRole('link', { name: TITLE }).waitFor();
    assert.equal(await dealRow.getByTestId('share-link-sessions').innerText(), '1');
    await page.goBack();
    await page.getByTestId('share-link-row').waitFor();
  });

  step("The authors' credit is topped up for the view (4 for the share, then 6)", async () => {
    const me = await api(server.baseUrl, 'query { viewer { id } }', {}, author.token);
    const { creditEntries } = await api(
      server.baseUrl,
      'query ($u: ID!) { creditEntries(userId: $u, first: 20) { edges { node { points reason asset { id } } } } }',
      { u: me.viewer.id },
      author.token,
    );
    const entries = creditEntries.edges.map((edge) => edge.node).filter((node) => node.asset?.id === asset.id);
    assert.ok(
      entries.some((entry) => entry.reason === 'SHARED_WITH_CUSTOMER' && entry.points === 4),
      'the share',
    );
    assert.ok(
      entries.some((entry) => entry.reason === 'SHARE_LINK_VIEWED' && entry.points === 6),
      'the view',
    );
  });

  step('Sofia revokes the link; the buyer then finds it no longer available', async () => {
    await page.getByTestId('share-link-row').getByRole('button', { name: 'Revoke' }).click();
    await page.getByTestId('confirm-revoke').click();
    await page.getByTestId('share-link-row').getByText('Revoked', { exact: true }).waitFor();
    const token = linkUrl.split('/s/')[1];
    const response = await buyerPage.goto(`${server.baseUrl}/s/${token}`);
    assert.equal(response.status(), 410);
    await buyerPage.getByRole('heading', { name: 'This link is no longer available' }).waitFor();
    await buyerShot('06-gone');
    assert.deepEqual(pageErrors, []);
  });
});
