// The template journey in real Chromium against the built server with demo data: Sofia opens the demo's proposal
// email template, personalises it for one of her deals (filled from the deal, the Terms locked, an unlocked part
// edited), saves her private copy, downloads it as DOCX and the file is a real DOCX holding the account's name.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { browserSession, journey, signIn } from './harness.mjs';

const PizZip = createRequire(import.meta.url)('pizzip');
const SOFIA = { email: 'sofia.rossi@byline.demo', password: 'byline-demo', name: 'Sofia Rossi' };
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
    assert.deepEqual(pageErrors, []);
  });
});
