// Review flags in real Chromium against the built server with demo data: a newcomer whose asset five colleagues
// share on one day shows up as a credit spike on the Admin page, linked to their statement and the asset.
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SCREENSHOTS, journey, openBrowser, startServer } from './harness.mjs';

const DEMO_ADMIN = { email: 'admin@byline.demo', password: 'byline-demo' };
const suffix = Date.now().toString(36);
const PASSWORD = 'review-flags-password';

describe('review flags', { timeout: 300_000 }, () => {
  let server;
  let context;
  let profileDir;
  let page;
  const pageErrors = [];
  const author = { name: `Sam Spike ${suffix}`, email: `sam.${suffix}@byline.test` };
  const title = `Pricing objections playbook ${suffix}`;

  const shot = (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const url = (path) => `${server.baseUrl}${path}`;
  const step = journey(it, shot);

  const gql = async (query, variables, token) => {
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (email, password) =>
    (
      await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: email,
        p: password,
      })
    ).login.token;
  const member = async (name, email, adminToken) => {
    await gql(
      'mutation($e: String!, $n: String!, $p: String!) { createUser(email: $e, name: $n, password: $p, role: MEMBER) { id } }',
      { e: email, n: name, p: PASSWORD },
      adminToken,
    );
    return login(email, PASSWORD);
  };

  before(async () => {
    server = await startServer();
    const adminToken = await login(DEMO_ADMIN.email, DEMO_ADMIN.password);
    // A newcomer publishes an asset (10 points) and five colleagues share it with customers (10 each): 60 points on
    // their first day, against a median of 0.
    const authorToken = await member(author.name, author.email, adminToken);
    const { createAsset } = await gql(
      'mutation($i: CreateAssetInput!) { createAsset(input: $i) { id } }',
      { i: { kind: 'BEST_PRACTICE', title, body: 'Anchor on value before price.', visibility: 'ORG' } },
      authorToken,
    );
    await gql('mutation($id: ID!) { publishAsset(id: $id) { id } }', { id: createAsset.id }, authorToken);
    for (let i = 0; i < 5; i++) {
      const token = await member(`Sharer ${i} ${suffix}`, `sharer${i}.${suffix}@byline.test`, adminToken);
      await gql(
        'mutation($i: RecordReuseInput!) { recordReuse(input: $i) { pointsAwarded } }',
        { i: { assetId: createAsset.id, kind: 'SHARE_WITH_CUSTOMER', clientEventId: `share-${suffix}-${i}` } },
        token,
      );
    }
    ({ context, profileDir } = await openBrowser());
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await context?.close();
    if (profileDir) {
      await rm(profileDir, { recursive: true, force: true });
    }
    if (server) {
      await writeFile(join(SCREENSHOTS, 'review-flags-server.log'), server.output());
      await server.stop();
    }
  });

  step('shows the spike with its events on the Admin page', async () => {
    await page.goto(url('/login'));
    await page.getByLabel('Work email').fill(DEMO_ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('viewer-name').waitFor();
    await page.goto(url('/admin'));
    const section = page.getByRole('region', { name: 'Review flags' });
    await section.getByRole('table', { name: 'Credit rings' }).waitFor();
    const row = section.getByTestId('credit-spike-row').filter({ hasText: author.name });
    await row.waitFor();
    assert.match(await row.innerText(), /60/);
    assert.equal(await row.getByRole('listitem').count(), 6, 'the publication and the five shares');
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
