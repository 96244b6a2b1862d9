import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { CreditEventEntity } from '../credit/credit-event.entity.js';
import type { DealEntity } from '../deal/deal.entity.js';
import type { ReuseEventEntity } from '../reuse/reuse-event.entity.js';
import type { UserEntity } from '../user/user.entity.js';

/**
 * A link that lets one buyer read one asset without logging in. Only the SHA-256 of its token is kept; the
 * address it was created from is kept as a keyed hash, so the sharer's own visits can be told apart without
 * storing the address.
 */
@Entity('share_links')
@Unique('UQ_share_links_token_hash', ['tokenHash'])
@Unique('UQ_share_links_client_event', ['sharerId', 'clientEventId'])
@Unique('UQ_share_links_reuse_event', ['reuseEventId'])
@Index('IX_share_links_asset', ['assetId', 'createdAt'])
@Index('IX_share_links_deal', ['dealId'], { where: 'deal_id IS NOT NULL' })
@Index('IX_share_links_sharer', ['sharerId', 'createdAt'])
export class ShareLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @Column({ name: 'deal_id', type: 'uuid', nullable: true })
  dealId: string | null;

  @Column({ name: 'sharer_id', type: 'uuid' })
  sharerId: string;

  @Column({ name: 'client_event_id', type: 'varchar', length: 100 })
  clientEventId: string;

  /** The SHARE_WITH_CUSTOMER reuse its creation recorded. */
  @Column({ name: 'reuse_event_id', type: 'uuid' })
  reuseEventId: string;

  @Column({ name: 'recipient_name', type: 'varchar', length: 200, nullable: true })
  recipientName: string | null;

  @Column({ name: 'recipient_email', type: 'varchar', length: 320, nullable: true })
  recipientEmail: string | null;

  @Column({ name: 'require_email', type: 'boolean', default: false })
  requireEmail: boolean;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** HMAC-SHA256 (keyed with the app secret) of the address the link was created from. */
  @Column({ name: 'creator_address_hash', type: 'char', length: 64, nullable: true })
  creatorAddressHash: string | null;

  /** Page loads by people (not previews, prefetches or scanners); not views. */
  @Column({ type: 'int', default: 0 })
  opens: number;

  /** When its first buyer session became counted: from then on the link's deal counts as using the asset. */
  @Column({ name: 'first_viewed_at', type: 'timestamptz', nullable: true })
  firstViewedAt: Date | null;

  /** That first counted session, the evidence of the top-up. */
  @Column({ name: 'first_session_id', type: 'uuid', nullable: true })
  firstSessionId: string | null;

  /** The credit event of the top-up, once per link. */
  @Column({ name: 'top_up_credit_event_id', type: 'uuid', nullable: true })
  topUpCreditEventId: string | null;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_share_links_asset' })
  asset?: Relation<AssetEntity>;

  @ManyToOne('DealEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'FK_share_links_deal' })
  deal?: Relation<DealEntity> | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sharer_id', foreignKeyConstraintName: 'FK_share_links_sharer' })
  sharer?: Relation<UserEntity>;

  @ManyToOne('ReuseEventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reuse_event_id', foreignKeyConstraintName: 'FK_share_links_reuse_event' })
  reuseEvent?: Relation<ReuseEventEntity>;

  @ManyToOne('CreditEventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'top_up_credit_event_id', foreignKeyConstraintName: 'FK_share_links_top_up_credit_event' })
  topUpCreditEvent?: Relation<CreditEventEntity> | null;
}
