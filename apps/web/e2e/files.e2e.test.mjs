// Files as content in real Chromium against the built server: Mara drops a real 3-page PDF and a real deck on the
// New asset page, both are read with their progress shown, the PDF's draft opens with the title read from the file;
// published, its Library card shows the first page's picture and a search for a word on page 2 says where it is;
// the asset page pages through the PDF. A colleague records the deck's slides 2-3 in a deal and the travel stats
// chart them. A program file and a picture renamed .pdf are refused with a sentence naming the file.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SCREENSHOTS, api, apiLogin, browserSession, createMember, journey, signIn, signOut } from './harness.mjs';
import { buildPdf, buildPng, buildPptx } from './file-builders.mjs';

const PASSWORD = 'byline-demo';
const ADMIN = { email: 'admin@byline.demo', password: PASSWORD };
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const suffix = Date.now().toString(36);
const MARA = { name: `Mara Author ${suffix}`, email: `mara.${suffix}@byline.test`, password: 'mara-author-password' };
const PDF_NAME = 'Zeppelin onboarding.pdf';
const PDF_TITLE = `Zeppelin onboarding guide ${suffix}`;
const DECK_NAME = 'Renewal deck.pptx';
const DECK_TITLE = `Renewal conversation deck ${suffix}`;
// A deck's draft is named after its first slide's title.
const DECK_FIRST_SLIDE = 'Where you are today';
// A word found nowhere else, on page 2 of the PDF only.
const RARE = `quokkafjord${suffix}`;
const READ_TIMEOUT = 120_000;

const PDF_MIME = 'application/pdf';
const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

