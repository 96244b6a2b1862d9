import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';

export enum FollowKind {
  USER = 'USER',
  TAG = 'TAG',
}

/** A person following another person or a tag; followed knowledge comes first in their feed. */
@Entity('follows')
export class FollowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'enum', enum: FollowKind, enumName: 'follow_kind' })
  kind: FollowKind;

  /** A user id for USER, a tag value for TAG. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  target: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_follows_user' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
