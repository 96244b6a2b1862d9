import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { DealEntity } from '../deal/deal.entity.js';
import type { UserEntity } from '../user/user.entity.js';

/**
 * A template personalised by one person for one deal: once per template, person and deal (credited once); doing it
 * again makes a new version of the same copy. Keeps the template version the copy was last made from.
 */
@Entity('template_personalisations')
@Unique('UQ_template_personalisations_template_actor_deal', ['templateId', 'actorId', 'dealId'])
export class TemplatePersonalisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'FK_template_personalisations_template' })
  template?: Relation<AssetEntity>;

  @Index('IX_template_personalisations_actor')
  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_template_personalisations_actor' })
  actor?: Relation<UserEntity>;

  @Index('IX_template_personalisations_deal')
  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne('DealEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'FK_template_personalisations_deal' })
  deal?: Relation<DealEntity>;

  /** The personalised copy: a private adaptation of the template. */
  @Index('UQ_template_personalisations_copy', { unique: true })
  @Column({ name: 'copy_id', type: 'uuid' })
  copyId: string;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'copy_id', foreignKeyConstraintName: 'FK_template_personalisations_copy' })
  copy?: Relation<AssetEntity>;

  /** The template's version the copy's latest version was filled from. */
  @Column({ name: 'template_version', type: 'int' })
  templateVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
