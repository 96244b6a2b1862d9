import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAsset, ensureTaxonomy } from '../factories/asset.factory.js';
import { createUser, person, tokenFor } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { TaxonomyKind } from '../../src/modules/taxonomy/taxonomy-term.entity.js';
import { Role, UserStatus } from '../../src/modules/user/user.entity.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const ASK = graphql(`
  mutation QuestionsAsk(
    $title: String!
    $body: String!
    $industries: [String!]
    $buyerRoles: [String!]
    $products: [String!]
  ) {
    askQuestion(title: $title, body: $body, industries: $industries, buyerRoles: $buyerRoles, products: $products) {
      id
      title
      industries
      buyerRoles
      asker {
        id
      }
      suggestedExperts {
        id
      }
      expertSuggestions {
        rank
        score
        reason
        user {
          id
        }
      }
    }
  }
`);

const ANSWER = graphql(`
  mutation QuestionsAnswer($questionId: ID!, $body: String!) {
    answerQuestion(questionId: $questionId, body: $body) {
      id
      body
      author {
        id
      }
      mentions {
        user {
          id
        }
        notified
      }
    }
  }
`);

const ACCEPT = graphql(`
  mutation QuestionsAccept($questionId: ID!, $commentId: ID!) {
    acceptAnswer(questionId: $questionId, commentId: $commentId) {
      id
      acceptedAt
      acceptedAnswer {
        id
      }
    }
  }
`);

const PROMOTE = graphql(`
  mutation QuestionsPromote($questionId: ID!) {
    promoteAnswer(questionId: $questionId) {
      id
      kind
      title
      body
      status
      authors {
        role
        share
        user {
          id
        }
      }
    }
  }
`);

const QUESTION = graphql(`
  query QuestionsOne($id: ID!) {
    question(id: $id) {
      id
      body
      answerCount
      answers {
        id
        body
      }
      acceptedAnswer {
        id
      }
      promotedAssetId
      viewerCan {
        answer
        accept
        promote
      }
    }
  }
`);

const LIST = graphql(`
  query QuestionsList($scope: QuestionListScope, $first: Int) {
    questions(scope: $scope, first: $first) {
      id
    }
  }
`);

const NOTIFICATIONS = graphql(`
  query QuestionsNotifications {
    notifications(first: 50) {
      kind
      text
    }
  }
`);

const CREDIT = graphql(`
  query QuestionsCredit($userId: ID!) {
    creditEntries(userId: $userId, first: 50) {
      sum
      edges {
        node {
          points
          reason
          explanation
        }
      }
    }
  }
`);

const ENGAGEMENT = graphql(`
  query QuestionsEngagement($userId: ID!) {
    personProfile(userId: $userId) {
      engagement {
        participating
      }
    }
  }
`);

const ENDORSE = graphql(`
  mutation QuestionsEndorse($assetId: ID!) {
    endorseAsset(assetId: $assetId, kind: HELPFUL) {
      id
    }
  }
