import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { ScoringPolicy } from '@byline/credit';
import type { UserEntity } from '../user/user.entity.js';

/**
 * Published policy versions, by an admin or, with no creator, by a migration (v2 was published so); version 1 is
 * built in. The newest applies from its creation on. Stored JSON is read through `upgradePolicy`.
 */
@Entity('scoring_policies')
export class ScoringPolicyEntity {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  policy: ScoringPolicy;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_scoring_policies_created_by' })
  createdBy?: Relation<UserEntity> | null;
}
