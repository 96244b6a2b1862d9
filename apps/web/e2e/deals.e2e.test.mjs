// The deals journey in real Chromium against the built server with demo data: the admin imports the Maven CRM
// dataset (accounts, teams and people, 8,800 deals) through the Import page and watches each upload finish; a file
// with a bad row shows its row-by-row error report and downloads it as CSV; the win/loss dashboard draws its charts
// over the imported deals; the deal list filters through the URL; a deal's page shows the content suggested for it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, browserSession, journey, signIn } from './harness.mjs';

// The shared datasets sit beside the repository, as ../shared/datasets from its root.
const MAVEN = join(REPO_ROOT, '../shared/datasets/maven-crm');
const MAVEN_FILES = ['accounts.csv', 'sales_teams.csv', 'sales_pipeline.csv'];
const ADMIN = { email: 'admin@byline.demo', password: 'byline-demo', name: 'Priya Raman' };

const missingDataset = MAVEN_FILES.some((file) => !existsSync(join(MAVEN, file)))
  ? `the Maven CRM dataset is not at ${MAVEN} (expected ${MAVEN_FILES.join(', ')}); the deals journey needs it`
  : false;

const suffix = Date.now().toString(36).toUpperCase();
// Two open deals for the admin (matched by email) and a row without its required stage: the import keeps the good
// rows and reports the bad one by its line in the file (the header is line 1).
const myDeals = [
  { id: `E2E-${suffix}-1`, name: `Acme renewal ${suffix}`, product: 'GTX Pro', account: 'Acme Corporation' },
  { id: `E2E-${suffix}-2`, name: `Betasoloin expansion ${suffix}`, product: 'MG Special', account: 'Betasoloin' },
];
const badRowId = `E2E-${suffix}-BAD`;
const myDealsCsv = [
  'opportunity_id,opportunity name,sales_agent,product,account,deal_stage,engage_date,close_date,close_value',
  ...myDeals.map(
    (deal) => `${deal.id},${deal.name},${ADMIN.email},${deal.product},${deal.account},Engaging,2026-01-05,,`,
  ),
  `${badRowId},Broken row,${ADMIN.email},GTX Pro,Acme Corporation,,2026-01-05,,`,
].join('\n');