`);

describe('questions to experts', () => {
  let app: TestApp;
  // Topic words of this file only, so assets other tests write on the shared database never match.
  const tag = randomUUID().slice(0, 8);
  const industry = `Questions Banking ${tag}`;
  const role = `Questions CFO ${tag}`;
  const otherIndustry = `Questions Retail ${tag}`;
  let asker: SignedIn;
  let expertA: SignedIn;
  let expertB: SignedIn;
  let outsider: SignedIn;

  const ask = (who: SignedIn, vars: Partial<{ title: string; body: string; industries: string[] }> = {}) =>
    app.gql(
      ASK,
      {
        title: vars.title ?? `How do we price for ${industry}?`,
        body: vars.body ?? 'A CFO asked for a three-year price lock. What worked for you?',
        industries: vars.industries ?? [industry],
        buyerRoles: [role],
      },
      who.token,
    );

  const creditOf = async (who: SignedIn) => (await app.gql(CREDIT, { userId: who.id }, who.token)).data!.creditEntries;

  beforeAll(async () => {
    app = await startTestApp();
    await ensureTaxonomy(app, {
      [TaxonomyKind.INDUSTRY]: [industry, otherIndustry],
      [TaxonomyKind.BUYER_ROLE]: [role],
    });
    asker = await person(app);
    expertA = await person(app);
    expertB = await person(app);
    outsider = await person(app);
    // A: two assets on both topics, one endorsed twice. B: one asset on the industry only.
    const a1 = await createAsset(app, expertA.token, { industries: [industry], buyerRoles: [role] });
    await createAsset(app, expertA.token, { industries: [industry], buyerRoles: [role] });
    await createAsset(app, expertB.token, { industries: [industry] });
    // Evidence that must not count: an asset on another topic, a draft, a private asset, the asker's own.
    await createAsset(app, outsider.token, { industries: [otherIndustry] });
    await createAsset(app, outsider.token, { industries: [industry] }, { publish: false });
    await createAsset(app, outsider.token, { industries: [industry], visibility: 'PRIVATE' });
    await createAsset(app, asker.token, { industries: [industry], buyerRoles: [role] });
    for (const endorser of [outsider, await person(app)]) {
      expect((await app.gql(ENDORSE, { assetId: a1.id }, endorser.token)).errors).toBeUndefined();
    }
  });
  afterAll(() => app.close());

  it('suggests the people whose published, visible work is on the topic, best first, never the asker', async () => {
    const suspended = await createUser(app);
    await createAsset(app, await tokenFor(app, suspended), { industries: [industry], buyerRoles: [role] });
    await app.byline.app
      .get((await import('../../src/modules/user/user.service.js')).UserService)
      .setStatus({ id: 'test', role: Role.ADMIN, teamId: null }, suspended.id, UserStatus.SUSPENDED);

    const res = await ask(asker);
    expect(res.errors).toBeUndefined();
    const q = res.data!.askQuestion;
    expect(q.suggestedExperts.map((u) => u.id)).toEqual([expertA.id, expertB.id]);
    const [first, second] = q.expertSuggestions;
    // A: 2 assets × 2 shared terms × 3 + 2 endorsements × 2; B: 1 asset × 1 term × 3.
    expect(first).toMatchObject({ rank: 1, score: 16, user: { id: expertA.id } });
    expect(first.reason).toBe('Authored 2 published assets on these topics; 2 endorsements received on them');
    expect(second).toMatchObject({ rank: 2, score: 3, user: { id: expertB.id } });

    // The experts are told, live in the centre; the outsider is not.
    for (const expert of [expertA, expertB]) {
      const mine = (await app.gql(NOTIFICATIONS, {}, expert.token)).data!.notifications;
      expect(mine.some((n) => n.kind === 'QUESTION' && n.text.includes(q.title))).toBe(true);
    }
    const theirs = (await app.gql(NOTIFICATIONS, {}, outsider.token)).data!.notifications;
    expect(theirs.some((n) => n.kind === 'QUESTION')).toBe(false);

    // The list for an expert shows it; for the outsider it is not "for me" but is open to all.
    const forA = (await app.gql(LIST, { scope: 'FOR_ME' }, expertA.token)).data!.questions.map((x) => x.id);
    expect(forA).toContain(q.id);
    const forOutsider = (await app.gql(LIST, { scope: 'FOR_ME' }, outsider.token)).data!.questions.map((x) => x.id);
    expect(forOutsider).not.toContain(q.id);
    const open = (await app.gql(LIST, { scope: 'OPEN', first: 100 }, outsider.token)).data!.questions.map((x) => x.id);
    expect(open).toContain(q.id);
    const mine = (await app.gql(LIST, { scope: 'ASKED_BY_ME' }, asker.token)).data!.questions.map((x) => x.id);
    expect(mine).toEqual([q.id]);
  });

  it('answers are comments: the asker is told; accepting gives the writer 10 points once, even on retry', async () => {
    const q = (await ask(asker)).data!.askQuestion;
    const before = (await creditOf(expertB)).sum;
    const answered = await app.gql(
      ANSWER,
      { questionId: q.id, body: `**Lock the price**, index the rest. @${outsider.email} did this too.` },
      expertB.token,
    );
    expect(answered.errors).toBeUndefined();
    const answer = answered.data!.answerQuestion;
    expect(answer.author.id).toBe(expertB.id);
    expect(answer.mentions).toEqual([{ user: { id: outsider.id }, notified: true }]);
    const askerNews = (await app.gql(NOTIFICATIONS, {}, asker.token)).data!.notifications;
    expect(askerNews.some((n) => n.kind === 'ANSWER' && n.text.includes('answered your question'))).toBe(true);
    const outsiderNews = (await app.gql(NOTIFICATIONS, {}, outsider.token)).data!.notifications;
    expect(outsiderNews.some((n) => n.kind === 'MENTION' && n.text.includes(q.title))).toBe(true);

    // Another member cannot accept it for the asker.
    const stolen = await app.gql(ACCEPT, { questionId: q.id, commentId: answer.id }, expertB.token);
    expect(errorCode(stolen)).toBe('FORBIDDEN');

    const shown = (await app.gql(QUESTION, { id: q.id }, asker.token)).data!.question!;
    expect(shown).toMatchObject({ answerCount: 1, viewerCan: { answer: true, accept: true, promote: false } });
    const forOther = (await app.gql(QUESTION, { id: q.id }, outsider.token)).data!.question!;
    expect(forOther.viewerCan).toEqual({ answer: true, accept: false, promote: false });

    const [one, two] = await Promise.all([
      app.gql(ACCEPT, { questionId: q.id, commentId: answer.id }, asker.token),
      app.gql(ACCEPT, { questionId: q.id, commentId: answer.id }, asker.token),
    ]);
    expect(one.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    expect(one.data!.acceptAnswer.acceptedAnswer?.id).toBe(answer.id);
    expect((await app.gql(ACCEPT, { questionId: q.id, commentId: answer.id }, asker.token)).errors).toBeUndefined();

    const credit = await creditOf(expertB);
    expect(credit.sum - before).toBe(10);
    const lines = credit.edges.filter((e) => e.node.reason === 'ANSWER_ACCEPTED');
    expect(lines).toHaveLength(1);
    expect(lines[0].node.points).toBe(10);
    expect(lines[0].node.explanation).toMatch(/accepted your answer/);
    const news = (await app.gql(NOTIFICATIONS, {}, expertB.token)).data!.notifications;
    expect(news.some((n) => n.kind === 'CREDIT' && n.text.includes('accepted your answer'))).toBe(true);

    // One accepted answer: a second answer cannot replace it.
    const later = (await app.gql(ANSWER, { questionId: q.id, body: 'Or give a discount.' }, expertA.token)).data!
      .answerQuestion;
    expect(errorCode(await app.gql(ACCEPT, { questionId: q.id, commentId: later.id }, asker.token))).toBe('CONFLICT');
    expect((await creditOf(expertA)).edges.some((e) => e.node.reason === 'ANSWER_ACCEPTED')).toBe(false);
  });

  it('a self-answer accepted earns nothing', async () => {
    const q = (await ask(asker)).data!.askQuestion;
    const before = (await creditOf(asker)).sum;
    const own = (await app.gql(ANSWER, { questionId: q.id, body: 'Found it myself.' }, asker.token)).data!
      .answerQuestion;
    const accepted = await app.gql(ACCEPT, { questionId: q.id, commentId: own.id }, asker.token);
    expect(accepted.data?.acceptAnswer.acceptedAnswer?.id).toBe(own.id);
    expect((await creditOf(asker)).sum).toBe(before);
  });

  it('refuses bad input with typed errors, and answers null for an unknown question', async () => {
    expect(errorCode(await ask(asker, { title: '  ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(asker, { title: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(asker, { body: 'x'.repeat(10_001) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(asker, { body: 'hidden\u0000text' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(asker, { industries: ['Not A Term In The Taxonomy'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(asker, { industries: Array.from({ length: 21 }, () => industry) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await app.gql(ANSWER, { questionId: randomUUID(), body: 'Hello' }, asker.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await app.gql(ANSWER, { questionId: 'not-an-id', body: 'Hello' }, asker.token))).toBe(
      'BAD_USER_INPUT',
    );
    const q = (await ask(asker)).data!.askQuestion;
    expect(errorCode(await app.gql(ANSWER, { questionId: q.id, body: ' \n ' }, expertA.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(ANSWER, { questionId: q.id, body: 'x'.repeat(10_001) }, expertA.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await app.gql(ACCEPT, { questionId: q.id, commentId: randomUUID() }, asker.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await app.gql(PROMOTE, { questionId: q.id }, asker.token))).toBe('CONFLICT');
    const unknown = await app.gql(QUESTION, { id: randomUUID() }, asker.token);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.question).toBeNull();
    // Anonymous clients see nothing.
    expect(errorCode(await app.gql(QUESTION, { id: q.id }))).toBe('UNAUTHENTICATED');
  });

  it('limits how many questions one person asks an hour', async () => {
    const eager = await person(app);
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await ask(eager, { title: `Question ${i}` }));
    expect(results.slice(0, 10).every((r) => !r.errors)).toBe(true);
    expect(errorCode(results[10])).toBe('RATE_LIMITED');
  });

  it('promotes an accepted answer to a best practice led by its writer, once, by whom the rules allow', async () => {
    const q = (await ask(asker)).data!.askQuestion;
    const answer = (await app.gql(ANSWER, { questionId: q.id, body: 'Anchor on total cost.' }, expertA.token)).data!
      .answerQuestion;
    await app.gql(ACCEPT, { questionId: q.id, commentId: answer.id }, asker.token);
    expect((await app.gql(QUESTION, { id: q.id }, expertA.token)).data!.question!.viewerCan.promote).toBe(true);
    expect((await app.gql(QUESTION, { id: q.id }, outsider.token)).data!.question!.viewerCan.promote).toBe(false);
    expect(errorCode(await app.gql(PROMOTE, { questionId: q.id }, outsider.token))).toBe('FORBIDDEN');

    const enablement = await person(app, { role: Role.ENABLEMENT });
    const promoted = await app.gql(PROMOTE, { questionId: q.id }, enablement.token);
    expect(promoted.errors).toBeUndefined();
    const asset = promoted.data!.promoteAnswer;
    expect(asset).toMatchObject({ kind: 'BEST_PRACTICE', title: q.title, status: 'DRAFT' });
    expect(asset.authors).toEqual([{ role: 'LEAD_AUTHOR', share: 100, user: { id: expertA.id } }]);
    expect(asset.body).toContain('Anchor on total cost.');
    expect(asset.body).toContain(`/questions/${q.id}`);
    const after = (await app.gql(QUESTION, { id: q.id }, asker.token)).data!.question!;
    expect(after.promotedAssetId).toBe(asset.id);
    expect(after.viewerCan.promote).toBe(false);
    expect(errorCode(await app.gql(PROMOTE, { questionId: q.id }, asker.token))).toBe('CONFLICT');

    // An accepted answer is evidence for the next question on the topic.
    const next = (await ask(outsider)).data!.askQuestion;
    const a = next.expertSuggestions.find((e) => e.user.id === expertA.id)!;
    expect(a.reason).toContain('1 accepted answer on these topics');
  });

  it('asking and answering count toward the participating level', async () => {
    const newcomer = await person(app);
    const participating = async () =>
      (await app.gql(ENGAGEMENT, { userId: newcomer.id }, asker.token)).data!.personProfile.engagement.participating;
    expect(await participating()).toBe(0);
    const q = (await ask(asker)).data!.askQuestion;
    await app.gql(ANSWER, { questionId: q.id, body: 'We index the price to inflation.' }, newcomer.token);
    expect(await participating()).toBe(1);
    await ask(newcomer, { title: 'Who has a CFO reference in banking?' });
    expect(await participating()).toBe(2);
  });

  it('rebuilding the ledger from the event log gives the same ledger, accepted answers included', async () => {
    const report = await app.byline.app.get(CreditRebuildService).check();
    expect(report).toMatchObject({ firstDifference: null, chainDifference: null, rollupDifference: null });
  });
});
