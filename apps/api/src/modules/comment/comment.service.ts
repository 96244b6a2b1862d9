import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, forbidden, notFound, rateLimited } from '../../core/graphql/errors.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { UserStatus } from '../user/user.entity.js';
import { MAX_MENTIONS, mentionedEmails } from './comment-mentions.js';
import { COMMENT_MAX_LENGTH } from './comment.entity.js';
import type { CommentEntity, CommentMentionEntity, CommentRevisionEntity } from './comment.entity.js';
import { CommentRepository } from './comment.repository.js';
import type { CommentedAsset } from './comment.repository.js';

/** Why a mentioned person was not told. */
export enum MentionReason {
  CANNOT_SEE_ASSET = 'CANNOT_SEE_ASSET',
  INACTIVE = 'INACTIVE',
  YOURSELF = 'YOURSELF',
}

/** Comments one person may write a minute: far above anyone typing, low enough to stop a script flooding a page. */
export const COMMENTS_PER_MINUTE = 30;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters other than tab and newlines make no sense in a comment and can hide text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function checkId(field: string, id: string): void {
  if (!UUID.test(id)) throw badInput(field, `${field} must be an id.`);
}

function checkBody(body: string): string {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (!text) throw badInput('body', 'Write something first: a comment cannot be empty.');
  if (text.length > COMMENT_MAX_LENGTH) {
    throw badInput('body', `A comment is at most ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters.`);
  }
  if (CONTROL.test(text)) throw badInput('body', 'The comment contains control characters.');
  return text;
}

/** What a comment's mentions are checked against: an asset (its visibility) or a question (seen by everyone). */
interface MentionTarget {
  title: string;
  maySee(person: Viewer): Promise<boolean>;
}

/** A question as its answers need it. */
export interface AnsweredQuestion {
  id: string;
  title: string;
}

