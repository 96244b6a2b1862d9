import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { AssetKind } from '../asset/asset.entity.js';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { UserEntity } from '../user/user.entity.js';

/** The review interval of one asset kind, when an admin set one (else the default). */
@Entity('review_intervals')
@Check('CHK_review_intervals_days', 'days BETWEEN 1 AND 730')
export class ReviewIntervalEntity {
  @PrimaryColumn({ type: 'enum', enum: AssetKind, enumName: 'asset_kind' })
  kind: AssetKind;

  @Column({ type: 'integer' })
  days: number;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_review_intervals_updated_by' })
  updater?: Relation<UserEntity> | null;
}

/** An asset's verifier when one was named (else its lead author) and its last verification. */
@Entity('asset_verification_states')
@Check('CHK_asset_verification_states_verified', '(verified_at IS NULL) = (verified_by IS NULL)')
export class AssetVerificationStateEntity {
  @PrimaryColumn({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @Column({ name: 'verifier_id', type: 'uuid', nullable: true })
  verifierId: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_asset_verification_states_asset_id' })
  asset?: Relation<AssetEntity> | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verifier_id', foreignKeyConstraintName: 'FK_asset_verification_states_verifier_id' })
  verifier?: Relation<UserEntity> | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verified_by', foreignKeyConstraintName: 'FK_asset_verification_states_verified_by' })
  lastVerifier?: Relation<UserEntity> | null;
}

/** One verification: who confirmed the asset was still true, and when. Append-only. */
@Entity('asset_verifications')
@Index('IX_asset_verifications_asset', ['assetId', 'verifiedAt'])
@Index('IX_asset_verifications_by', ['verifiedBy', 'verifiedAt'])
export class AssetVerificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @Column({ name: 'verified_by', type: 'uuid' })
  verifiedBy: string;

  @Column({ name: 'verified_at', type: 'timestamptz', default: () => 'now()' })
  verifiedAt: Date;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_asset_verifications_asset_id' })
  asset?: Relation<AssetEntity> | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verified_by', foreignKeyConstraintName: 'FK_asset_verifications_verified_by' })
  verifier?: Relation<UserEntity> | null;
}

/** A review reminder sent: one per asset and due date, however many processes run the daily job. */
@Entity('review_due_notices')
@Unique('UQ_review_due_notices_asset_due', ['assetId', 'dueAt'])
export class ReviewDueNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'verifier_id', type: 'uuid' })
  verifierId: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_review_due_notices_asset_id' })
  asset?: Relation<AssetEntity> | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verifier_id', foreignKeyConstraintName: 'FK_review_due_notices_verifier_id' })
  verifier?: Relation<UserEntity> | null;
}
