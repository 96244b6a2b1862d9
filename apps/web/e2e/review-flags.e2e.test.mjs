// Review flags in real Chromium against the built server with demo data: a newcomer whose asset five colleagues
// use in deals on one day shows up as a credit spike on the Admin page, linked to their statement and the asset.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, apiLogin, browserSession, journey, signIn } from './harness.mjs';

const DEMO_ADMIN = { email: 'admin@byline.demo', password: 'byline-demo' };
const suffix = Date.now().toString(36);
const PASSWORD = 'review-flags-password';

describe('review flags', { timeout: 300_000 }, () => {
  const author = { name: `Sam Spike ${suffix}`, email: `sam.${suffix}@byline.test` };
  const title = `Pricing objections playbook ${suffix}`;

  const member = async (baseUrl, name, email, adminToken) => {
    await api(
      baseUrl,
      'mutation($e: String!, $n: String!, $p: String!) { createUser(email: $e, name: $n, password: $p, role: MEMBER) { id } }',
      { e: email, n: name, p: PASSWORD },
      adminToken,
    );
    return (await apiLogin(baseUrl, { email, password: PASSWORD })).token;
  };
  // A newcomer publishes an asset (10 points) and five colleagues use it in deals (10 each): 60 points on
  // their first day, against a median of 0.
  const seed = async ({ baseUrl }) => {
    const adminToken = (await apiLogin(baseUrl, DEMO_ADMIN)).token;
    const authorToken = await member(baseUrl, author.name, author.email, adminToken);
    const { createAsset } = await api(
      baseUrl,
      'mutation($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
      { i: { kind: 'BEST_PRACTICE', title, body: 'Anchor on value before price.', visibility: 'ORG' } },
      authorToken,
    );
    await api(baseUrl, 'mutation($id: ID!) { publishAsset(id: $id) { id } }', { id: createAsset.id }, authorToken);
    for (let i = 0; i < 5; i++) {
      const token = await member(
        baseUrl,
        `Colleague ${i} ${suffix}`,
        `colleague${i}.${suffix}@byline.test`,
        adminToken,
      );
      await api(
        baseUrl,
        'mutation($i: RecordReuseInput!) { recordReuse(input: $i) { pointsAwarded } }',
        { i: { assetId: createAsset.id, kind: 'USED_IN_DEAL', clientEventId: `use-${suffix}-${i}` } },
        token,
      );
    }
  };
  const e2e = browserSession({ log: 'review-flags-server.log', seed });
  const { pageErrors, shot } = e2e;
  let server;
  let page;
  const url = (path) => `${server.baseUrl}${path}`;
  const step = journey(it, shot);

  before(async () => {
    ({ server, page } = await e2e.start());
  });
  after(() => e2e.stop());

  step('shows the spike with its events on the Admin page', async () => {
    await signIn(page, server.baseUrl, DEMO_ADMIN);
    await page.goto(url('/admin'));
    const section = page.getByRole('region', { name: 'Review flags' });
    await section.getByRole('table', { name: 'Credit rings' }).waitFor();
    const row = section.getByTestId('credit-spike-row').filter({ hasText: author.name });
    await row.waitFor();
    assert.match(await row.innerText(), /60/);
    assert.equal(await row.getByRole('listitem').count(), 6, 'the publication and the five uses');
    await row.scrollIntoViewIfNeeded();
    await shot('review-flags-01-spike');
  });

  step('links the spike to the asset and to the person', async () => {
    const row = page.getByTestId('credit-spike-row').filter({ hasText: author.name });
    await row.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.goBack();
    await page
      .getByTestId('credit-spike-row')
      .filter({ hasText: author.name })
      .getByRole('link', { name: author.name })
      .first()
      .click();
    await page.waitForURL(/\/people\/[^/]+\/credit$/);
    await shot('review-flags-02-person');
    assert.deepEqual(pageErrors, []);
  });
});
