// Near-copies in real Chromium against the built server: Mara, a new member, publishes a battlecard whose text is a
// demo battlecard's by other people; her asset page says what it looks like, by whom and how alike, and she makes it
// an adaptation: the page then shows where it comes from and her as its adapter. A second near-copy, still a draft,
// she declines on its edit page and publishes; Jonas (enablement) finds it on the Attribution reviews page and sets
// its original there. Theo's copy of the first battlecard resembles it and Mara's copy: he sees both, and Jonas
// chooses its original among them. A member has no such page. A PDF she attaches to a third asset copies another battlecard:
// once it is read, the asset page names it without a reload.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  SCREENSHOTS,
  accessibilityViolations,
  api,
  apiLogin,
  assetTitled,
  browserSession,
  createMember,
  journey,
  signIn,
  signOut,
} from './harness.mjs';
import { buildPdf } from './file-builders.mjs';

const PASSWORD = 'byline-demo';
const ADMIN = { email: 'admin@byline.demo', password: PASSWORD };
const JONAS = { email: 'jonas.weber@byline.demo', password: PASSWORD, name: 'Jonas Weber' };
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const suffix = Date.now().toString(36);
const THEO = { name: `Theo Copy ${suffix}`, email: `theo.${suffix}@byline.test`, password: 'theo-copy-password' };
const THEO_TITLE = `Northbeam objections cheat sheet ${suffix}`;
const MARA = { name: `Mara Copy ${suffix}`, email: `mara.${suffix}@byline.test`, password: 'mara-copy-password' };
// Demo battlecards by people other than Mara and Jonas.
const NORTHBEAM = 'Battlecard: Northbeam in mid-market deals';
const QUANTIX = 'Battlecard: displacing Quantix in enterprise replacement cycles';
const VELORIA = 'Battlecard: Veloria and the software-only pitch';
const READ_TIMEOUT = 120_000;

/** A title as a regular expression's literal text. */
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ASSET_FIELDS = 'id title summary body authors { user { name email } }';

/** A published demo asset, found by its exact title. */
async function demoAsset(baseUrl, token, title) {
  const found = await assetTitled(baseUrl, token, title, ASSET_FIELDS);
  assert.ok(
    !found.authors.some((author) => author.user.email === JONAS.email),
    `Jonas does not author "${title}", so he may review copies of it`,
  );
  return found;
}

/** Mara's draft: the original's text under her own title, with one line of her own. */
async function nearCopy(baseUrl, token, original, title) {
  const { createAsset } = await api(
    baseUrl,
    'mutation ($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
    {
      i: {
        kind: 'ENABLEMENT',
        visibility: 'ORG',
        title,
        summary: original.summary,
        body: `${original.body}\n\nMara's note: used with our regional accounts.`,
      },
    },
    token,
  );
  return createAsset.id;
}

