import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { UserEntity } from '../user/user.entity.js';

/** A person's notification settings: a row once they change them; no email digest until then. */
@Entity('notification_settings')
@Check('CHK_notification_settings_digest', `digest IN ('NONE', 'DAILY', 'WEEKLY')`)
export class NotificationSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** How often unread notifications are emailed: NONE, DAILY or WEEKLY. */
  @Column({ type: 'varchar', length: 10, default: 'NONE' })
  digest: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_settings_user' })
  user?: Relation<UserEntity>;
}
