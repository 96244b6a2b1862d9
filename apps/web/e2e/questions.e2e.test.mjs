// Questions to experts in real Chromium against the built server: Sofia asks how to answer a Northbeam price match
// in retail deals, picking the industry from the taxonomy; Byline suggests the people who wrote on it. Marcus, an
// author of the Northbeam battlecard, is told, opens the question from his notification and answers, mentioning
// Carol. Sofia accepts his answer: Marcus earns 10 points, and the answer can be promoted. The same page on a phone.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import {
  SCREENSHOTS,
  accessibilityViolations,
  api,
  apiLogin,
  browserSession,
  journey,
  signIn,
  signOut,
} from './harness.mjs';

const PASSWORD = 'byline-demo';
const SOFIA = { email: 'sofia.rossi@byline.demo', password: PASSWORD, name: 'Sofia Rossi' };
const MARCUS = { email: 'marcus.lee@byline.demo', password: PASSWORD, name: 'Marcus Lee' };
const TITLE = 'How do you answer a Northbeam price match in a retail deal?';

const CREDIT = `query ($u: ID!) { creditEntries(userId: $u, first: 100) { sum edges { node { reason points } } } }`;

describe('a question asked, answered by an expert and accepted', { timeout: 600_000 }, () => {
  const session = browserSession({ prefix: 'questions-', browser: { viewport: { width: 1280, height: 900 } } });
  let server;
  let page;
  let questionPath;
  let marcusBefore;
  const step = journey(it, session.shot);

  before(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    ({ server, page } = await session.start());
  });
  after(() => session.stop());

  step('a member asks, with a topic from the taxonomy, and sees who Byline suggests', async () => {
    await signIn(page, server.baseUrl, SOFIA);
    await page.getByRole('link', { name: 'Questions' }).first().click();
    await page.waitForURL(`${server.baseUrl}/questions`);
    await page.getByTestId('ask-question').click();
    const form = page.getByTestId('ask-question-form');
    await page.getByTestId('ask-title').fill(TITLE);
    await page
      .getByTestId('ask-body')
      .fill('The CFO has a Northbeam quote 20% below ours and asks us to match it by Friday. What worked for you?');
    const industries = form.getByPlaceholder('Pick industries');
    await industries.click();
    await industries.pressSequentially('Reta');
    await page.getByRole('option', { name: /^Retail/ }).click();
    await page.keyboard.press('Escape');
    await session.shot('ask');
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByTestId('ask-submit').click();
    await page.waitForURL(/\/questions\/[0-9a-f-]{36}$/);
    questionPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const experts = page.getByTestId('suggested-expert');
    await experts.first().waitFor();
    const names = await experts.allTextContents();
    assert.ok(
      names.some((n) => n.includes('Marcus Lee')),
      `Marcus, who wrote on retail, is suggested: ${names.join(' | ')}`,
    );
    assert.ok(!names.some((n) => n.includes('Sofia Rossi')), 'the asker is never suggested');
    assert.ok(names.length <= 5, 'a handful of experts');
    assert.match(names[0], /Authored \d+ published asset/);
    await page.getByTestId('question-answers').getByText('No answers yet.').waitFor();
    await session.shot('asked');
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  step('a suggested expert is notified, opens the question and answers with a mention', async () => {
    const marcus = await apiLogin(server.baseUrl, MARCUS);
    marcusBefore = (await api(server.baseUrl, CREDIT, { u: marcus.user.id }, marcus.token)).creditEntries.sum;
    const { notifications } = await api(
      server.baseUrl,
      '{ notifications(first: 20) { kind text path } }',
      {},
      marcus.token,
    );
    const asked = notifications.find((n) => n.kind === 'QUESTION' && n.text.includes(TITLE));
    assert.ok(asked, 'Marcus has a QUESTION notification');
    assert.equal(asked.path, questionPath);

    await signOut(page, server.baseUrl);
    await signIn(page, server.baseUrl, MARCUS);
    await page.goto(server.baseUrl + asked.path);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    assert.equal(await page.getByTestId('accept-answer').count(), 0, 'only the asker accepts');
    const box = page.getByTestId('answer-body');
    await box.click();
    await box.pressSequentially('Do not match: walk the CFO through the **3-year TCO** table. @Car');
    const option = page.getByTestId('mention-option').filter({ hasText: 'Carol Jensen' });
    await option.waitFor();
    await option.click();
    await box.pressSequentially('has the latest numbers.');
    await page.getByTestId('answer-submit').click();
    const answer = page.getByTestId('answer').first();
    await answer.getByText('3-year TCO').waitFor();
    await answer.getByRole('link', { name: '@Carol Jensen' }).waitFor();
    await session.shot('answered');
  });

  step('the asker accepts the answer: its writer earns 10 points, and it can become a best practice', async () => {
    const sofia = await apiLogin(server.baseUrl, SOFIA);
    const { notifications } = await api(server.baseUrl, '{ notifications(first: 20) { kind text } }', {}, sofia.token);
    assert.ok(
      notifications.some((n) => n.kind === 'ANSWER' && n.text === `Marcus Lee answered your question: ${TITLE}`),
    );

    await signOut(page, server.baseUrl);
    await signIn(page, server.baseUrl, SOFIA);
    await page.goto(server.baseUrl + questionPath);
    const answer = page.getByTestId('answer').first();
    await answer.getByTestId('accept-answer').click();
    await answer.getByTestId('answer-accepted').waitFor();
    assert.equal(await page.getByTestId('accept-answer').count(), 0, 'one accepted answer');
    await page.getByTestId('promote-answer').waitFor();
    await session.shot('accepted');
    assert.deepEqual(await accessibilityViolations(page), []);

    const marcus = await apiLogin(server.baseUrl, MARCUS);
    const credit = (await api(server.baseUrl, CREDIT, { u: marcus.user.id }, marcus.token)).creditEntries;
    assert.equal(credit.sum - marcusBefore, 10, 'Marcus earned 10 points');
    assert.deepEqual(
      credit.edges.filter((e) => e.node.reason === 'ANSWER_ACCEPTED').map((e) => e.node.points),
      [10],
    );
  });

  step('on a phone the question and its answer fit the screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await page.getByTestId('answer-accepted').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'nothing is wider than the screen');
    await session.shot('phone');
    await page.getByTestId('answer').first().scrollIntoViewIfNeeded();
    await session.shot('phone-answer');
    await page.goto(`${server.baseUrl}/questions`);
    await page.getByTestId('question-scope').getByText('All').click();
    await page.getByTestId('question-item').filter({ hasText: TITLE }).waitFor();
    await session.shot('phone-list');
    assert.deepEqual(session.pageErrors, []);
  });
});