/** A PDF whose pages carry this Markdown's text, in lines short enough for a page, in the PDF font's characters. */
function pdfOf(title, markdown) {
  const words = markdown
    .normalize('NFKD')
    .replace(/[^\x20-\x7e\n]/g, '')
    .replace(/[#*|_`>-]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const lines = [];
  for (const word of words) {
    if (lines.length && `${lines[lines.length - 1]} ${word}`.length <= 80) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  const pages = [];
  for (let at = 0; at < lines.length; at += 24) pages.push({ heading: title, lines: lines.slice(at, at + 24) });
  return buildPdf({ title, pages });
}

describe(
  'near-copies: the author is asked to make it an adaptation, enablement reviews the rest',
  { timeout: 600_000 },
  () => {
    let northbeam;
    let quantix;
    let adaptedId;
    let declinedId;
    let veloria;
    let readingId;
    let theoId;
    const e2e = browserSession({
      prefix: 'similarity/',
      browser: { viewport: { width: 1280, height: 900 } },
      seed: async ({ baseUrl }) => {
        const admin = await apiLogin(baseUrl, ADMIN);
        await createMember(baseUrl, admin.token, MARA);
        await createMember(baseUrl, admin.token, THEO);
        const mara = await apiLogin(baseUrl, MARA);
        northbeam = await demoAsset(baseUrl, mara.token, NORTHBEAM);
        quantix = await demoAsset(baseUrl, mara.token, QUANTIX);
        adaptedId = await nearCopy(baseUrl, mara.token, northbeam, `Northbeam battlecard for our region ${suffix}`);
        await api(baseUrl, 'mutation ($id: ID!) { publishAsset(id: $id) { id } }', { id: adaptedId }, mara.token);
        declinedId = await nearCopy(baseUrl, mara.token, quantix, `Quantix replacement talk tracks ${suffix}`);
        // Theo's copy of the same battlecard resembles it and Mara's copy too: two matches, both waiting for review.
        const theo = await apiLogin(baseUrl, THEO);
        theoId = await nearCopy(baseUrl, theo.token, northbeam, THEO_TITLE);
        await api(baseUrl, 'mutation ($id: ID!) { publishAsset(id: $id) { id } }', { id: theoId }, theo.token);
        veloria = await demoAsset(baseUrl, mara.token, VELORIA);
        const { createAsset } = await api(
          baseUrl,
          'mutation ($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
          {
            i: {
              kind: 'ENABLEMENT',
              visibility: 'ORG',
              title: `Partner pitch notes ${suffix}`,
              body: 'The deck we send partners is attached.',
            },
          },
          mara.token,
        );
        readingId = createAsset.id;
      },
    });
    const { pageErrors, shot } = e2e;
    let server;
    let page;
    const step = journey(it, shot);

    before(async () => {
      await mkdir(join(SCREENSHOTS, 'similarity'), { recursive: true });
      ({ server, page } = await e2e.start());
    });
    after(() => e2e.stop());

    const prompt = () => page.getByRole('status', { name: 'Similar asset found' });

    /** What is on screen has no serious accessibility violation and does not scroll sideways. */
    const readable = async (what) => {
      assert.deepEqual(await accessibilityViolations(page), [], what);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow} px`);
    };

    step('Mara’s published near-copy says what it looks like, by whom and how alike', async () => {
      await signIn(page, server.baseUrl, MARA);
      await page.goto(`${server.baseUrl}/assets/${adaptedId}`);
      await prompt().waitFor();
      const sentence = await page.getByTestId('similarity-best').innerText();
      assert.match(sentence, new RegExp(`^This looks like ${literal(NORTHBEAM)} by `));
      for (const author of northbeam.authors)
        assert.ok(sentence.includes(author.user.name), `names ${author.user.name}`);
      const percent = Number(/\((\d+)% the same\)/.exec(sentence)?.[1]);
      assert.ok(percent >= 60 && percent <= 100, `a near-copy is at least 60% the same (${sentence})`);
      assert.match(sentence, /Make yours an adaptation\?$/);
      assert.equal(
        await prompt().getByRole('link', { name: NORTHBEAM }).getAttribute('href'),
        `/assets/${northbeam.id}`,
      );
      await shot('prompt-1280');
      await readable('prompt-1280');
      await page.setViewportSize({ width: 375, height: 812 });
      await prompt().scrollIntoViewIfNeeded();
      await shot('prompt-375');
      await readable('prompt-375');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    step('she makes it an adaptation: the page shows its origin and her as adapter', async () => {
      await prompt().getByRole('button', { name: 'Make it an adaptation' }).click();
      const done = page.getByTestId('similarity-adapted');
      await done.waitFor();
      assert.match(await done.innerText(), new RegExp(`Yours now derives from ${literal(NORTHBEAM)}`));
      assert.equal(await prompt().count(), 0, 'the question is gone');
      const lineage = page.getByTestId('adapted-from');
      await lineage.waitFor();
      assert.ok((await lineage.innerText()).includes(NORTHBEAM), 'the breadcrumb names the original');
      const authors = page.getByTestId('asset-authors');
      await authors.getByText('Adapter').waitFor();
      assert.ok((await authors.innerText()).includes(MARA.name));
      await shot('adapted-1280');
      await readable('adapted-1280');
      // It stays so after a reload, and nothing asks again.
      await page.reload();
      await page.getByTestId('adapted-from').waitFor();
      await page.getByTestId('asset-title').waitFor();
      assert.equal(await prompt().count(), 0);
    });

    step('on the edit page of her second near-copy she says it is not a copy, then publishes it', async () => {
      await page.goto(`${server.baseUrl}/assets/${declinedId}/edit`);
      await prompt().waitFor();
      assert.ok((await page.getByTestId('similarity-best').innerText()).includes(QUANTIX));
      await prompt().getByRole('button', { name: "It's not a copy" }).click();
      const note = page.getByTestId('similarity-declined');
      await note.waitFor();
      assert.equal(await note.innerText(), 'Noted as not a copy. Enablement may review it once it is published.');
      assert.equal(await prompt().count(), 0, 'the prompt goes');
      await shot('declined-edit-1280');
      await readable('declined-edit-1280');
      await page.goto(`${server.baseUrl}/assets/${declinedId}`);
      await page.getByTestId('draft-notice').waitFor();
      assert.equal(await prompt().count(), 0, 'a declined match is not offered again');
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByTestId('draft-notice').waitFor({ state: 'detached' });
    });

    step('Theo’s copy resembles two assets: the best is asked about, the other one on demand', async () => {
      await signOut(page, server.baseUrl);
      await signIn(page, server.baseUrl, THEO);
      await page.goto(`${server.baseUrl}/assets/${theoId}`);
      await prompt().waitFor();
      const more = prompt().getByRole('button', { name: 'and 1 more' });
      assert.equal(await more.getAttribute('aria-expanded'), 'false');
      const titles = [NORTHBEAM, `Northbeam battlecard for our region ${suffix}`];
      const best = await page.getByTestId('similarity-best').innerText();
      const [bestTitle, otherTitle] = best.includes(NORTHBEAM) ? titles : [...titles].reverse();
      await more.click();
      const other = prompt().getByTestId('similarity-other');
      await other.waitFor();
      assert.match(await other.innerText(), new RegExp(`^Also like ${literal(otherTitle)} by `));
      await other.getByRole('button', { name: `Make it an adaptation of “${otherTitle}”` }).waitFor();
      assert.ok(best.includes(bestTitle));
      // The list opens with a transition: the shots wait for its end.
      const opened = () => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await opened();
      await shot('two-matches-1280');
      await readable('two-matches-1280');
      await page.setViewportSize({ width: 375, height: 812 });
      await other.scrollIntoViewIfNeeded();
      await opened();
      await shot('two-matches-375');
      await readable('two-matches-375');
      await page.setViewportSize({ width: 1280, height: 900 });
      // He leaves it to enablement.
    });

    step('a member sees no Attribution reviews link, and the page is not for her', async () => {
      await signOut(page, server.baseUrl);
      await signIn(page, server.baseUrl, SOFIA);
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await nav.getByRole('link', { name: 'Feed' }).waitFor({ state: 'attached' });
      assert.equal(await nav.getByRole('link', { name: 'Attribution reviews' }).count(), 0);
      await page.goto(`${server.baseUrl}/attribution-reviews`);
      const refusal = page.getByTestId('reviews-not-allowed');
      await refusal.waitFor();
      assert.match(await refusal.innerText(), /Enablement and admins only/);
      assert.equal(await page.getByTestId('attribution-review').count(), 0);
    });

    step('Jonas opens Attribution reviews from the navigation: Mara’s declined copy waits there', async () => {
      await signOut(page, server.baseUrl);
      await signIn(page, server.baseUrl, JONAS);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Attribution reviews' })
        .click();
      await page.waitForURL(`${server.baseUrl}/attribution-reviews`);
      await page.getByRole('heading', { name: 'Attribution reviews', level: 1 }).waitFor();
      const row = page
        .getByTestId('attribution-review')
        .filter({ hasText: `Quantix replacement talk tracks ${suffix}` });
      await row.waitFor();
      assert.equal(await row.getAttribute('data-status'), 'OPEN');
      const text = await row.innerText();
      assert.ok(text.includes(MARA.name), 'the asset’s author');
      assert.ok(text.includes(QUANTIX), 'the best match');
      for (const author of quantix.authors)
        assert.ok(text.includes(author.user.name), `the match’s author ${author.user.name}`);
      assert.match(text, /\d+% the same/);
      // The adaptation Mara made herself is not waiting for anyone.
      assert.equal(
        await page
          .getByTestId('attribution-review')
          .filter({
            has: page.getByTestId('review-asset').filter({ hasText: `Northbeam battlecard for our region ${suffix}` }),
          })
          .and(page.locator('[data-status="OPEN"]'))
          .count(),
        0,
      );
      await shot('reviews-1280');
      await readable('reviews-1280');
      await page.setViewportSize({ width: 375, height: 812 });
      await row.scrollIntoViewIfNeeded();
      await shot('reviews-375');
      await readable('reviews-375');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    step(
      'he sets it as an adaptation of the Quantix battlecard: the row shows the outcome, the asset its origin',
      async () => {
        const row = page
          .getByTestId('attribution-review')
          .filter({ hasText: `Quantix replacement talk tracks ${suffix}` });
        await row.getByRole('button', { name: `Set as adaptation of “${QUANTIX}”` }).click();
        await row.and(page.locator('[data-status="LINEAGE_SET"]')).waitFor();
        assert.match(
          await row.getByTestId('review-outcome').innerText(),
          new RegExp(`^Set as an adaptation of ${literal(QUANTIX)} on `),
        );
        assert.equal(await row.getByRole('button', { name: 'Not a copy' }).count(), 0, 'no decision is left to take');
        await shot('resolved-1280');
      },
    );

    step('Theo’s copy he sets as an adaptation of the demo battlecard, chosen among its two matches', async () => {
      const row = page.getByTestId('attribution-review').filter({ hasText: THEO_TITLE });
      const choice = row.getByRole('radiogroup', { name: 'Which one is its original?' });
      await choice.getByRole('radio', { name: new RegExp(`^${literal(NORTHBEAM)} \\(\\d+%\\)$`) }).check();
      await row.getByRole('button', { name: `Set as adaptation of “${NORTHBEAM}”` }).click();
      await row.and(page.locator('[data-status="LINEAGE_SET"]')).waitFor();
      assert.match(
        await row.getByTestId('review-outcome').innerText(),
        new RegExp(`^Set as an adaptation of ${literal(NORTHBEAM)} on `),
      );
      assert.equal(
        await page.getByTestId('attribution-reviews-empty').innerText(),
        'No near-copies waiting for review.',
      );
      await shot('all-resolved-1280');
      await readable('all-resolved-1280');
      const quantixRow = page
        .getByTestId('attribution-review')
        .filter({ hasText: `Quantix replacement talk tracks ${suffix}` });
      await quantixRow.getByRole('link', { name: `Quantix replacement talk tracks ${suffix}` }).click();
      const lineage = page.getByTestId('adapted-from');
      await lineage.waitFor();
      assert.ok((await lineage.innerText()).includes(QUANTIX));
    });

    step('a file she attaches is read, and what it copies is named without a reload', async () => {
      await signOut(page, server.baseUrl);
      await signIn(page, server.baseUrl, MARA);
      await page.goto(`${server.baseUrl}/assets/${readingId}`);
      await page.getByTestId('asset-title').waitFor();
      await page.getByTestId('attachments').waitFor();
      assert.equal(await prompt().count(), 0, 'her own two lines resemble nothing');
      const pdf = await pdfOf('Partner pitch', veloria.body);
      await page
        .getByTestId('attachments')
        .locator('input[type="file"]')
        .setInputFiles({ name: 'Partner pitch.pdf', mimeType: 'application/pdf', buffer: pdf });
      await prompt().waitFor({ timeout: READ_TIMEOUT });
      const sentence = await page.getByTestId('similarity-best').innerText();
      assert.match(
        sentence,
        new RegExp(`^This looks like ${literal(VELORIA)} by ${literal(veloria.authors[0].user.name)}`),
      );
      await shot('found-after-reading-1280');
    });

    step('she makes that one an adaptation from its edit page, and her next save goes through', async () => {
      await page.goto(`${server.baseUrl}/assets/${readingId}/edit`);
      await prompt().getByRole('button', { name: 'Make it an adaptation' }).click();
      const done = page.getByTestId('similarity-adapted');
      await done.waitFor();
      assert.match(await done.innerText(), /The form now shows the version this made\.$/);
      // Adapting made version 2 (its authors changed): the form starts from it, so saving is no conflict.
      await page.getByText('version 2. Saving makes version 3.').waitFor();
      const body = page.getByRole('textbox', { name: 'Body' });
      await body.fill('The deck we send partners is attached, adapted from the Veloria battlecard.');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL(`${server.baseUrl}/assets/${readingId}`);
      await page.getByTestId('adapted-from').getByText(VELORIA).waitFor();
      assert.equal(await page.getByTestId('edit-conflict').count(), 0);
    });

    it('no error was thrown in the page', () => {
      assert.deepEqual(pageErrors, []);
    });
  },
);