describe('deals: import, win/loss, suggestions', { timeout: 600_000, skip: missingDataset }, () => {
  const e2e = browserSession({
    prefix: 'deals-',
    browser: { viewport: { width: 1440, height: 960 }, acceptDownloads: true },
  });
  const { pageErrors, shot } = e2e;
  let server;
  let context;
  let page;

  const url = (path) => `${server.baseUrl}${path}`;
  const nav = () => page.getByRole('navigation', { name: 'Main navigation' });
  const count = async (locator) => Number((await locator.textContent()).replace(/[^\d]/g, ''));
  // Asks the API what the page should show, with the page's own session.
  const gql = (query, variables = {}) =>
    page.evaluate(
      async ({ query: text, variables: values }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            // The session cookie goes along; its CSRF token is the readable cookie.
            'x-csrf-token': decodeURIComponent(document.cookie.match(/(?:^|; )byline_csrf=([^;]*)/)[1]),
          },
          body: JSON.stringify({ query: text, variables: values }),
        });
        const { data, errors } = await response.json();
        if (errors) throw new Error(JSON.stringify(errors));
        return data;
      },
      { query, variables },
    );
  const centralTeamId = async () => {
    const { teams } = await gql('{ teams { id name } }');
    return teams.find((team) => team.name === 'Central').id;
  };
  const closedDeals = async () => {
    const { winLoss } = await gql('{ winLoss(groupBy: QUARTER) { won lost } }');
    return winLoss.reduce((sum, row) => sum + row.won + row.lost, 0);
  };

  const step = journey(it, shot);

  /**
   * Picks a file in one import step and follows its progress bar: it must be seen uploading or processing, then
   * reach 100% in the done state. Returns the step's section.
   */
  const importFile = async (kind, file) => {
    const section = page.getByTestId(`import-step-${kind}`);
    const progress = section.getByTestId('import-progress');
    // Record every state the bar goes through, however fast the upload is on this machine.
    await page.evaluate((stepKind) => {
      window.__importStates = [];
      const root = document.querySelector(`[data-testid="import-step-${stepKind}"]`);
      const record = () => {
        const bar = root.querySelector('[data-testid="import-progress"]');
        const state = bar?.getAttribute('data-state');
        if (state && window.__importStates.at(-1) !== state) window.__importStates.push(state);
      };
      new MutationObserver(record).observe(root, { subtree: true, childList: true, attributes: true });
    }, kind);
    await section.locator('input[type="file"]').setInputFiles(file);
    await progress.and(page.locator('[data-state="done"]')).waitFor({ timeout: 120_000 });
    const states = await page.evaluate(() => window.__importStates);
    assert.ok(
      states.includes('uploading') || states.includes('processing'),
      `the progress bar showed the upload (${states.join(' → ')})`,
    );
    assert.equal(states.at(-1), 'done');
    assert.equal(await progress.locator('[role="progressbar"]').getAttribute('aria-valuenow'), '100');
    await section.getByTestId('import-result').waitFor();
    return section;
  };

  before(async () => {
    ({ server, context, page } = await e2e.start());
    context.setDefaultTimeout(20_000);
  });
  after(() => e2e.stop());

  step('the admin opens the Import page from the Administration menu', async () => {
    await signIn(page, server.baseUrl, ADMIN);
    await nav().getByRole('link', { name: 'Import' }).click();
    await page.waitForURL(url('/admin/import'));
    await page.getByRole('heading', { name: 'Import from your CRM', level: 1 }).waitFor();

    const deals = page.getByTestId('import-step-deals');
    await deals.getByRole('button', { name: 'Expected columns' }).click();
    const columns = deals.getByTestId('expected-columns');
    await columns.waitFor();
    assert.match(await columns.textContent(), /opportunity_id\s*required/);
    assert.match(await columns.textContent(), /close_value\s*or amount/);
    await shot('01-import-page');
    await deals.getByRole('button', { name: 'Hide columns' }).click();
  });

  step('imports the 85 Maven accounts', async () => {
    const section = await importFile('accounts', join(MAVEN, 'accounts.csv'));
    assert.equal(await count(section.getByTestId('import-created').getByTestId('import-count')), 85);
    assert.equal(await count(section.getByTestId('import-skipped').getByTestId('import-count')), 0);
    await section.getByTestId('import-no-errors').waitFor();
  });

  step('imports the Maven sales teams and people', async () => {
    const section = await importFile('teams', join(MAVEN, 'sales_teams.csv'));
    assert.equal(await count(section.getByTestId('import-rows').getByTestId('import-count')), 35);
    assert.ok((await count(section.getByTestId('import-created').getByTestId('import-count'))) > 0);
    assert.equal(await count(section.getByTestId('import-skipped').getByTestId('import-count')), 0);
  });

  step('imports the 8,800 Maven deals, watching the progress bar reach done', async () => {
    const section = await importFile('deals', join(MAVEN, 'sales_pipeline.csv'));
    assert.equal(await section.getByTestId('import-created').getByTestId('import-count').textContent(), '8,800');
    assert.equal(await count(section.getByTestId('import-skipped').getByTestId('import-count')), 0);
    assert.match(await section.getByTestId('import-progress-label').textContent(), /Done: 8,800 rows read/);
    await section.scrollIntoViewIfNeeded();
    await shot('02-deals-imported');
  });

  step('a file with a bad row keeps the good rows and reports the bad one, downloadable as CSV', async () => {
    const section = page.getByTestId('import-step-deals');
    await section.getByRole('button', { name: 'Import another file' }).click();
    await importFile('deals', { name: 'my-deals.csv', mimeType: 'text/csv', buffer: Buffer.from(myDealsCsv) });
    assert.equal(await count(section.getByTestId('import-created').getByTestId('import-count')), 2);
    assert.equal(await count(section.getByTestId('import-skipped').getByTestId('import-count')), 1);
    const errorRow = section.getByTestId('import-error-row');
    assert.equal(await errorRow.count(), 1);
    assert.match(await errorRow.innerText(), /^4\s/);
    await section.getByTestId('import-errors').scrollIntoViewIfNeeded();
    await shot('03-import-errors');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download errors (CSV)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /import-errors\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines[0], 'row,message');
    assert.equal(lines.length, 2);
    assert.match(lines[1], /^4,/);
  });

  step('the win/loss dashboard charts the imported deals', async () => {
    await nav().getByRole('link', { name: 'Win/Loss' }).click();
    await page.waitForURL(url('/win-loss'));
    const winRate = page.getByTestId('win-rate-chart');
    // One bar per industry (at least the ten of the Maven accounts).
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="win-rate-chart"] svg .recharts-bar-rectangle').length >= 10,
    );
    assert.ok((await winRate.locator('svg').count()) > 0);
    assert.ok((await page.getByTestId('won-amount-chart').locator('svg .recharts-bar-rectangle').count()) >= 10);
    await page.getByTestId('win-rate-trend').locator('svg .recharts-line-curve').waitFor();
    // Maven alone closed 6,711 deals (4,238 won, 2,473 lost); the demo organisation may add its own.
    const closed = await closedDeals();
    assert.ok(closed >= 6711, `${closed} closed deals`);
    assert.equal(
      await count(page.getByTestId('summary-closed').getByTestId('summary-value')),
      closed,
      'the summary counts every closed deal',
    );
    assert.ok((await count(page.getByTestId('summary-won').getByTestId('summary-value'))) >= 4238);
    await shot('04-win-loss-industry');

    // The tooltip of a bar tells its won and lost counts.
    await winRate.locator('svg .recharts-bar-rectangle').first().hover();
    const tooltip = page.getByTestId('chart-tooltip').first();
    await tooltip.waitFor();
    assert.match(await tooltip.innerText(), /\d+ won · \d+ lost/);
    await shot('05-win-loss-tooltip');

    // Every rate says how many deals it rests on; industries under the minimum are listed apart, never ranked.
    const rateCard = page.getByTestId('win-rate-card');
    assert.match(await winRate.innerText(), /\d+% of [\d,]+ deals/);
    const { winLoss: industries } = await gql('{ winLoss(groupBy: INDUSTRY) { key won lost } }');
    const small = industries.filter(
      (industry) => industry.won + industry.lost > 0 && industry.won + industry.lost < 10,
    );
    if (small.length > 0) {
      const tooFew = page.getByTestId('too-few-deals');
      assert.match(await tooFew.innerText(), /Too few deals to rate/);
      assert.ok((await tooFew.innerText()).includes(small[0].key), `${small[0].key} is listed apart`);
    }
    // The chart's text alternatives: a summary for screen readers and the data as a table.
    assert.match(
      (await rateCard.locator('[role="img"]').first().getAttribute('aria-label')) ?? '',
      /^Win rate of \d+ groups with at least 10 closed deals/,
    );
    await rateCard.getByRole('button', { name: 'Show as table' }).click();
    const rated = await rateCard.getByTestId('chart-table').locator('tbody tr td:first-child').allInnerTexts();
    assert.ok(rated.length >= 10);
    for (const industry of small) {
      assert.ok(!rated.includes(industry.key), `${industry.key} is not ranked`);
    }
    // Lost amounts have their own chart: the won amount chart plots won deals only.
    assert.ok((await page.getByTestId('lost-amount-chart').locator('svg .recharts-bar-rectangle').count()) >= 10);
    assert.equal(await page.getByTestId('won-amount-chart').locator('.recharts-legend-wrapper').count(), 0);

    await page.getByTestId('dimension-switcher').getByText('Team', { exact: true }).click();
    await page.waitForURL((current) => current.searchParams.get('by') === 'TEAM');
    await page.getByRole('heading', { name: 'Win rate by team' }).waitFor();
    const { winLoss: teams } = await gql('{ winLoss(groupBy: TEAM) { key won lost } }');
    const teamsWithClosedDeals = teams.filter((team) => team.won + team.lost >= 10).length;
    assert.ok(teamsWithClosedDeals >= 3, 'the three Maven offices at least');
    await page.waitForFunction(
      (expected) =>
        document.querySelectorAll('[data-testid="win-rate-chart"] svg .recharts-bar-rectangle').length === expected,
      Math.min(teamsWithClosedDeals, 12),
    );
    await page.getByTestId('win-rate-trend-card').scrollIntoViewIfNeeded();
    await shot('06-win-loss-team');
    const influence = page.getByTestId('content-influence-card');
    await influence.scrollIntoViewIfNeeded();
    // A lift is a gain or a loss only when its interval excludes the baseline, and says so in words.
    for (const lift of await influence.getByTestId('influence-lift').all()) {
      const tone = await lift.getAttribute('data-tone');
      const text = await lift.innerText();
      if (tone === 'gain' || tone === 'loss') {
        assert.match(text, /pts, the interval excludes no change/);
      } else if (tone === 'unclear') {
        assert.match(text, /not distinguishable from comparable deals|No comparable deals/);
      }
    }
    await shot('07-content-influence');
  });

  step('the deal list filters through the URL and pages with "Load more"', async () => {
    await nav().getByRole('link', { name: 'Deals' }).click();
    await page.waitForURL(url('/deals'));
    await page.getByTestId('deal-row').first().waitFor();
    const { deals } = await gql('{ deals { totalCount } }');
    assert.ok(deals.totalCount >= 8802, 'the Maven deals and the two of the admin');
    assert.equal(
      await page.getByTestId('deals-count').textContent(),
      `${deals.totalCount.toLocaleString('en-US')} deals`,
    );
    const firstPage = await page.getByTestId('deal-row').count();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-testid="deal-row"]').length > before,
      firstPage,
    );

    await page.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'Won' }).click();
    await page.waitForURL((current) => current.searchParams.get('outcome') === 'WON');
    const won = await gql('{ deals(outcome: WON) { totalCount } }');
    assert.ok(won.deals.totalCount >= 4238);
    await page
      .getByTestId('deals-count')
      .filter({ hasText: `${won.deals.totalCount.toLocaleString('en-US')} deals match` })
      .waitFor();
    await page.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: 'Central' }).click();
    await page.waitForURL((current) => current.searchParams.has('team'));
    await page.getByTestId('deals-count').filter({ hasText: '1,629 deals match' }).waitFor();
    const rows = page.getByTestId('deal-row');
    for (const row of await rows.all()) {
      assert.match(await row.innerText(), /Central/);
      assert.equal(await row.getByTestId('deal-outcome').textContent(), 'Won');
    }
    await shot('08-deals-filtered');

    // The same filtered list comes back from the address alone.
    await page.reload();
    await page.getByTestId('deals-count').filter({ hasText: '1,629 deals match' }).waitFor();
  });

  step('a deal page shows its details and the content suggested for it', async () => {
    const row = page.getByTestId('deal-row').first();
    // The deal's own link (its owner's name links to their profile).
    const dealLink = row.locator('a[href^="/deals/"]');
    const name = await dealLink.textContent();
    await dealLink.click();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await page.getByTestId('deal-title').filter({ hasText: name }).waitFor();
    assert.match(await page.getByTestId('deal-details').innerText(), /Central/);
    const suggestions = page.getByTestId('deal-suggestions');
    await suggestions.waitFor();
    await suggestions.getByTestId('suggestion').first().waitFor();
    const first = suggestions.getByTestId('suggestion').first();
    assert.match(await first.getByTestId('suggestion-score').textContent(), /\d/);
    assert.ok((await first.getByTestId('suggestion-reason').count()) > 0, 'a suggestion says why it fits');
    await shot('09-deal-page');
  });

  step('the admin writes a win/loss analysis of a lost deal; its reasons reach the dashboard', async () => {
    const before = await gql('{ topLossReasons(first: 100) { reason count } }');
    const priceBefore = before.topLossReasons.find((row) => row.reason === 'price')?.count ?? 0;

    await page.goto(url('/deals?outcome=LOST&team=' + (await centralTeamId())));
    const row = page.getByTestId('deal-row').first();
    await row.waitFor();
    await row.locator('a[href^="/deals/"]').click();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await page.getByTestId('deal-analyses').getByTestId('analyses-empty').waitFor();
    await page.getByTestId('write-analysis').click();

    const form = page.getByRole('form', { name: 'Win/loss analysis' });
    await form.waitFor();
    assert.equal(await form.getByTestId('analysis-outcome').textContent(), 'Lost');
    await form.getByRole('combobox', { name: 'Why we lost' }).click();
    await page.getByRole('option', { name: 'price', exact: true }).click();
    await page.getByRole('option', { name: 'timing', exact: true }).click();
    // Closes the reasons' dropdown, which covers the fields below it.
    await form.getByRole('textbox', { name: 'Title' }).click();
    await form.getByRole('textbox', { name: 'Competitor' }).fill(`Northbeam ${suffix}`);
    await form
      .getByRole('textbox', { name: 'Lessons learned' })
      .fill('Quote the 3-year option next to the annual one.');
    await shot('10-write-analysis');
    await form.getByRole('button', { name: 'Publish' }).click();
    await form.waitFor({ state: 'detached' });

    const analysis = page.getByTestId('deal-analyses').getByTestId('analysis').first();
    await analysis.waitFor();
    assert.deepEqual(await analysis.getByTestId('analysis-reason').allTextContents(), ['price', 'timing']);
    assert.match(await analysis.innerText(), new RegExp(`Against Northbeam ${suffix}`));
    await shot('11-analysis-written');

    await nav().getByRole('link', { name: 'Win/Loss' }).click();
    const chart = page.getByTestId('loss-reasons-chart');
    await chart.locator('svg .recharts-bar-rectangle').first().waitFor();
    const after = await gql('{ topLossReasons(first: 100) { reason count } }');
    assert.equal(after.topLossReasons.find((reason) => reason.reason === 'price')?.count, priceBefore + 1);
    assert.match(await chart.innerText(), /price/);
    await page.getByTestId('loss-reasons-card').scrollIntoViewIfNeeded();
    await shot('12-loss-reasons');
  });

  step('"My open deals" lists the deals the admin owns, each with a peek at its suggestions', async () => {
    await nav().getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('tab', { name: 'My open deals' }).click();
    await page.waitForURL((current) => current.searchParams.get('tab') === 'mine');
    const cards = page.getByTestId('my-deal-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 2);
    for (const deal of myDeals) {
      await cards.filter({ hasText: deal.name }).waitFor();
    }
    await cards.first().getByTestId('suggestion-peek').waitFor();
    await shot('13-my-open-deals');
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