/** Comments on assets: threaded one level, with mentions, edits kept as history, and resolution by the asset's authors. */
@Injectable()
export class CommentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comments: CommentRepository,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Adds a comment, or a reply to a top-level comment (a reply to a reply is refused: threads are one level deep).
   * The asset's authors hear of it (not the writer); mentioned people who may see the asset are told.
   */
  async add(viewer: Viewer, assetId: string, rawBody: string, parentId?: string | null): Promise<CommentEntity> {
    checkId('assetId', assetId);
    if (parentId) checkId('parentId', parentId);
    const body = checkBody(rawBody);
    const told: NotificationEntity[] = [];
    const saved = await this.dataSource.transaction(async (em) => {
      const asset = await this.comments.visibleAsset(em, viewer, assetId);
      if (!asset) throw notFound('Asset');
      if ((await this.comments.writtenSince(em, viewer.id, new Date(Date.now() - 60_000))) >= COMMENTS_PER_MINUTE) {
        throw rateLimited(60);
      }
      let parent: CommentEntity | undefined;
      if (parentId) {
        parent = await this.comments.lockVisible(em, viewer, parentId);
        if (!parent || parent.assetId !== assetId) throw notFound('Comment');
        if (parent.parentId) {
          throw badInput('parentId', 'Reply to the first comment of the thread: replies are one level deep.');
        }
      }
      const comment = await this.comments.insert(em, {
        assetId,
        parentId: parent?.id ?? null,
        authorId: viewer.id,
        body,
      });
      const writer = await this.comments.personName(em, viewer.id);
      const mentioned = await this.recordMentions(em, viewer, this.onAsset(em, asset), comment, writer, new Set());
      const audience = new Set(asset.authorIds);
      if (parent) audience.add(parent.authorId);
      audience.delete(viewer.id);
      for (const id of mentioned.keys()) audience.delete(id);
      const what = parent ? 'replied on' : 'commented on';
      for (const userId of audience) {
        told.push(
          await this.notifications.add(em, userId, 'COMMENT', `${writer} ${what} ${asset.title}`, this.path(comment)),
        );
      }
      told.push(...mentioned.values());
      return comment;
    });
    this.notifications.announce(told);
    return saved;
  }

  /**
   * Answers a question, in the caller's transaction: a comment on the question, with the same body rules, rate limit
   * and mentions as comments on assets (everyone signed in sees questions, so every active person mentioned is told).
   * Returns the answer and the mention notifications to announce after the commit.
   */
  async answerWithin(
    em: EntityManager,
    viewer: Viewer,
    question: AnsweredQuestion,
    rawBody: string,
  ): Promise<{ comment: CommentEntity; told: NotificationEntity[] }> {
    const body = checkBody(rawBody);
    if ((await this.comments.writtenSince(em, viewer.id, new Date(Date.now() - 60_000))) >= COMMENTS_PER_MINUTE) {
      throw rateLimited(60);
    }
    const comment = await this.comments.insert(em, {
      assetId: null,
      questionId: question.id,
      parentId: null,
      authorId: viewer.id,
      body,
    });
    const writer = await this.comments.personName(em, viewer.id);
    const target: MentionTarget = { title: question.title, maySee: () => Promise.resolve(true) };
    const told = await this.recordMentions(em, viewer, target, comment, writer, new Set());
    return { comment, told: [...told.values()] };
  }

  /** One answer to the question, locked for the transaction; undefined when it is not one of its answers. */
  lockAnswerWithin(em: EntityManager, questionId: string, id: string): Promise<CommentEntity | undefined> {
    checkId('commentId', id);
    return this.comments.lockAnswer(em, questionId, id);
  }

  answers(questionIds: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.answers(questionIds);
  }

  answersById(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.answersById(ids);
  }

  /** Changes your own comment's body; the earlier one stays readable in its history. New mentions are told. */
  async edit(viewer: Viewer, id: string, rawBody: string): Promise<CommentEntity> {
    checkId('id', id);
    const body = checkBody(rawBody);
    const told: NotificationEntity[] = [];
    const saved = await this.dataSource.transaction(async (em) => {
      const comment = await this.comments.lockVisible(em, viewer, id);
      if (!comment?.assetId) throw notFound('Comment');
      if (comment.authorId !== viewer.id) throw forbidden('Only its writer can edit a comment.');
      if (comment.body === body) return comment;
      const asset = await this.comments.visibleAsset(em, viewer, comment.assetId);
      if (!asset) throw notFound('Comment');
      await this.comments.edit(em, comment, body, viewer.id, new Date());
      const updated = (await this.comments.findOne(em, id))!;
      const writer = await this.comments.personName(em, viewer.id);
      const already = await this.comments.mentionedIds(em, id);
      told.push(...(await this.recordMentions(em, viewer, this.onAsset(em, asset), updated, writer, already)).values());
      return updated;
    });
    this.notifications.announce(told);
    return saved;
  }

  /** Marks a top-level comment resolved (or open again): the asset's authors and the comment's writer may. */
  async resolve(viewer: Viewer, id: string, resolved: boolean): Promise<CommentEntity> {
    checkId('id', id);
    return this.dataSource.transaction(async (em) => {
      const comment = await this.comments.lockVisible(em, viewer, id);
      if (!comment?.assetId) throw notFound('Comment');
      if (comment.parentId) throw badInput('id', 'Only the first comment of a thread can be resolved.');
      const asset = await this.comments.visibleAsset(em, viewer, comment.assetId);
      if (!asset) throw notFound('Comment');
      if (!this.mayResolve(viewer, asset, comment)) {
        throw forbidden('Only the asset’s authors and the comment’s writer can resolve it.');
      }
      if (Boolean(comment.resolvedAt) !== resolved) {
        await this.comments.setResolved(em, id, resolved ? viewer.id : null, resolved ? new Date() : null);
      }
      return (await this.comments.findOne(em, id))!;
    });
  }

  mayResolve(viewer: Viewer, asset: Pick<CommentedAsset, 'authorIds'>, comment: CommentEntity): boolean {
    return !comment.parentId && (asset.authorIds.includes(viewer.id) || comment.authorId === viewer.id);
  }

  topLevel(viewer: Viewer, assetIds: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.topLevel(viewer, assetIds);
  }

  replies(viewer: Viewer, parentIds: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.replies(viewer, parentIds);
  }

  counts(viewer: Viewer, assetIds: readonly string[]): Promise<Map<string, number>> {
    return this.comments.counts(viewer, assetIds);
  }

  history(viewer: Viewer, commentIds: readonly string[]): Promise<CommentRevisionEntity[]> {
    return this.comments.revisions(viewer, commentIds);
  }

  mentions(viewer: Viewer, commentIds: readonly string[]): Promise<CommentMentionEntity[]> {
    return this.comments.mentions(viewer, commentIds);
  }

  authoredAmong(viewer: Viewer, assetIds: readonly string[]): Promise<Set<string>> {
    return this.comments.authoredAmong(viewer.id, assetIds);
  }

  private path(comment: CommentEntity): string {
    if (comment.questionId) return `/questions/${comment.questionId}#answer-${comment.id}`;
    return `/assets/${comment.assetId}#comment-${comment.parentId ?? comment.id}`;
  }

  private onAsset(em: EntityManager, asset: CommentedAsset): MentionTarget {
    return { title: asset.title, maySee: (person) => this.comments.maySee(em, person, asset.id) };
  }

  /**
   * Records the people the body mentions that `already` does not hold, and writes a MENTION notification to those
   * who may see the asset (or question); returns them by person. Someone who may not see it is recorded as not told,
   * with why.
   */
  private async recordMentions(
    em: EntityManager,
    viewer: Viewer,
    target: MentionTarget,
    comment: CommentEntity,
    writer: string,
    already: Set<string>,
  ): Promise<Map<string, NotificationEntity>> {
    const emails = mentionedEmails(comment.body);
    if (emails.length > MAX_MENTIONS) throw badInput('body', `Mention at most ${MAX_MENTIONS} people in one comment.`);
    const people = (await this.comments.peopleByEmail(em, emails)).filter((p) => !already.has(p.id));
    const rows: CommentMentionEntity[] = [];
    const told = new Map<string, NotificationEntity>();
    for (const person of people) {
      let reason: MentionReason | null = null;
      if (person.id === viewer.id) reason = MentionReason.YOURSELF;
      else if (person.status !== UserStatus.ACTIVE) reason = MentionReason.INACTIVE;
      else if (!(await target.maySee({ id: person.id, role: person.role, teamId: person.teamId }))) {
        reason = MentionReason.CANNOT_SEE_ASSET;
      }
      rows.push({ commentId: comment.id, userId: person.id, notified: reason === null, reason });
      if (reason === null) {
        told.set(
          person.id,
          await this.notifications.add(
            em,
            person.id,
            'MENTION',
            `${writer} mentioned you on ${target.title}`,
            this.path(comment),
          ),
        );
      }
    }
    await this.comments.insertMentions(em, rows);
    return told;
  }
}
