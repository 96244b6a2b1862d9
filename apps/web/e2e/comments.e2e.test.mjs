// Comments in real Chromium against the built server: Sofia, a member, comments on Marcus's Northbeam battlecard and
// mentions Jonas by choosing him from the autocomplete; the comment shows his name, and she edits it (the earlier
// version stays readable). Jonas is notified, finds the comment and replies. Marcus, an author of the battlecard,
// resolves the thread. The same page on a phone.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import {
  SCREENSHOTS,
  accessibilityViolations,
  api,
  apiLogin,
  assetTitled,
  browserSession,
  journey,
  signIn,
  signOut,
} from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const JONAS = { email: 'jonas.weber@byline.demo', password: PASSWORD, name: 'Jonas Weber' };
const MARCUS = { email: 'marcus.lee@byline.demo', password: PASSWORD, name: 'Marcus Lee' };
const NORTHBEAM = 'Battlecard: Northbeam in mid-market deals';

describe('comments with a mention, a reply and a resolution', { timeout: 600_000 }, () => {
  const session = browserSession({ prefix: 'comments-', browser: { viewport: { width: 1280, height: 900 } } });
  let server;
  let page;
  let assetPath;
  const step = journey(it, session.shot);

  before(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    ({ server, page } = await session.start());
    const { token } = await apiLogin(server.baseUrl, SOFIA);
    const asset = await assetTitled(server.baseUrl, token, NORTHBEAM);
    assetPath = `/assets/${asset.id}`;
  });
  after(() => session.stop());

  step('a member comments and mentions someone chosen from the autocomplete', async () => {
    await signIn(page, server.baseUrl, SOFIA);
    await page.goto(server.baseUrl + assetPath);
    const section = page.getByTestId('asset-comments');
    await section.getByText('No comments yet').waitFor();
    const box = page.getByTestId('comment-new-body');
    await box.click();
    await box.pressSequentially('Does the TCO table still hold after the price change? @Jon');
    const option = page.getByTestId('mention-option').filter({ hasText: 'Jonas Weber' });
    await option.waitFor();
    await session.shot('autocomplete');
    await option.click();
    assert.equal(
      await box.inputValue(),
      `Does the TCO table still hold after the price change? @${JONAS.email} `,
      'choosing a person inserts @ and their email',
    );
    await box.pressSequentially('can you check?');
    await section.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = page.getByTestId('comment-thread').first();
    await thread.getByRole('link', { name: '@Jonas Weber' }).waitFor();
    assert.equal(await thread.getByRole('link', { name: '@Jonas Weber' }).getAttribute('href'), await jonasPath());
    assert.ok(!(await thread.textContent()).includes(JONAS.email), 'the mention reads as the name, not the email');
    await page.getByRole('heading', { name: 'Comments (1)' }).waitFor();
    await thread.scrollIntoViewIfNeeded();
    await session.shot('commented');
  });

  async function jonasPath() {
    const { token } = await apiLogin(server.baseUrl, JONAS);
    const { viewer } = await api(server.baseUrl, '{ viewer { id } }', {}, token);
    return `/people/${viewer.id}`;
  }

  step('she edits it, and the earlier version stays readable', async () => {
    const thread = page.getByTestId('comment-thread').first();
    await thread.getByRole('button', { name: 'Edit' }).click();
    const box = page.getByTestId('comment-edit-body');
    await box.fill(`Does the 3-year TCO table still hold after the price change? @${JONAS.email} can you check?`);
    await page.getByTestId('comment-edit').getByRole('button', { name: 'Save' }).click();
    await thread.getByText('Does the 3-year TCO table').waitFor();
    await thread.getByTestId('comment-edited').click();
    const history = page.getByTestId('comment-history');
    await history.getByText('Does the TCO table still hold').waitFor();
    assert.match(await history.textContent(), /replaced by Sofia Rossi/);
    await session.shot('history');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  step('the mentioned person is notified, finds the comment and replies', async () => {
    const { token } = await apiLogin(server.baseUrl, JONAS);
    const { notifications } = await api(server.baseUrl, '{ notifications(first: 20) { kind text path } }', {}, token);
    const mention = notifications.find((n) => n.kind === 'MENTION');
    assert.ok(mention, 'Jonas has a MENTION notification');
    assert.equal(mention.text, `Sofia Rossi mentioned you on ${NORTHBEAM}`);
    assert.ok(mention.path.startsWith(`${assetPath}#comment-`));

    await signOut(page, server.baseUrl);
    await signIn(page, server.baseUrl, JONAS);
    await page.goto(server.baseUrl + mention.path);
    const thread = page.getByTestId('comment-thread').first();
    await thread.getByText('Does the 3-year TCO table').waitFor();
    await thread.getByRole('button', { name: 'Reply' }).click();
    await page.getByTestId('comment-reply-form-body').fill('Yes: the table uses the new list prices since March.');
    await page.getByTestId('comment-reply-form').getByRole('button', { name: 'Reply' }).click();
    await thread.getByTestId('comment-reply').getByText('the new list prices').waitFor();
    assert.equal(await thread.getByRole('button', { name: 'Resolve' }).count(), 0, 'Jonas may not resolve it');
    await page.getByRole('heading', { name: 'Comments (2)' }).waitFor();
    await session.shot('replied');

    // Mentioned again while he is on the page: a toast says so, with a link to the comment.
    const sofia = await apiLogin(server.baseUrl, SOFIA);
    await api(
      server.baseUrl,
      'mutation ($a: ID!, $b: String!, $p: ID) { addComment(assetId: $a, body: $b, parentId: $p) { id } }',
      { a: assetPath.split('/').pop(), b: `Thanks @${JONAS.email}!`, p: mention.path.split('#comment-')[1] },
      sofia.token,
    );
    const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Sofia Rossi mentioned you on' });
    await toast.waitFor();
    await session.shot('mention-toast');
  });

  step('an author of the asset resolves the thread', async () => {
    await signOut(page, server.baseUrl);
    await signIn(page, server.baseUrl, MARCUS);
    const { token } = await apiLogin(server.baseUrl, MARCUS);
    const { notifications } = await api(server.baseUrl, '{ notifications(first: 20) { kind text } }', {}, token);
    assert.ok(
      notifications.some((n) => n.kind === 'COMMENT' && n.text === `Sofia Rossi commented on ${NORTHBEAM}`),
      'the author heard of the comment',
    );
    await page.goto(server.baseUrl + assetPath);
    const thread = page.getByTestId('comment-thread').first();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await thread.getByTestId('comment-resolved').waitFor();
    assert.equal(await thread.getByTestId('comment-resolved').textContent(), 'Resolved by Marcus Lee');
    await thread.scrollIntoViewIfNeeded();
    await session.shot('resolved');
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  step('on a phone the thread fits the screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    const thread = page.getByTestId('comment-thread').first();
    await thread.getByTestId('comment-resolved').waitFor();
    await thread.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'nothing is wider than the screen');
    await session.shot('phone');
    await page.getByTestId('comment-new-body').scrollIntoViewIfNeeded();
    await page.getByTestId('comment-new-body').pressSequentially('Thanks @Sof');
    await page.getByTestId('mention-option').filter({ hasText: 'Sofia Rossi' }).waitFor();
    await session.shot('phone-autocomplete');
    assert.deepEqual(session.pageErrors, []);
  });
});
