import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { UserEntity } from '../user/user.entity.js';
import type { CreditEventEntity } from './credit-event.entity.js';

/** One row of the append-only credit ledger; the database refuses UPDATE and DELETE. */
@Entity('credit_entries')
@Index('IX_credit_entries_beneficiary', ['beneficiaryId', 'bookedAt'])
@Index('IX_credit_entries_actor_day', ['actorId', 'beneficiaryId', 'occurredAt'])
@Index('IX_credit_entries_event', ['eventId'])
// An asset's page sums the credit its reuses and adaptations generated.
@Index('IX_credit_entries_source_asset', ['sourceAssetId'])
@Index('UQ_credit_entries_chain_position', ['chainPosition'], { unique: true })
export class CreditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId: string;

  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'varchar', length: 40 })
  reason: string;

  @Column({ name: 'source_reason', type: 'varchar', length: 40 })
  sourceReason: string;

  @Column({ type: 'varchar', length: 60 })
  rule: string;

  @Column({ name: 'asset_id', type: 'uuid', nullable: true })
  assetId: string | null;

  @Column({ name: 'source_asset_id', type: 'uuid', nullable: true })
  sourceAssetId: string | null;

  @Column({ type: 'smallint', default: 0 })
  generation: number;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'policy_version', type: 'int' })
  policyVersion: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** When it counts: its event's time, or the start of the open period when that time lies in a closed quarter. */
  @Column({ name: 'booked_at', type: 'timestamptz' })
  bookedAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  capped: { cap: string; grossPoints: number } | null;

  /** Place on the tamper-evident chain, set when the entry's transaction commits (commit order). */
  @Column({ name: 'chain_position', type: 'bigint', nullable: true })
  chainPosition: string | null;

  /** SHA-256 (hex) of the previous entry's hash and this entry's canonical bytes (see the credit-chain migration). */
  @Column({ name: 'chain_hash', type: 'character', length: 64, nullable: true })
  chainHash: string | null;

  @ManyToOne('CreditEventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_credit_entries_event' })
  event?: Relation<CreditEventEntity>;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_id', foreignKeyConstraintName: 'FK_credit_entries_beneficiary' })
  beneficiary?: Relation<UserEntity>;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_credit_entries_asset' })
  asset?: Relation<AssetEntity> | null;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_asset_id', foreignKeyConstraintName: 'FK_credit_entries_source_asset' })
  sourceAsset?: Relation<AssetEntity> | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_credit_entries_actor' })
  actor?: Relation<UserEntity>;
}
