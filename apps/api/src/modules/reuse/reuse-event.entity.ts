import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { CreditEventEntity } from '../credit/credit-event.entity.js';
import type { DealEntity } from '../deal/deal.entity.js';
import type { UserEntity } from '../user/user.entity.js';

export enum ReuseKind {
  VIEW = 'VIEW',
  COPY = 'COPY',
  SHARE_WITH_CUSTOMER = 'SHARE_WITH_CUSTOMER',
  USED_IN_DEAL = 'USED_IN_DEAL',
  ADAPT = 'ADAPT',
}

/** A reuse of an asset, recorded once per client event id (retries return the first record). */
@Entity('reuse_events')
@Unique('UQ_reuse_events_client_event', ['actorId', 'clientEventId'])
@Index('IX_reuse_events_asset', ['assetId', 'occurredAt'])
@Index('IX_reuse_events_deal', ['dealId'])
// Authorship reports count the reuses someone made in a period.
@Index('IX_reuse_events_actor', ['actorId', 'occurredAt'])
// Authorship reports find the won deals an asset was used in.
@Index('IX_reuse_events_used_in_deal', ['assetId', 'dealId'], { where: `kind = 'USED_IN_DEAL'` })
export class ReuseEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ type: 'enum', enum: ReuseKind, enumName: 'reuse_kind' })
  kind: ReuseKind;

  @Column({ name: 'deal_id', type: 'uuid', nullable: true })
  dealId: string | null;

  @Column({ name: 'client_event_id', type: 'varchar', length: 100 })
  clientEventId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** The slides or pages of the asset's deck this reuse names ("slides 3–5"), ascending; null for the whole asset. */
  @Column({ type: 'int', array: true, nullable: true })
  slides: number[] | null;

  @Column({ name: 'points_awarded', type: 'int' })
  pointsAwarded: number;

  @Column({ name: 'credit_event_id', type: 'uuid', nullable: true })
  creditEventId: string | null;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_reuse_events_asset' })
  asset?: Relation<AssetEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_reuse_events_actor' })
  actor?: Relation<UserEntity>;

  @ManyToOne('DealEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'FK_reuse_events_deal' })
  deal?: Relation<DealEntity> | null;

  @ManyToOne('CreditEventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credit_event_id', foreignKeyConstraintName: 'FK_reuse_events_credit_event' })
  creditEvent?: Relation<CreditEventEntity> | null;
}
