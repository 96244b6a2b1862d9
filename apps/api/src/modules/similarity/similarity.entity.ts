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
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { AssetEntity } from '../asset/asset.entity.js';
import type { AttachmentEntity } from '../attachment/attachment.entity.js';
import type { UserEntity } from '../user/user.entity.js';

/**
 * The MinHash signature of an asset's text (`part` ''), or of one slide of one of its decks (`part`
 * '<attachment id>:<slide>'); replaced whenever the asset's text is checked again.
 */
@Entity('similarity_signatures')
@Unique('UQ_similarity_signatures_asset_part', ['assetId', 'part'])
@Check('CHK_similarity_signatures_size', 'cardinality(minhash) = 128')
export class SimilaritySignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @ManyToOne('AssetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_similarity_signatures_asset' })
  asset?: Relation<AssetEntity>;

  @Column({ type: 'varchar', length: 80 })
  part: string;

  @Index('IX_similarity_signatures_attachment')
  @Column({ name: 'attachment_id', type: 'uuid', nullable: true })
  attachmentId: string | null;

  @ManyToOne('AttachmentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id', foreignKeyConstraintName: 'FK_similarity_signatures_attachment' })
  attachment?: Relation<AttachmentEntity> | null;

  /** The slide's number in its deck (from 1); null for the asset's whole text. */
  @Column({ name: 'slide_n', type: 'int', nullable: true })
  slideN: number | null;

  @Column({ type: 'int', array: true })
  minhash: number[];

  /** Distinct shingles the signature rests on. */
  @Column({ type: 'int' })
  shingles: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One LSH band of a signature: a lookup reads the rows of its own 32 band keys and nothing else. */
@Entity('similarity_bands')
@Index('IX_similarity_bands_signature', ['signatureId'])
export class SimilarityBandEntity {
  @PrimaryColumn({ name: 'band_key', type: 'bigint' })
  bandKey: string;

  @PrimaryColumn({ name: 'signature_id', type: 'uuid' })
  signatureId: string;

  @ManyToOne('SimilaritySignatureEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'signature_id', foreignKeyConstraintName: 'FK_similarity_bands_signature' })
  signature?: Relation<SimilaritySignatureEntity>;
}

/** A slide of the checked deck found in the matched asset: its number there and here, and how alike they are. */
export interface MatchedSlide {
  attachmentId: string;
  n: number;
  matchedAttachmentId: string;
  matchedN: number;
  similarity: number;
}

/**
 * An older asset the asset's text (or some of its slides) resembles above the threshold, as last checked. `partial`:
 * only slides match. A declined match ("not a copy") and one taken to review keep their row.
 */
@Entity('similarity_matches')
@Check('CHK_similarity_matches_other', 'asset_id <> matched_asset_id')
@Check('CHK_similarity_matches_similarity', 'similarity BETWEEN 0 AND 1')
export class SimilarityMatchEntity {
  @PrimaryColumn({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @ManyToOne('AssetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_similarity_matches_asset' })
  asset?: Relation<AssetEntity>;

  @Index('IX_similarity_matches_matched')
  @PrimaryColumn({ name: 'matched_asset_id', type: 'uuid' })
  matchedAssetId: string;

  @ManyToOne('AssetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'matched_asset_id', foreignKeyConstraintName: 'FK_similarity_matches_matched' })
  matchedAsset?: Relation<AssetEntity>;

  @Column({ type: 'real' })
  similarity: number;

  @Column({ type: 'boolean', default: false })
  partial: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  slides: MatchedSlide[];

  /** Found by the latest check; a match a review took stays with it when a later version no longer matches. */
  @Column({ type: 'boolean', default: true })
  current: boolean;

  /** When an author said it is not a copy. */
  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  /** The attribution review it went to, once the asset was published with it standing. */
  @Index('IX_similarity_matches_review')
  @Column({ name: 'review_id', type: 'uuid', nullable: true })
  reviewId: string | null;

  @ManyToOne('AttributionReviewEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'FK_similarity_matches_review' })
  review?: Relation<AttributionReviewEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export enum AttributionReviewStatus {
  OPEN = 'OPEN',
  LINEAGE_SET = 'LINEAGE_SET',
  NOT_A_COPY = 'NOT_A_COPY',
}

/**
 * A published asset that resembles others its uploader did not make it an adaptation of (declined, or could not
 * see): enablement sets its lineage or closes it as not a copy, once. One open review per asset at a time.
 */
@Entity('attribution_reviews')
@Index('UQ_attribution_reviews_open_asset', ['assetId'], { unique: true, where: `status = 'OPEN'` })
@Index('IX_attribution_reviews_status_created', ['status', 'createdAt'])
@Check('CHK_attribution_reviews_resolved', `(status = 'OPEN') = (resolved_at IS NULL)`)
export class AttributionReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_attribution_reviews_asset' })
  asset?: Relation<AssetEntity>;

  @Column({ type: 'varchar', length: 20, default: AttributionReviewStatus.OPEN })
  status: AttributionReviewStatus;

  /** The lineage the review set; null unless LINEAGE_SET. */
  @Column({ name: 'derived_from_id', type: 'uuid', nullable: true })
  derivedFromId: string | null;

  @ManyToOne('AssetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'derived_from_id', foreignKeyConstraintName: 'FK_attribution_reviews_derived_from' })
  derivedFrom?: Relation<AssetEntity> | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'FK_attribution_reviews_resolved_by' })
  resolvedBy?: Relation<UserEntity> | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
