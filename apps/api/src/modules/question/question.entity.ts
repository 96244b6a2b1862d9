import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { CommentEntity } from '../comment/comment.entity.js';
import type { UserEntity } from '../user/user.entity.js';

/** The longest question title, in characters. */
export const QUESTION_TITLE_MAX_LENGTH = 200;
/** The longest question body, in characters. */
export const QUESTION_BODY_MAX_LENGTH = 10_000;

/**
 * A question to the people who know a topic (industries, buyer roles, products from the taxonomy; free text in the
 * body). Every signed-in person sees it; its answers are comments on it, one of which the asker may accept.
 */
@Entity('questions')
@Index('IX_questions_created', ['createdAt', 'id'])
@Index('IX_questions_asker_created', ['askerId', 'createdAt'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asker_id', type: 'uuid' })
  askerId: string;

  @Column({ type: 'varchar', length: QUESTION_TITLE_MAX_LENGTH })
  title: string;

  @Column({ type: 'varchar', length: QUESTION_BODY_MAX_LENGTH })
  body: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  industries: string[];

  @Column({ name: 'buyer_roles', type: 'text', array: true, default: () => "'{}'" })
  buyerRoles: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  products: string[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'accepted_answer_id', type: 'uuid', nullable: true })
  acceptedAnswerId: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Index('UQ_questions_promoted_asset', { unique: true })
  @Column({ name: 'promoted_asset_id', type: 'uuid', nullable: true })
  promotedAssetId: string | null;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asker_id', foreignKeyConstraintName: 'FK_questions_asker' })
  asker?: Relation<UserEntity>;

  @ManyToOne('CommentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accepted_answer_id', foreignKeyConstraintName: 'FK_questions_accepted_answer' })
  acceptedAnswer?: Relation<CommentEntity> | null;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'promoted_asset_id', foreignKeyConstraintName: 'FK_questions_promoted_asset' })
  promotedAsset?: Relation<AssetEntity> | null;
}

/** Someone Byline suggested for a question when it was asked, in rank order, with the evidence in words. */
@Entity('question_experts')
@Index('IX_question_experts_user', ['userId'])
export class QuestionExpertEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'smallint' })
  rank: number;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'varchar', length: 300 })
  reason: string;

  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_question_experts_question' })
  question?: Relation<QuestionEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_question_experts_user' })
  user?: Relation<UserEntity>;
}
