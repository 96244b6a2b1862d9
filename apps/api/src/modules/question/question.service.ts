import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, forbidden, notFound, rateLimited } from '../../core/graphql/errors.js';
import { AssetKind, Visibility } from '../asset/asset.entity.js';
import type { CreateAssetInput } from '../asset/dto/create-asset.input.js';
import type { AssetObject } from '../asset/dto/asset.object.js';
import { AssetService } from '../asset/asset.service.js';
import { AuthorRole } from '../authorship/authorship.entity.js';
import type { CommentEntity } from '../comment/comment.entity.js';
import { CommentService } from '../comment/comment.service.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import type { RecordedCredit } from '../credit/credit.service.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { TaxonomyKind } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Role } from '../user/user.entity.js';
import { checkQuestionBody, checkTitle, checkTopics, expertReason } from './question-text.js';
import type { QuestionEntity, QuestionExpertEntity } from './question.entity.js';
import { QuestionRepository } from './question.repository.js';
import type { QuestionScope } from './question.repository.js';

/** Questions one person may ask an hour: plenty for anyone, too few to spam every expert. */
export const QUESTIONS_PER_HOUR = 10;
/** How many experts a question is routed to. */
export const EXPERTS_PER_QUESTION = 5;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkId(field: string, id: string): void {
  if (!UUID.test(id)) throw badInput(field, `${field} must be an id.`);
}

export interface AskQuestion {
  title: string;
  body: string;
  industries?: string[] | null;
  buyerRoles?: string[] | null;
  products?: string[] | null;
}

/** Who may promote an accepted answer to an asset: the asker, the answer's writer, enablement and admins. */
export function mayPromote(
  viewer: Viewer,
  question: Pick<QuestionEntity, 'askerId' | 'acceptedAnswerId' | 'promotedAssetId'>,
  answererId: string | null,
): boolean {
  if (!question.acceptedAnswerId || question.promotedAssetId || !answererId) return false;
  return (
    viewer.id === question.askerId ||
    viewer.id === answererId ||
    viewer.role === Role.ENABLEMENT ||
    viewer.role === Role.ADMIN
  );
}

/**
 * Questions to experts: asked about taxonomy topics, routed to the people who know them (from what they authored,
 * the endorsements it received and their answers accepted before), answered with comments, one answer accepted by
 * the asker (credit to its writer under the scoring policy), and an accepted answer promoted to a best practice.
 */
