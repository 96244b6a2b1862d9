import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { QuestionEntity } from '../question/question.entity.js';
import type { UserEntity } from '../user/user.entity.js';

/** The longest comment body, in characters. */
export const COMMENT_MAX_LENGTH = 10_000;

/**
 * A comment on an asset, or a reply to one (one level: a reply's parent is always a top-level comment), or an answer
 * to a question: each comment is on an asset or on a question, never both.
 */
@Entity('comments')
@Check('CHK_comments_on_one', '("asset_id" IS NULL) <> ("question_id" IS NULL)')
@Index('IX_comments_asset_created', ['assetId', 'createdAt'])
@Index('IX_comments_question_created', ['questionId', 'createdAt'], { where: '"question_id" IS NOT NULL' })
// Authorship reports count the comments someone wrote in a period.
@Index('IX_comments_author_created', ['authorId', 'createdAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asset_id', type: 'uuid', nullable: true })
  assetId: string | null;

  /** The question this answers; null for a comment on an asset. */
  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @Index('IX_comments_parent')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'varchar', length: COMMENT_MAX_LENGTH })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne('AssetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_comments_asset' })
  asset?: Relation<AssetEntity>;

  @ManyToOne('QuestionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_comments_question' })
  question?: Relation<QuestionEntity> | null;

  @ManyToOne('CommentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_comments_parent' })
  parent?: Relation<CommentEntity> | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_comments_author' })
  author?: Relation<UserEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'FK_comments_resolved_by' })
  resolver?: Relation<UserEntity> | null;
}

/** An earlier body of an edited comment: what it said until `editedAt`, when `editedBy` replaced it. */
@Entity('comment_revisions')
@Index('IX_comment_revisions_comment', ['commentId', 'editedAt'])
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @Column({ type: 'varchar', length: COMMENT_MAX_LENGTH })
  body: string;

  @Column({ name: 'edited_by', type: 'uuid' })
  editedBy: string;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt: Date;

  @ManyToOne('CommentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_comment_revisions_comment' })
  comment?: Relation<CommentEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edited_by', foreignKeyConstraintName: 'FK_comment_revisions_editor' })
  editor?: Relation<UserEntity>;
}

/** A person mentioned in a comment, and whether they were told (not when they may not see the asset). */
@Entity('comment_mentions')
@Index('IX_comment_mentions_user', ['userId'])
export class CommentMentionEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'boolean' })
  notified: boolean;

  @Column({ type: 'varchar', length: 40, nullable: true })
  reason: string | null;

  @ManyToOne('CommentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_comment_mentions_comment' })
  comment?: Relation<CommentEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_comment_mentions_user' })
  user?: Relation<UserEntity>;
}
