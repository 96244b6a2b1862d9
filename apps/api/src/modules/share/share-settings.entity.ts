import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { UserEntity } from '../user/user.entity.js';

/** The organisation's share-link settings: one row (id 1) once an admin sets them; defaults until then. */
@Entity('share_settings')
export class ShareSettingsEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  /** Asset kinds that may be shared with buyers. */
  @Column({ name: 'client_safe_kinds', type: 'text', array: true })
  clientSafeKinds: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_share_settings_updated_by' })
  updatedBy?: Relation<UserEntity> | null;
}
