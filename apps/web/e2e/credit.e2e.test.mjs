// The credit journey in real Chromium against the built server with the demo organisation's year of activity:
// Sofia (member, EMEA Enterprise) reads her credit statement, switches periods, gets credited live while she watches,
// and finds herself on the leaderboards; Claire (manager of EMEA Enterprise) opens her team's authorship report,
// drills into Sofia, downloads the CSV and opens the print page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import {
  api as apiAt,
  apiLogin as apiLoginAt,
  browserSession,
  journey,
  printedSheets,
  signIn as signInAt,
  signOut as signOutAt,
} from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const CLAIRE = { email: 'claire.dubois@byline.demo', password: PASSWORD, name: 'Claire Dubois' };
const ADMIN = { email: 'admin@byline.demo', password: PASSWORD };
const TEAM = 'EMEA Enterprise';

const suffix = Date.now().toString(36);
// A fresh colleague: no reuse of Sofia's work yet today, so no cap or repeat rule can swallow the live credit.
const colleague = {
  name: `Nico Reuser ${suffix}`,
  email: `nico.${suffix}@byline.test`,
  password: 'nico-reuser-password',
};

describe('credit: statement, leaderboards, reports', { timeout: 420_000 }, () => {
  const e2e = browserSession({ prefix: 'credit-', browser: { acceptDownloads: true } });
  const { pageErrors, shot } = e2e;
  let server;
  let page;
  let sofiaId;

  const url = (path) => `${server.baseUrl}${path}`;
  const pathname = () => new URL(page.url()).pathname;
  const search = () => new URL(page.url()).searchParams;
  const nav = () => page.getByRole('navigation', { name: 'Main navigation' });

  const api = (query, variables, token) => apiAt(server.baseUrl, query, variables, token);
  const apiLogin = (person) => apiLoginAt(server.baseUrl, person);
  const signIn = (person) => signInAt(page, server.baseUrl, person);
  const signOut = () => signOutAt(page, server.baseUrl);

  const statementRows = () => page.getByTestId('credit-entry');
  const pickSegment = (group, label) => page.getByRole('radiogroup', { name: group }).getByText(label, { exact: true });

  const step = journey(it, shot);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The statement's booked times, top to bottom: newest first means never older then newer.
  const assertNewestFirst = async () => {
    const times = await page
      .getByTestId('credit-entry-date')
      .evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute('data-booked-at'))));
    assert.ok(times.length > 0);
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'the statement is newest first',
    );
  };

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('Sofia opens My credit: a statement that adds up, and the chart', async () => {
    await signIn(SOFIA);
    await nav().getByRole('link', { name: 'My credit' }).click();
    await page.waitForURL(url('/credit'));
    await page.getByRole('heading', { name: 'My credit', level: 1 }).waitFor();
    await statementRows().first().waitFor();
    assert.ok((await statementRows().count()) > 0, 'the statement lists entries');

    // Every listed entry is explained, and the total is the sum of the entries when they fit on one page.
    const firstRow = await statementRows().first().innerText();
    assert.match(firstRow, /point/, 'an entry carries its explanation sentence');
    // Each reason reads as a sentence about a person and the asset, never a rule code.
    const reasons = await page.getByTestId('credit-entry-reason').allInnerTexts();
    assert.ok(
      reasons.some((reason) => /^[A-Z][a-z]+ [A-Z][a-z]+ (copied|used|shared|endorsed) your .+/.test(reason)),
      `a plain reason sentence among ${JSON.stringify(reasons.slice(0, 3))}`,
    );
    const statementText = await page.getByTestId('credit-statement').innerText();
    assert.doesNotMatch(statementText, /\b[A-Z]{2,}_[A-Z_]+\b/, 'no internal codes on the statement');
    await assertNewestFirst();
    const footer = await page.getByTestId('statement-count').innerText();
    const [, shown, total] = /Showing (\d+) of (\d+)/.exec(footer) ?? [];
    const sumText = await page.getByTestId('credit-sum').innerText();
    if (shown === total) {
      const points = await page.getByTestId('credit-entry-points').allInnerTexts();
      const listed = points.reduce((sum, text) => sum + Number(text.replace('\u2212', '-').replace('+', '')), 0);
      assert.equal(Number(sumText.replace('\u2212', '-').replace('+', '')), listed, 'the total is the sum of the rows');
    }

    // The chart: one bar per month, and a rank out of the board's size.
    await page.locator('[data-testid="credit-history"] .recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    assert.ok((await page.locator('[data-testid="credit-history"] .recharts-bar-rectangle').count()) >= 6);
    assert.match(await page.getByTestId('credit-rank').innerText(), /\d+(st|nd|rd|th)\s*of \d+/);
    await page.getByTestId('engagement-sharing').waitFor();
    await shot('01-my-credit');
  });

  step('Sofia switches to all time and loads more of the statement', async () => {
    const quarterSum = Number((await page.getByTestId('credit-sum').innerText()).replace(/[^\d-]/g, ''));
    await pickSegment('Period', 'All time').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="period-label"]')?.textContent === 'All time',
    );
    assert.equal(search().get('period'), 'ALL_TIME');
    // A year of demo activity is more than one page: "Load more" shows once the all-time statement is in.
    const loadMore = page.getByRole('button', { name: 'Load more' });
    await loadMore.waitFor();
    const allTimeSum = Number((await page.getByTestId('credit-sum').innerText()).replace(/[^\d-]/g, ''));
    assert.ok(allTimeSum >= quarterSum, `all time (${allTimeSum}) holds at least the quarter (${quarterSum})`);

    const before = await statementRows().count();
    assert.equal(before, 25, 'the first page of the statement');
    await loadMore.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="credit-entry"]').length > count,
      before,
    );
    // Demo credit is not written in date order; the statement still reads newest first across pages.
    await assertNewestFirst();
    await shot('02-all-time-more');

    await pickSegment('Period', 'Month').click();
    await page.waitForFunction(() =>
      /^[A-Z][a-z]+ \d{4}$/.test(document.querySelector('[data-testid="period-label"]')?.textContent ?? ''),
    );
    assert.equal(search().get('period'), 'MONTH');
    await shot('03-month');
  });

  step('Sofia is credited live while she watches her statement', async () => {
    const admin = await apiLogin(ADMIN);
    const sofia = await apiLogin(SOFIA);
    sofiaId = sofia.user.id;
    const { teams } = await api('{ teams { id name } }', {}, admin.token);
    const team = teams.find((candidate) => candidate.name === TEAM);
    await api(
      'mutation ($n: String!, $e: String!, $p: String!, $t: ID) { createUser(name: $n, email: $e, password: $p, role: MEMBER, teamId: $t) { id } }',
      { n: colleague.name, e: colleague.email, p: colleague.password, t: team.id },
      admin.token,
    );
    const { assets } = await api(
      'query ($a: ID!) { assets(filter: { authorId: $a }, first: 1) { edges { node { id title } } } }',
      { a: sofiaId },
      sofia.token,
    );
    const asset = assets.edges[0].node;
    const nico = await apiLogin(colleague);
    // Give the page's websocket a moment to subscribe after the last navigation.
    await page.waitForTimeout(1000);
    const { recordReuse } = await api(
      'mutation ($i: RecordReuseInput!) { recordReuse(input: $i) { pointsAwarded } }',
      { i: { assetId: asset.id, kind: 'COPY', clientEventId: `e2e-${suffix}` } },
      nico.token,
    );
    assert.ok(recordReuse.pointsAwarded > 0, 'a first copy by a new colleague earns credit');

    // The toast says who did what to which asset, in plain words.
    const toast = page.getByText(new RegExp(`${escape(colleague.name)} copied your “${escape(asset.title)}”`));
    await toast.waitFor();
    assert.match(
      await page
        .getByText(/^\+\d+ credit$/)
        .first()
        .innerText(),
      /^\+\d+ credit$/,
    );
    // The statement was refetched: the newest entry is this copy.
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="credit-entry"]')?.textContent?.includes(name),
      colleague.name,
    );
    await shot('04-live-credit');
  });

  step('Sofia opens Leaderboards and finds her own row highlighted', async () => {
    await nav().getByRole('link', { name: 'Leaderboards' }).click();
    await page.waitForURL((target) => target.pathname === '/leaderboards');
    await page.getByRole('heading', { name: 'Leaderboards', level: 1 }).waitFor();
    const viewerRow = page.getByTestId('leaderboard-viewer-row');
    await viewerRow.waitFor();
    assert.match(await viewerRow.innerText(), /Sofia Rossi/);
    assert.equal(await viewerRow.getAttribute('aria-current'), 'true');
    assert.match(await page.getByTestId('viewer-standing').innerText(), /^You: (joint )?\d+(st|nd|rd|th) of \d+ with /);
    await page
      .getByTestId('leaderboard-chart')
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor({ state: 'attached' });
    const ranks = (await page.getByTestId('leaderboard-table').locator('tbody tr td:first-child').allInnerTexts()).map(
      (text) => Number.parseInt(text, 10),
    );
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      'ranks go down the table',
    );
    await shot('05-leaderboards');
  });

  step('Sofia switches the metric and the team', async () => {
    await pickSegment('Metric', 'Reuses received').click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('metric') === 'REUSES_RECEIVED');
    await page.getByRole('columnheader', { name: 'Reuses' }).waitFor();

    await page.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: TEAM }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('team'));
    await page.getByRole('heading', { name: `Reuses received · ${TEAM}` }).waitFor();
    await page.locator(`section[aria-label^="Top"][aria-busy="false"]`).waitFor();
    const teams = await page.getByTestId('leaderboard-table').locator('tbody tr td:nth-child(3)').allInnerTexts();
    assert.ok(teams.length > 0);
    assert.ok(
      teams.every((name) => name === TEAM),
      `only ${TEAM} is on its board: ${teams.join(', ')}`,
    );
    const viewerRow = page.getByTestId('leaderboard-viewer-row');
    await viewerRow.waitFor();
    assert.match(await viewerRow.innerText(), /Sofia Rossi/);
    await shot('06-leaderboard-team-reuses');
  });

  step('the previous quarter, once closed, says so', async () => {
    const admin = await apiLogin(ADMIN);
    const { period } = await api('{ period(period: { kind: QUARTER }) { from } }', {}, admin.token);
    const dayBefore = new Date(Date.parse(period.from) - 24 * 60 * 60 * 1000).toISOString();
    await api(
      'mutation ($at: DateTime) { closePeriod(period: { kind: QUARTER, at: $at }) { closed } }',
      { at: dayBefore },
      admin.token,
    );

    await pickSegment('Period', 'Quarter').click();
    await page.getByRole('button', { name: 'Previous period' }).click();
    await page.getByTestId('period-closed').waitFor();
    await shot('07-closed-quarter');
    await signOut();
  });

  step('Claire opens her team report and drills into Sofia', async () => {
    await signIn(CLAIRE);
    await nav().getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL((target) => target.pathname === '/reports');
    await page.getByRole('heading', { name: TEAM }).waitFor();
    const rows = page.getByTestId('report-member-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 2, 'the team table has a row per member');
    await page.getByTestId('report-team-row').waitFor();
    await shot('08-team-report');

    await rows.filter({ hasText: SOFIA.name }).click();
    await page.getByTestId('person-report').waitFor();
    assert.equal(await page.getByTestId('report-person-name').innerText(), SOFIA.name);
    assert.equal(search().get('person'), sofiaId);
    for (const field of [
      'report-credit',
      'report-rank',
      'report-assets',
      'report-reusers',
      'report-teams',
      'report-derived',
      'report-reuses',
      'report-endorsements',
      'report-won-deals',
      'report-engagement',
      'report-trend',
      'report-assets-table',
      'report-comments',
    ]) {
      await page.getByTestId(field).waitFor();
    }
    assert.ok((await page.getByTestId('report-asset-row').count()) >= 1, "Sofia's assets are listed");
    await shot('09-person-report');
  });

  step('Claire downloads the PDF, printed by the server', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    if (process.env.E2E_SAVE_PDF) await download.saveAs(process.env.E2E_SAVE_PDF);
  });

  step('Claire downloads the CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^authorship-sofia-rossi-.+\.csv$/);
    const file = await download.path();
    const csv = await readFile(file, 'utf8');
    const [header, row] = csv.split(/\r?\n/);
    assert.match(header, /^Period,Team,Person ID,Name,Credit,Rank,Assets authored,Reuses: view,/);
    assert.match(
      header,
      /,Sharing: reuses of work by others,Participating: endorsements and comments,Contributing: assets authored$/,
    );
    assert.ok(row.includes(SOFIA.name), 'the data row is Sofia');
  });

  step('the print page shows the report without the navigation', async () => {
    await page.getByRole('link', { name: 'Print view' }).click();
    await page.waitForURL((target) => target.pathname === '/reports/print');
    await page.getByTestId('report-print').waitFor();
    await page.getByTestId('print-person-fields').waitFor();
    assert.equal(await page.getByTestId('print-subject').innerText(), SOFIA.name);
    assert.equal(await page.getByRole('navigation', { name: 'Main navigation' }).count(), 0, 'no app navigation');
    assert.equal(await page.getByTestId('account-menu').count(), 0, 'no account menu');
    await shot('10-print-screen');

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'print hides the toolbar');
    await shot('11-print-media');
    await page.emulateMedia({ media: 'screen' });
    const sheets = await printedSheets(page);
    assert.deepEqual([sheets.width, sheets.height], [297, 210], 'a report prints on landscape A4');

    // The team's print page: a row per member and the team's totals.
    await page.goto(
      url(`/reports/print?${new URLSearchParams({ team: search().get('team') ?? '', period: 'QUARTER' })}`),
    );
    await page.getByTestId('print-team-table').waitFor();
    assert.ok((await page.getByTestId('print-team-table').locator('tbody tr').count()) >= 2);
    await shot('12-print-team');
    assert.equal(pathname(), '/reports/print');
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
