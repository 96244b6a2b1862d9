import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { UserEntity } from '../user/user.entity.js';

export enum ApprovalDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** Whether client-facing content needs enablement's approval before it reaches buyers: one row (id 1) once set. */
@Entity('approval_settings')
@Check('CHK_approval_settings_one_row', 'id = 1')
export class ApprovalSettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_approval_settings' })
  id: number;

  @Column({ type: 'boolean' })
  required: boolean;

  /** When approval was last turned on: nothing waits from before it. */
  @Column({ name: 'required_since', type: 'timestamptz', nullable: true })
  requiredSince: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_approval_settings_updated_by' })
  updatedBy?: Relation<UserEntity>;
}

/** A decision on one version of an asset's content; the newest decision of an asset is the one in force. */
@Entity('asset_approvals')
@Index('IX_asset_approvals_asset', ['assetId', 'decidedAt'])
@Check('CHK_asset_approvals_note', 'char_length(note) <= 2000')
export class AssetApprovalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_asset_approvals' })
  id: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  /** The asset version whose content was decided on. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: ApprovalDecision, enumName: 'approval_decision' })
  decision: ApprovalDecision;

  /** The approver's note, or the reason of a rejection. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedById: string;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_asset_approvals_asset' })
  asset?: Relation<AssetEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_asset_approvals_decided_by' })
  decidedBy?: Relation<UserEntity>;
}
