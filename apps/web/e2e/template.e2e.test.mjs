// The template journey in real Chromium against the built server with demo data: Sofia opens the demo's proposal
// email template, personalises it for one of her deals (filled from the deal, the Terms locked, an unlocked part
// edited), saves her private copy, downloads it as DOCX and the file is a real DOCX holding the account's name, and
// prints it on portrait A4. When the template's author changes it, her copy says so and shows the change.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { SCREENSHOTS, api, apiLogin, assetTitled, browserSession, journey, printedSheets, signIn } from './harness.mjs';

const PizZip = createRequire(import.meta.url)('pizzip');
const SOFIA = { email: 'sofia.rossi@byline.demo', password: 'byline-demo', name: 'Sofia Rossi' };
// The template's author.
const CLAIRE = { email: 'claire.dubois@byline.demo', password: 'byline-demo' };
const TEMPLATE_TITLE = 'Proposal follow-up email (template)';

describe('templates: personalise for a deal, download as DOCX', { timeout: 300_000 }, () => {
  const e2e = browserSession({
    prefix: 'template-',
    browser: { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
  });
  const { pageErrors, shot } = e2e;
  let server;
  let page;
  let accountName;
  const step = journey(it, shot);

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('Sofia opens the demo template and personalises it for one of her deals', async () => {
    await signIn(page, server.baseUrl, SOFIA);
    await page.goto(`${server.baseUrl}/library?q=${encodeURIComponent('Proposal follow-up email')}`);
    await page.getByRole('link', { name: TEMPLATE_TITLE }).first().click();
    await page.getByTestId('asset-title').filter({ hasText: TEMPLATE_TITLE }).waitFor();
    await page.getByTestId('personalise-button').click();
    await page.getByTestId('personalise-deal').click();
    const option = page.getByRole('option').first();
    const label = await option.innerText();
    accountName = label.split(' — ')[0].trim();
    await option.click();
    await page.getByTestId('personalise-text').waitFor();
    const locked = page.getByTestId('locked-section');
    assert.match(await locked.innerText(), /Terms/);
    assert.match(await locked.innerText(), /Prices are valid for 30 days/);
    const first = page.getByTestId('editable-section').first();
    assert.match(
      await first.inputValue(),
      new RegExp(`Proposal for ${accountName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await shot('personalise-1280');
    await locked.scrollIntoViewIfNeeded();
    await shot('personalise-1280-locked');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('locked-section').scrollIntoViewIfNeeded();
    await shot('personalise-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  step('she edits an unlocked part and saves her private copy', async () => {
    const first = page.getByTestId('editable-section').first();
    await first.fill(
      (await first.inputValue()).replace('Thank you for your time this week.', 'Great to meet you on Tuesday.'),
    );
    await page.getByTestId('save-personalised').click();
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await page.getByTestId('asset-title').filter({ hasText: accountName }).waitFor();
    const body = await page.locator('main').innerText();
    assert.match(body, /Great to meet you on Tuesday\./);
    assert.ok(body.includes(`Proposal for ${accountName}`), 'the copy shows the filled account name');
  });

  step('she downloads it as DOCX, and the file is a real DOCX', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const zip = new PizZip(await readFile(await download.path()));
    assert.ok(zip.file('[Content_Types].xml'), 'has [Content_Types].xml');
    const document = zip.file('word/document.xml')?.asText() ?? '';
    assert.ok(document.includes(accountName.replace(/&/g, '&amp;')), 'the document holds the account name');
    assert.ok(document.includes('Great to meet you on Tuesday.'), 'the document holds the edit');
  });

  step('she prints it: a clean page without the app, on portrait A4', async () => {
    const [print] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Print / PDF' }).click(),
    ]);
    await print.getByTestId('asset-print').waitFor();
    const text = await print.getByTestId('asset-print').innerText();
    assert.ok(text.includes(`Proposal for ${accountName}`), 'the print page shows the copy');
    assert.match(text, /Great to meet you on Tuesday\./);
    assert.equal(await print.getByRole('navigation').count(), 0, 'no app navigation');
    await print.screenshot({ path: join(SCREENSHOTS, 'template-print.png'), fullPage: true });
    await print.emulateMedia({ media: 'print' });
    assert.equal(await print.getByTestId('print-button').isVisible(), false, 'the toolbar is left off the paper');
    await print.emulateMedia({ media: 'screen' });
    const sheets = await printedSheets(print);
    assert.deepEqual([sheets.width, sheets.height], [210, 297], 'portrait A4');
    assert.ok(sheets.sheets >= 1 && sheets.sheets <= 3, `a letter fits on a few sheets, not ${sheets.sheets}`);
    await print.close();
  });

  step('Claire changes the template; the copy says so and shows the change', async () => {
    const copyUrl = page.url();
    const claire = await apiLogin(server.baseUrl, CLAIRE);
    const template = await assetTitled(server.baseUrl, claire.token, TEMPLATE_TITLE, 'id version body');
    await api(
      server.baseUrl,
      'mutation ($id: ID!, $input: UpdateAssetInput!) { updateAsset(id: $id, input: $input) { version } }',
      {
        id: template.id,
        input: {
          expectedVersion: template.version,
          body: template.body.replace('## What we heard', '## What we heard from you'),
        },
      },
      claire.token,
    );
    await page.goto(copyUrl);
    const banner = page.getByTestId('template-change');
    await banner.waitFor();
    assert.match(await banner.innerText(), new RegExp(`v${template.version}\\D+v${template.version + 1}`));
    await banner.getByRole('button', { name: 'Show the changes' }).click();
    await page.getByTestId('template-diff').waitFor({ state: 'visible' });
    await page.waitForTimeout(400); // the change list opens with a short animation
    const diff = await page.getByTestId('template-diff').innerText();
    assert.match(diff, /^-## What we heard$/m);
    assert.match(diff, /^\+## What we heard from you$/m);
    await shot('template-changed');
    assert.deepEqual(pageErrors, []);
  });
});
