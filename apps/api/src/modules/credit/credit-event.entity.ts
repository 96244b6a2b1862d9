import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { UserEntity } from '../user/user.entity.js';

import type { AssetFacts, CreditNote } from '@byline/credit';

export enum CreditEventType {
  PUBLISHED = 'PUBLISHED',
  REUSE = 'REUSE',
  ADAPTED = 'ADAPTED',
  ENDORSED = 'ENDORSED',
  ENDORSEMENT_WITHDRAWN = 'ENDORSEMENT_WITHDRAWN',
  DEAL_WON = 'DEAL_WON',
  DEAL_WON_REVERSED = 'DEAL_WON_REVERSED',
  SHARE_VIEWED = 'SHARE_VIEWED',
  TEMPLATE_PERSONALISED = 'TEMPLATE_PERSONALISED',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
}

/**
 * What an event's credit rests on, for people to check: for SHARE_VIEWED, the share link and its buyer session; for
 * an ADAPTED booked when enablement set a lineage, the attribution review.
 */
export interface CreditEvidence {
  shareLinkId?: string;
  shareSessionId?: string;
  attributionReviewId?: string;
}

/**
 * Every event that can earn credit, append-only, in the order it was recorded (`seq`), with the facts the rules
 * saw (authors and lineage at that moment) so that replaying the log rebuilds exactly the same ledger.
 */
@Entity('credit_events')
@Index('IX_credit_events_asset', ['assetId'])
// A deal's awards and reversals, newest first: an expression index, created by the migration.
@Index('IX_credit_events_deal', { synchronize: false })
export class CreditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_credit_events_seq', { unique: true })
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'enum', enum: CreditEventType, enumName: 'credit_event_type' })
  type: CreditEventType;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'asset_id', type: 'uuid', nullable: true })
  assetId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Kind-specific fields: reuseKind, viaShareLink, endorsementKind, derivedAssetId, dealId, usedAssetIds. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  /** What the credit rests on (the share link and buyer session of a SHARE_VIEWED); not an input of the rules. */
  @Column({ type: 'jsonb', nullable: true })
  evidence: CreditEvidence | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  facts: AssetFacts[];

  @Column({ name: 'policy_version', type: 'int' })
  policyVersion: number;

  /** When the event counts for the leaderboards: as its entries' `booked_at`. */
  @Column({ name: 'booked_at', type: 'timestamptz' })
  bookedAt: Date;

  /** The fiscal calendar its rollups were booked under (FISCAL_YEAR_START_MONTH then). */
  @Column({ name: 'fiscal_year_start_month', type: 'smallint' })
  fiscalYearStartMonth: number;

  @Column({ name: 'nominal_points', type: 'int' })
  nominalPoints: number;

  @Column({ name: 'awarded_points', type: 'int' })
  awardedPoints: number;

  /** Why points were withheld (self-credit, caps, repeats), for the statement's explanations. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  notes: CreditNote[];

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_credit_events_actor' })
  actor?: Relation<UserEntity>;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_credit_events_asset' })
  asset?: Relation<AssetEntity> | null;
}
