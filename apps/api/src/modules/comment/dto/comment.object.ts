import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MentionReason } from '../comment.service.js';
import type { CommentEntity, CommentMentionEntity, CommentRevisionEntity } from '../comment.entity.js';

registerEnumType(MentionReason, {
  name: 'MentionReason',
  description:
    'Why a mentioned person was not notified: CANNOT_SEE_ASSET (they may not see the asset), INACTIVE (suspended or departed), YOURSELF.',
});

@ObjectType('Comment', {
  description:
    'A comment on an asset, in Markdown, or a reply to one (threads are one level deep). Seen by whoever may see the asset.',
})
export class CommentObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown. A mention is `@` followed by the person’s email.' })
  body: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the body was last changed; null if never edited.' })
  editedAt: Date | null;

  @Field({ description: 'Whether the thread was marked resolved (top-level comments only; replies are never).' })
  resolved: boolean;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The top-level comment this replies to; null for a top-level one.' })
  parentId: string | null;

  assetId: string | null;
  questionId: string | null;
  authorId: string;
  resolvedBy: string | null;
}

@ObjectType('CommentRevision', { description: 'An earlier body of an edited comment.' })
export class CommentRevisionObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the comment said until this edit.' })
  body: string;

  @Field({ description: 'When it was replaced.' })
  editedAt: Date;

  commentId: string;
  editedBy: string;
}

@ObjectType('CommentMention', { description: 'A person a comment mentions, and whether they were notified.' })
export class CommentMentionObject {
  commentId: string;
  userId: string;

  @Field()
  notified: boolean;

  @Field(() => MentionReason, { nullable: true, description: 'Why they were not notified; null when they were.' })
  reason: MentionReason | null;
}

@ObjectType('CommentViewerCan', { description: 'What the viewer may do with a comment.' })
export class CommentViewerCan {
  @Field({ description: 'Change its body (its writer).' })
  edit: boolean;

  @Field({ description: 'Mark it resolved or open again (top-level; the asset’s authors and its writer).' })
  resolve: boolean;

  @Field({ description: 'Reply to it (top-level comments only).' })
  reply: boolean;
}

export function toCommentObject(c: CommentEntity): CommentObject {
  return {
    id: c.id,
    body: c.body,
    createdAt: new Date(c.createdAt),
    editedAt: c.editedAt ? new Date(c.editedAt) : null,
    resolved: Boolean(c.resolvedAt),
    resolvedAt: c.resolvedAt ? new Date(c.resolvedAt) : null,
    parentId: c.parentId,
    assetId: c.assetId,
    questionId: c.questionId ?? null,
    authorId: c.authorId,
    resolvedBy: c.resolvedBy,
  };
}

export function toCommentRevisionObject(r: CommentRevisionEntity): CommentRevisionObject {
  return { id: r.id, commentId: r.commentId, body: r.body, editedAt: new Date(r.editedAt), editedBy: r.editedBy };
}

export function toCommentMentionObject(m: CommentMentionEntity): CommentMentionObject {
  return {
    commentId: m.commentId,
    userId: m.userId,
    notified: m.notified,
    reason: (m.reason as MentionReason | null) ?? null,
  };
}
