import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import type { UserEntity } from '../user/user.entity.js';

/**
 * A digest email sent (or being sent) to a person for one period. The unique (user, period) is what keeps a digest
 * from going out twice when several API processes run the digest job.
 */
@Entity('notification_digests')
@Unique('UQ_notification_digests_user_period', ['userId', 'period'])
export class NotificationDigestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The period it covers, e.g. DAILY:2026-12-07 or WEEKLY:2026-W50. */
  @Column({ type: 'varchar', length: 20 })
  period: string;

  /** Unread notifications it listed. */
  @Column({ name: 'notification_count', type: 'integer' })
  notificationCount: number;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_digests_user' })
  user?: Relation<UserEntity>;
}
