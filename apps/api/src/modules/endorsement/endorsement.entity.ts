import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { CreditEventEntity } from '../credit/credit-event.entity.js';
import type { UserEntity } from '../user/user.entity.js';

export enum EndorsementKind {
  HELPFUL = 'HELPFUL',
  HELPED_WIN = 'HELPED_WIN',
  VERIFIED = 'VERIFIED',
}

/** One endorser's endorsement of an asset; at most one active per endorser, asset and kind. */
@Entity('endorsements')
@Index('UQ_endorsements_active', { synchronize: false })
// Authorship reports count the endorsements someone gave in a period.
@Index('IX_endorsements_endorser', ['endorserId', 'createdAt'])
export class EndorsementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IX_endorsements_asset')
  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @Column({ name: 'endorser_id', type: 'uuid' })
  endorserId: string;

  @Column({ type: 'enum', enum: EndorsementKind, enumName: 'endorsement_kind' })
  kind: EndorsementKind;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'credit_event_id', type: 'uuid', nullable: true })
  creditEventId: string | null;

  @Column({ name: 'points_awarded', type: 'int', default: 0 })
  pointsAwarded: number;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_endorsements_asset' })
  asset?: Relation<AssetEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'endorser_id', foreignKeyConstraintName: 'FK_endorsements_endorser' })
  endorser?: Relation<UserEntity>;

  @ManyToOne('CreditEventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credit_event_id', foreignKeyConstraintName: 'FK_endorsements_credit_event' })
  creditEvent?: Relation<CreditEventEntity> | null;
}