@Injectable()
export class QuestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: QuestionRepository,
    private readonly comments: CommentService,
    private readonly notifications: NotificationService,
    private readonly taxonomy: TaxonomyService,
    private readonly credit: CreditService,
    private readonly creditNotifier: CreditNotifier,
    private readonly assets: AssetService,
  ) {}

  /** Asks a question; the suggested experts are kept with it and told (a QUESTION notification each). */
  async ask(viewer: Viewer, input: AskQuestion): Promise<QuestionEntity> {
    const title = checkTitle(input.title);
    const body = checkQuestionBody(input.body);
    const given = {
      industries: checkTopics('industries', input.industries),
      buyerRoles: checkTopics('buyerRoles', input.buyerRoles),
      products: checkTopics('products', input.products),
    };
    const told: NotificationEntity[] = [];
    const saved = await this.dataSource.transaction(async (em) => {
      if ((await this.questions.askedSince(em, viewer.id, new Date(Date.now() - 3_600_000))) >= QUESTIONS_PER_HOUR) {
        throw rateLimited(3600);
      }
      const topics = {
        industries: await this.taxonomy.canonical(em, TaxonomyKind.INDUSTRY, given.industries, 'industries'),
        buyerRoles: await this.taxonomy.canonical(em, TaxonomyKind.BUYER_ROLE, given.buyerRoles, 'buyerRoles'),
        products: await this.taxonomy.canonical(em, TaxonomyKind.PRODUCT, given.products, 'products'),
      };
      const question = await this.questions.insert(em, { askerId: viewer.id, title, body, ...topics });
      const found = await this.questions.experts(em, viewer, topics, EXPERTS_PER_QUESTION);
      const rows: QuestionExpertEntity[] = found.map((e, i) => ({
        questionId: question.id,
        userId: e.userId,
        rank: i + 1,
        score: e.score,
        reason: expertReason(e),
      }));
      await this.questions.insertExperts(em, rows);
      const asker = await this.questions.personName(em, viewer.id);
      for (const expert of rows) {
        told.push(
          await this.notifications.add(
            em,
            expert.userId,
            'QUESTION',
            `${asker} asked a question you may know the answer to: ${title}`,
            `/questions/${question.id}`,
          ),
        );
      }
      return question;
    });
    this.notifications.announce(told);
    return saved;
  }

  /** Answers a question (a comment on it); the asker hears of it, mentioned people as in comments. */
  async answer(viewer: Viewer, questionId: string, body: string): Promise<CommentEntity> {
    checkId('questionId', questionId);
    const told: NotificationEntity[] = [];
    const saved = await this.dataSource.transaction(async (em) => {
      const question = await this.questions.findOne(em, questionId);
      if (!question) throw notFound('Question');
      const answered = await this.comments.answerWithin(em, viewer, question, body);
      told.push(...answered.told);
      const mentioned = new Set(answered.told.map((n) => n.userId));
      if (question.askerId !== viewer.id && !mentioned.has(question.askerId)) {
        const writer = await this.questions.personName(em, viewer.id);
        told.push(
          await this.notifications.add(
            em,
            question.askerId,
            'ANSWER',
            `${writer} answered your question: ${question.title}`,
            `/questions/${question.id}#answer-${answered.comment.id}`,
          ),
        );
      }
      return answered.comment;
    });
    this.notifications.announce(told);
    return saved;
  }

  /**
   * The asker accepts one answer: its writer earns the policy's points for an accepted answer (nothing for a
   * self-answer), once. Accepting the accepted answer again changes nothing; another answer is a CONFLICT.
   */
  async accept(viewer: Viewer, questionId: string, commentId: string): Promise<QuestionEntity> {
    checkId('questionId', questionId);
    checkId('commentId', commentId);
    const told: NotificationEntity[] = [];
    let recorded: RecordedCredit | null = null;
    const saved = await this.dataSource.transaction(async (em) => {
      const question = await this.questions.lock(em, questionId);
      if (!question) throw notFound('Question');
      if (question.askerId !== viewer.id) throw forbidden('Only the person who asked can accept an answer.');
      const answer = await this.comments.lockAnswerWithin(em, questionId, commentId);
      if (!answer) throw notFound('Answer');
      if (question.acceptedAnswerId === commentId) return question;
      if (question.acceptedAnswerId) throw conflict('Another answer is already accepted.', 'commentId');
      const at = new Date();
      await this.questions.accept(em, questionId, commentId, at);
      recorded = await this.credit.record(em, {
        kind: 'ANSWER_ACCEPTED',
        actorId: viewer.id,
        questionId,
        answerId: commentId,
        answererId: answer.authorId,
      });
      // Credit received is told by the notification centre; an answer that earned nothing is told here.
      if (answer.authorId !== viewer.id && recorded.awardedPoints === 0) {
        const asker = await this.questions.personName(em, viewer.id);
        told.push(
          await this.notifications.add(
            em,
            answer.authorId,
            'ANSWER_ACCEPTED',
            `${asker} accepted your answer to: ${question.title}`,
            `/questions/${questionId}#answer-${commentId}`,
          ),
        );
      }
      return (await this.questions.findOne(em, questionId))!;
    });
    if (recorded) this.creditNotifier.publish([recorded]);
    this.notifications.announce(told);
    return saved;
  }

  /**
   * Makes the accepted answer a BEST_PRACTICE asset (a draft, visible to the organisation once published) with its
   * writer as lead author, linking back to the question; once per question.
   */
  async promote(viewer: Viewer, questionId: string): Promise<AssetObject> {
    checkId('questionId', questionId);
    const told: NotificationEntity[] = [];
    const asset = await this.dataSource.transaction(async (em) => {
      const question = await this.questions.lock(em, questionId);
      if (!question) throw notFound('Question');
      if (!question.acceptedAnswerId) throw conflict('Accept an answer before promoting it.', 'questionId');
      if (question.promotedAssetId) throw conflict('This answer is already a best practice.', 'questionId');
      const answer = await this.comments.lockAnswerWithin(em, questionId, question.acceptedAnswerId);
      if (!answer) throw notFound('Answer');
      if (!mayPromote(viewer, question, answer.authorId)) {
        throw forbidden('The asker, the answer’s writer or enablement can promote an answer.');
      }
      const input = {
        kind: AssetKind.BEST_PRACTICE,
        title: question.title,
        summary: `The accepted answer to a question, promoted to a best practice.`,
        body: `${answer.body}\n\n---\n\nFrom the question [${question.title.replace(/[[\]]/g, '')}](/questions/${question.id}).`,
        visibility: Visibility.ORG,
        industries: question.industries,
        buyerRoles: question.buyerRoles,
        products: question.products,
        authors: [{ userId: answer.authorId, role: AuthorRole.LEAD_AUTHOR, share: 100 }],
      } as CreateAssetInput;
      const created = await this.assets.createWithin(em, viewer, input);
      await this.questions.promoted(em, questionId, created.id, new Date());
      if (answer.authorId !== viewer.id) {
        const who = await this.questions.personName(em, viewer.id);
        told.push(
          await this.notifications.add(
            em,
            answer.authorId,
            'ANSWER_PROMOTED',
            `${who} made your answer a best practice: ${question.title}. It is a draft you lead; publish it when ready.`,
            `/assets/${created.id}`,
          ),
        );
      }
      return created;
    });
    this.notifications.announce(told);
    return asset;
  }

  /** One question; null for an unknown id (every signed-in person may see every question). */
  async byId(id: string): Promise<QuestionEntity | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.questions.byIds([id]);
    return row ?? null;
  }

  byIds(ids: readonly string[]): Promise<QuestionEntity[]> {
    return this.questions.byIds(ids);
  }

  list(viewer: Viewer, scope: QuestionScope, first = 20, before?: Date | null): Promise<QuestionEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', 'first must be 1 to 100.');
    return this.questions.list(viewer.id, scope, first, before ?? null);
  }

  expertsOf(questionIds: readonly string[]): Promise<QuestionExpertEntity[]> {
    return this.questions.expertsOf(questionIds);
  }

  answers(questionIds: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.answers(questionIds);
  }

  answersById(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.answersById(ids);
  }
}
