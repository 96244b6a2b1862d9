// The content journey in real Chromium against the built server with demo data: Sofia (EMEA Enterprise) writes an
// asset with a co-author and publishes it; Carol (North America Mid-Market) finds it by search and by a facet, adapts
// it and publishes the adaptation, which the parent then lists; a TEAM asset of Sofia's stays invisible to Carol.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { browserSession, journey, signIn as signInAt, signOut as signOutAt } from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const CAROL = { email: 'carol.jensen@byline.demo', password: PASSWORD, name: 'Carol Jensen' };

const suffix = Date.now().toString(36);
const playbook = {
  title: `Discovery call playbook for CFOs ${suffix}`,
  summary: 'Five questions that turn a first CFO meeting into a quantified business case.',
  // Raw HTML must come out as text, never as markup.
  body: '## Why it works\n\nCFOs buy **outcomes**.\n\n1. Start with the board priority\n2. Quantify inaction\n\n<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>',
  tag: 'cfo-discovery',
};
const adaptationTitle = `${playbook.title} — North America edition`;
const teamAsset = { title: `EMEA pricing guardrails ${suffix}`, body: 'Discount bands and who approves them.' };
const attachment = { name: 'call-notes.txt', content: `Notes for the playbook ${suffix}\n` };

describe('content: share, find, adapt', { timeout: 420_000 }, () => {
  const e2e = browserSession({ prefix: 'content-', browser: { acceptDownloads: true } });
  const { pageErrors, shot } = e2e;
  let server;
  let context;
  let page;
  let playbookPath;
  let adaptationPath;
  let teamAssetPath;

  const url = (path) => `${server.baseUrl}${path}`;
  const pathname = () => new URL(page.url()).pathname;
  const nav = () => page.getByRole('navigation', { name: 'Main navigation' });

  const signIn = (person) => signInAt(page, server.baseUrl, person);
  const signOut = () => signOutAt(page, server.baseUrl);

  const editor = () => page.getByRole('form', { name: 'Asset editor' });
  const titleInput = () => editor().getByRole('textbox', { name: /^Title/ });
  const bodyInput = () => editor().getByRole('textbox', { name: 'Body (Markdown)' });

  /** Waits for the asset page the editor lands on after saving, and returns its path. */
  const waitForAssetPage = async (title) => {
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await page.getByTestId('asset-title').filter({ hasText: title }).waitFor();
    return pathname();
  };

  const librarySearch = async (text) => {
    await page.getByRole('searchbox', { name: 'Search assets' }).fill(text);
    await page.waitForURL((current) => current.searchParams.get('q') === text);
  };

  const step = journey(it, shot);

  before(async () => {
    ({ server, context, page } = await e2e.start());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
  });
  after(() => e2e.stop());

  step('Sofia writes an asset with Lars as co-author (60/40)', async () => {
    await signIn(SOFIA);
    await nav().getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New asset' }).first().click();
    await page.waitForURL(url('/assets/new'));

    await titleInput().fill(playbook.title);
    assert.equal(await page.getByTestId('title-counter').textContent(), `${playbook.title.length}/200`);
    await editor().getByRole('textbox', { name: 'Summary' }).fill(playbook.summary);
    await bodyInput().fill(playbook.body);
    const tags = editor().getByRole('combobox', { name: 'Tags' });
    await tags.fill(playbook.tag);
    await tags.press('Enter');

    await editor().getByRole('combobox', { name: 'Add an author' }).fill('Lars');
    await page.getByRole('option', { name: /Lars Nilsson/ }).click();
    // A new co-author joins an untouched split equally.
    assert.equal(await editor().getByTestId('share-total').textContent(), 'Shares add up to 100/100');
    await editor().getByRole('textbox', { name: 'Share of Sofia Rossi' }).fill('70');
    assert.equal(await editor().getByTestId('share-total').textContent(), 'Shares add up to 120/100');
    await editor().getByRole('textbox', { name: 'Share of Sofia Rossi' }).fill('60');
    await editor().getByRole('textbox', { name: 'Share of Lars Nilsson' }).fill('40');
    assert.equal(await editor().getByTestId('share-total').textContent(), 'Shares add up to 100/100');
    assert.equal(await editor().getByRole('combobox', { name: 'Role of Lars Nilsson' }).inputValue(), 'Co-author');

    await editor().getByRole('tab', { name: 'Preview' }).click();
    await editor().getByTestId('markdown-body').getByRole('heading', { name: 'Why it works' }).waitFor();
    await shot('01-editor-preview');
    await editor().getByRole('tab', { name: 'Write' }).click();
    await editor().getByText('Authors', { exact: true }).scrollIntoViewIfNeeded();
    await shot('02-editor-co-author');
  });

  step('Sofia publishes it; the page shows the authors and their shares, and renders no raw HTML', async () => {
    await editor().getByRole('button', { name: 'Publish' }).click();
    playbookPath = await waitForAssetPage(playbook.title);
    assert.equal(await page.getByTestId('asset-status').textContent(), 'Published');
    const authors = page.getByTestId('asset-authors');
    assert.match(await authors.getByTestId('author-row').filter({ hasText: 'Sofia Rossi' }).innerText(), /60%/);
    assert.match(await authors.getByTestId('author-row').filter({ hasText: 'Lars Nilsson' }).innerText(), /40%/);
    assert.match(await authors.innerText(), /Lead author/);
    assert.match(await authors.innerText(), /Co-author/);

    const body = page.getByTestId('markdown-body');
    await body.getByRole('heading', { name: 'Why it works' }).waitFor();
    assert.equal(await body.locator('script, img').count(), 0, 'raw HTML is not rendered as elements');
    assert.match(await body.innerText(), /<script>/, 'raw HTML is shown as text');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await shot('03-asset-published');
  });

  step('Sofia attaches a file, and downloads it again', async () => {
    const section = page.getByTestId('attachments');
    await section.locator('input[type="file"]').setInputFiles({
      name: attachment.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(attachment.content),
    });
    const row = section.getByTestId('attachment-row').filter({ hasText: attachment.name });
    await row.waitFor();
    assert.match(await row.innerText(), /added by Sofia Rossi/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Download ${attachment.name}` }).click(),
    ]);
    assert.equal(download.suggestedFilename(), attachment.name);
    assert.equal(await readFile(await download.path(), 'utf8'), attachment.content);
    await section.scrollIntoViewIfNeeded();
    await shot('04-attachment');
  });

  step('Sofia is told plainly when someone saved a newer version while she edited, and keeps her text', async () => {
    await page.getByTestId('asset-actions').getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(url(`${playbookPath}/edit`));
    await titleInput().waitFor();
    assert.equal(await titleInput().inputValue(), playbook.title);

    // Someone else (here: Sofia in another tab) saves a new version meanwhile.
    const assetId = playbookPath.split('/').pop();
    const concurrentSummary = `Changed in another tab ${suffix}`;
    await page.evaluate(
      async ({ id, summary }) => {
        const call = async (query, variables) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              // The session cookie goes along; its CSRF token is the readable cookie.
              'x-csrf-token': decodeURIComponent(document.cookie.match(/(?:^|; )byline_csrf=([^;]*)/)[1]),
            },
            body: JSON.stringify({ query, variables }),
          });
          const { data, errors } = await response.json();
          if (errors) throw new Error(JSON.stringify(errors));
          return data;
        };
        const { asset } = await call('query($id: ID!) { asset(id: $id) { version } }', { id });
        await call('mutation($id: ID!, $input: UpdateAssetInput!) { updateAsset(id: $id, input: $input) { id } }', {
          id,
          input: { expectedVersion: asset.version, summary },
        });
      },
      { id: assetId, summary: concurrentSummary },
    );

    const myText = `${playbook.body}\n\nMy local change ${suffix}.`;
    await bodyInput().fill(myText);
    await editor().getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByTestId('edit-conflict');
    await conflict.waitFor();
    assert.equal(await bodyInput().inputValue(), myText, 'the text being edited is kept');
    assert.match(pathname(), /\/edit$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('05-edit-conflict');

    await conflict.getByRole('button', { name: 'Copy my text and load the latest' }).click();
    await conflict.waitFor({ state: 'detached' });
    await page.waitForFunction(
      (summary) => [...document.querySelectorAll('textarea')].some((textarea) => textarea.value === summary),
      concurrentSummary,
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), myText);
    await editor().getByRole('link', { name: 'Cancel' }).click();
    await page.waitForURL(url(playbookPath));
  });

  step('Sofia shares an asset with her team only', async () => {
    await page.goto(url('/assets/new'));
    await titleInput().fill(teamAsset.title);
    await bodyInput().fill(teamAsset.body);
    await editor().getByRole('radio', { name: 'Team only' }).check();
    await editor().getByText('Only EMEA Enterprise, its managers and admins can see it.').waitFor();
    await editor().getByRole('button', { name: 'Publish' }).click();
    teamAssetPath = await waitForAssetPage(teamAsset.title);
    assert.equal(await page.getByTestId('asset-visibility').textContent(), 'Team only');
    await shot('06-team-asset');

    // Sofia's own search finds it: the same search finding nothing for Carol then means something.
    await nav().getByRole('link', { name: 'Library' }).click();
    await librarySearch(teamAsset.title);
    await page.getByTestId('asset-card').filter({ hasText: teamAsset.title }).waitFor();
    await signOut();
  });

  step('Carol finds the playbook by search', async () => {
    await signIn(CAROL);
    await shot('07-carol-feed');
    await nav().getByRole('link', { name: 'Library' }).click();
    await librarySearch('discovery playbook');
    const card = page.getByTestId('asset-card').filter({ hasText: playbook.title });
    await card.waitFor();
    assert.match(await card.innerText(), /Sofia Rossi, Lars Nilsson/);
    assert.match(await card.innerText(), /EMEA Enterprise/);
    await shot('08-library-search');
  });

  step("Carol finds the playbook by a facet (Sofia's team), reflected in the URL", async () => {
    await page.getByRole('button', { name: 'Clear search', exact: true }).click();
    await page.waitForURL((current) => !current.searchParams.has('q'));
    const teamFacet = page.getByTestId('facet-teamId');
    await teamFacet.getByRole('button', { name: /EMEA Enterprise/ }).click();
    await page.waitForURL((current) => current.searchParams.has('team'));
    await page.getByTestId('active-filter').filter({ hasText: 'Team: EMEA Enterprise' }).waitFor();
    // Newest first: the playbook is on the first page, and every result is from that team.
    const card = page.getByTestId('asset-card').filter({ hasText: playbook.title });
    await card.waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="asset-card"]')].every((element) =>
        element.textContent.includes('EMEA Enterprise'),
      ),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('09-library-facet');

    // The same filtered view comes back from the address alone.
    await page.reload();
    await card.waitFor();
    assert.equal(await teamFacet.getByRole('button', { pressed: true }).count(), 1);
  });

  step('Carol opens it, follows its tag, and its tag chip opens the library filtered by it', async () => {
    await page.getByTestId('asset-card').filter({ hasText: playbook.title }).getByTestId('asset-card-title').click();
    await waitForAssetPage(playbook.title);
    assert.equal(await page.getByTestId('asset-actions').getByRole('link', { name: 'Edit' }).count(), 0);
    await page.getByRole('button', { name: `Follow #${playbook.tag}` }).click();
    await page.getByRole('button', { name: `Unfollow #${playbook.tag}` }).waitFor();
    await shot('10-carol-views-playbook');

    await page
      .getByTestId('asset-tag')
      .getByRole('link', { name: `#${playbook.tag}` })
      .click();
    await page.waitForURL(
      (current) => current.pathname === '/library' && current.searchParams.get('tag') === playbook.tag,
    );
    await page.waitForFunction((title) => {
      const cards = [...document.querySelectorAll('[data-testid="asset-card"]')];
      return cards.length === 1 && cards[0].textContent.includes(title);
    }, playbook.title);
    assert.equal(await page.getByTestId('library-count').textContent(), '1 asset');
    await page.goBack();
    await waitForAssetPage(playbook.title);
  });

  step('Carol adapts the playbook and publishes her adaptation', async () => {
    await page.getByTestId('asset-actions').getByRole('link', { name: 'Adapt' }).click();
    await page.waitForURL(url(`${playbookPath}/adapt`));
    await titleInput().waitFor();
    assert.equal(await titleInput().inputValue(), playbook.title, 'the editor starts from the parent');
    assert.match(await bodyInput().inputValue(), /Why it works/);
    const carolRow = editor().getByTestId('author-editor-row');
    assert.equal(await carolRow.count(), 1);
    assert.equal(await editor().getByRole('combobox', { name: 'Role of Carol Jensen' }).inputValue(), 'Adapter');

    await titleInput().fill(adaptationTitle);
    await shot('11-adapt-editor');
    await editor().getByRole('button', { name: 'Publish' }).click();
    adaptationPath = await waitForAssetPage(adaptationTitle);
    assert.notEqual(adaptationPath, playbookPath);
    const adaptedFrom = page.getByTestId('adapted-from');
    await adaptedFrom.getByRole('link', { name: playbook.title }).waitFor();
    assert.equal(await page.getByTestId('asset-status').textContent(), 'Published');
    await shot('12-adaptation-published');
  });

  step("the playbook's page lists the adaptation", async () => {
    await page.getByTestId('adapted-from').getByRole('link', { name: playbook.title }).click();
    await page.waitForURL(url(playbookPath));
    const adaptations = page.getByTestId('adaptations');
    const row = adaptations.getByTestId('adaptation-row').filter({ hasText: adaptationTitle });
    await row.waitFor();
    assert.match(await row.innerText(), /Carol Jensen/);
    await adaptations.scrollIntoViewIfNeeded();
    await shot('13-parent-lists-adaptation');
  });

  step('the feed shows the new work and what Carol follows', async () => {
    await nav().getByRole('link', { name: 'Feed' }).click();
    await page.waitForURL(url('/'));
    await page.getByTestId('feed').getByTestId('asset-card').filter({ hasText: adaptationTitle }).waitFor();
    await page.getByTestId('following-panel').getByTestId('followed-tag').filter({ hasText: playbook.tag }).waitFor();
    await shot('14-carol-feed');
  });

  step("Carol cannot find Sofia's team-only asset, nor open it by its address", async () => {
    await nav().getByRole('link', { name: 'Library' }).click();
    await librarySearch(teamAsset.title);
    await page.getByTestId('library-empty').waitFor();
    assert.equal(await page.getByTestId('library-count').textContent(), '0 assets');
    assert.equal(await page.getByTestId('asset-card').count(), 0);
    await shot('15-team-asset-not-in-search');

    await page.goto(url(teamAssetPath));
    await page.getByTestId('asset-not-found').waitFor();
    assert.equal(await page.getByText(teamAsset.title).count(), 0);
    await shot('16-team-asset-not-found');
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