describe(
  'files as content: drafts from dropped files, previews, search inside files, slides used',
  { timeout: 600_000 },
  () => {
    const e2e = browserSession({
      prefix: 'files/',
      browser: { viewport: { width: 1280, height: 900 } },
      seed: async ({ baseUrl }) => {
        const admin = await apiLogin(baseUrl, ADMIN);
        await createMember(baseUrl, admin.token, MARA);
      },
    });
    const { pageErrors, shot } = e2e;
    let server;
    let page;
    let pdfAssetId;
    let deckAssetId;
    const step = journey(it, shot);

    before(async () => {
      await mkdir(join(SCREENSHOTS, 'files'), { recursive: true });
      ({ server, page } = await e2e.start());
    });
    after(() => e2e.stop());

    const rowOf = (name) => page.getByTestId('file-row').filter({ has: page.getByText(name, { exact: true }) });

    const drop = async (zone, files) => page.getByTestId(zone).locator('input[type="file"]').setInputFiles(files);

    step('Mara drops a PDF and a deck at once: each row shows its upload and reading, then Ready', async () => {
      const pdf = await buildPdf({
        title: PDF_TITLE,
        pages: [
          { heading: 'Why customers pick us', lines: ['Onboarding in two weeks, with a named engineer.'] },
          {
            heading: 'The first month',
            lines: [`Week one: the ${RARE} kickoff with the sales team.`, 'Week two: data import.'],
          },
          { heading: 'What it costs', lines: ['Onboarding is included in every plan above 25 seats.'] },
        ],
      });
      const deck = await buildPptx({
        title: DECK_TITLE,
        slides: [
          { title: DECK_FIRST_SLIDE, text: 'Seats, usage and the goals we set a year ago.' },
          { title: 'What changed this year', text: 'Three new teams and a second region.' },
          { title: 'The renewal offer', text: 'Two years, ten percent off, a quarterly review.' },
        ],
      });
      await signIn(page, server.baseUrl, MARA);
      await page.goto(`${server.baseUrl}/assets/new`);
      await page.getByText('Drop PDF, PPTX, DOCX or XLSX files — each becomes a draft').waitFor();
      await drop('file-dropzone', [
        { name: PDF_NAME, mimeType: PDF_MIME, buffer: pdf },
        { name: DECK_NAME, mimeType: PPTX_MIME, buffer: deck },
      ]);
      await page.getByTestId('file-row').nth(1).waitFor();
      await shot('drop-1280-reading');
      for (const name of [PDF_NAME, DECK_NAME]) {
        await rowOf(name).and(page.locator('[data-phase="ready"]')).waitFor({ timeout: READ_TIMEOUT });
        assert.match(await rowOf(name).innerText(), /Ready — Review and publish/);
      }
      // Two files: nothing opens by itself.
      assert.match(page.url(), /\/assets\/new$/);
      const idOf = async (name) =>
        /\/assets\/([0-9a-f-]{36})\/edit$/.exec(
          await rowOf(name).getByRole('link', { name: 'Review and publish' }).getAttribute('href'),
        )?.[1];
      pdfAssetId = await idOf(PDF_NAME);
      deckAssetId = await idOf(DECK_NAME);
      assert.ok(pdfAssetId && deckAssetId && pdfAssetId !== deckAssetId, 'each file has its own draft');
      await shot('drop-1280-ready');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('file-rows').scrollIntoViewIfNeeded();
      await shot('drop-390-ready');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    step('she opens the PDF’s draft: the title is read from the file; she publishes it', async () => {
      await rowOf(PDF_NAME).getByRole('link', { name: 'Review and publish' }).click();
      await page.waitForURL(`${server.baseUrl}/assets/${pdfAssetId}/edit`);
      const title = page.getByRole('textbox', { name: 'Title' });
      await title.waitFor();
      assert.equal(await title.inputValue(), PDF_TITLE);
      assert.match(await page.getByRole('textbox', { name: 'Summary' }).inputValue(), /Onboarding in two weeks/);
      await shot('draft-1280');
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.waitForURL(`${server.baseUrl}/assets/${pdfAssetId}`);
      await page.getByTestId('asset-title').filter({ hasText: PDF_TITLE }).waitFor();
      // The deck is published over the API, as another client would.
      const mara = await apiLogin(server.baseUrl, MARA);
      await api(
        server.baseUrl,
        'mutation ($id: ID!) { publishAsset(id: $id) { id } }',
        { id: deckAssetId },
        mara.token,
      );
    });

    step('the Library card shows the picture of its first page', async () => {
      await page.goto(`${server.baseUrl}/library?q=${encodeURIComponent(PDF_TITLE)}`);
      const card = page.getByTestId('asset-card').filter({ hasText: PDF_TITLE });
      const picture = card.getByTestId('asset-thumbnail').locator('img');
      await picture.scrollIntoViewIfNeeded();
      await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await picture.elementHandle());
      assert.equal(await picture.getAttribute('alt'), '');
      assert.equal(await picture.getAttribute('loading'), 'lazy');
    });

    step('a search for a word on page 2 shows “Page 2 of …” with the word highlighted', async () => {
      await page.goto(`${server.baseUrl}/library?q=${RARE}`);
      const card = page.getByTestId('asset-card').filter({ hasText: PDF_TITLE });
      const match = card.getByTestId('file-match').first();
      await match.waitFor();
      assert.match(await match.innerText(), new RegExp(`^Page 2 of ${PDF_NAME} — .*${RARE}`));
      assert.equal((await match.locator('mark').first().innerText()).toLowerCase(), RARE);
      assert.ok((await card.getByTestId('file-match').count()) <= 2, 'at most two lines per card');
      await shot('search-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await match.scrollIntoViewIfNeeded();
      await shot('search-390');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    step('the asset page shows the PDF page by page', async () => {
      await page.goto(`${server.baseUrl}/assets/${pdfAssetId}`);
      const preview = page.getByTestId('pdf-preview');
      await preview.scrollIntoViewIfNeeded();
      await page.locator('[data-testid="pdf-preview"][data-page="1"]').waitFor({ timeout: 30_000 });
      assert.match(await preview.innerText(), /Page 1 of 3/);
      await preview.getByRole('button', { name: 'Next' }).click();
      await page.locator('[data-testid="pdf-preview"][data-page="2"]').waitFor();
      assert.match(await preview.innerText(), /Page 2 of 3/);
      // Page 2 is drawn: its canvas has ink on it, not only white.
      const inked = await preview.locator('canvas').evaluate((canvas) => {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) dark++;
        return dark;
      });
      assert.ok(inked > 500, `page 2 is drawn (${inked} inked pixels)`);
      await shot('preview-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await preview.scrollIntoViewIfNeeded();
      await page.locator('[data-testid="pdf-preview"][data-page]').waitFor();
      await shot('preview-390');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    step('a colleague records the deck in a deal with slides 2-3, and the stats chart them', async () => {
      await signOut(page, server.baseUrl);
      await signIn(page, server.baseUrl, SOFIA);
      await page.goto(`${server.baseUrl}/assets/${deckAssetId}`);
      await page.getByTestId('asset-title').filter({ hasText: DECK_FIRST_SLIDE }).waitFor();
      const slides = page.getByRole('textbox', { name: 'Slides used' });
      // A slide the deck does not have: the server's sentence under the field, nothing recorded.
      await slides.fill('7');
      await page.getByTestId('asset-reuse').getByRole('button', { name: 'Used in deal' }).click();
      await page.getByRole('dialog', { name: 'Used in a deal' }).getByRole('button', { name: 'Record' }).click();
      await page.getByText('The deck has 3 slides; there is no slide 7.').waitFor();
      await page.getByRole('dialog', { name: 'Used in a deal' }).waitFor({ state: 'detached' });
      await shot('slides-error-1280');
      await slides.fill('2-3');
      await page.getByTestId('asset-reuse').getByRole('button', { name: 'Used in deal' }).click();
      await page.getByRole('dialog', { name: 'Used in a deal' }).getByRole('button', { name: 'Record' }).click();
      await page.getByRole('dialog', { name: 'Used in a deal' }).waitFor({ state: 'detached' });
      const chart = page.getByTestId('slides-used-chart');
      await chart.waitFor();
      assert.match(await chart.getAttribute('data-summary'), /slide 2, 1; slide 3, 1\./);
      await page.getByTestId('asset-stats').getByTestId('chart-table-toggle').click();
      const rows = await page.getByTestId('chart-table').locator('tbody tr').allInnerTexts();
      assert.deepEqual(
        rows.map((row) => row.replace(/\s+/g, ' ').trim()),
        ['Slide 2 1', 'Slide 3 1'],
      );
      await page.getByTestId('asset-stats').scrollIntoViewIfNeeded();
      await shot('slides-used-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('asset-stats').scrollIntoViewIfNeeded();
      await shot('slides-used-390');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    step('a program file and a picture renamed .pdf are refused, each with a sentence naming it', async () => {
      await page.goto(`${server.baseUrl}/assets/new`);
      await page.getByTestId('file-dropzone').waitFor();
      await drop('file-dropzone', [
        { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00 not a document') },
        { name: 'photo.pdf', mimeType: PDF_MIME, buffer: buildPng() },
      ]);
      await rowOf('setup.exe').and(page.locator('[data-phase="failed"]')).waitFor();
      assert.equal(
        await rowOf('setup.exe').getByTestId('file-row-error').innerText(),
        '“setup.exe” is not a file type Byline reads: send a PDF, PPTX, DOCX or XLSX.',
      );
      await rowOf('photo.pdf').and(page.locator('[data-phase="failed"]')).waitFor();
      assert.equal(
        await rowOf('photo.pdf').getByTestId('file-row-error').innerText(),
        'The content of photo.pdf does not match its .pdf name.',
      );
      await shot('refused-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('file-rows').scrollIntoViewIfNeeded();
      await shot('refused-390');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    step('a file chosen while writing a new asset is attached once it is saved, then read and previewed', async () => {
      const title = `Kickoff checklist ${suffix}`;
      await page.goto(`${server.baseUrl}/assets/new`);
      await page.getByRole('textbox', { name: 'Title' }).fill(title);
      await page.getByRole('textbox', { name: 'Body (Markdown)' }).fill('What to check before the kickoff call.');
      const checklist = await buildPdf({
        title: 'Kickoff checklist',
        pages: [{ heading: 'Before the call', lines: ['Agenda sent, attendees confirmed.'] }],
      });
      await drop('editor-file-dropzone', [{ name: 'Kickoff checklist.pdf', mimeType: PDF_MIME, buffer: checklist }]);
      await page.getByTestId('files-to-attach').getByText('Kickoff checklist.pdf').waitFor();
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
      await page.getByTestId('asset-title').filter({ hasText: title }).waitFor();
      const document = page.getByTestId('document').filter({ hasText: 'Kickoff checklist.pdf' });
      await document.scrollIntoViewIfNeeded();
      await document.locator('[data-testid="pdf-preview"][data-page="1"]').waitFor({ timeout: READ_TIMEOUT });
      assert.match(await document.innerText(), /PDF · 1 page/);
      await shot('attached-while-writing-1280');
      assert.deepEqual(pageErrors, []);
    });
  },
);
