import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { AssetEntity } from '../asset/asset.entity.js';
import { DealEntity } from '../deal/deal.entity.js';

/** What a closed deal came to; an analysis is only ever written about a closed deal. */
export enum WinLossOutcome {
  WON = 'WON',
  LOST = 'LOST',
}

/** Longest lessons learned an analysis keeps (Markdown, in characters). */
export const MAX_LESSONS_CHARS = 20_000;

/**
 * The structured part of a WIN_LOSS asset: the deal it is about and why it was won or lost. One per asset; a deal
 * may have several (different people's analyses of it).
 */
@Entity('win_loss_analyses')
@Check('CHK_win_loss_analyses_lessons', `char_length(lessons) <= ${MAX_LESSONS_CHARS}`)
export class WinLossAnalysisEntity {
  @PrimaryColumn({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  // Many-to-one in TypeORM's terms; the primary key makes it one analysis per asset.
  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_win_loss_analyses_asset' })
  asset: Relation<AssetEntity>;

  @Index('IX_win_loss_analyses_deal')
  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne(() => DealEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'FK_win_loss_analyses_deal' })
  deal: Relation<DealEntity>;

  /** What the author says the deal came to; it matched the deal's outcome when written. */
  @Column({ type: 'enum', enum: WinLossOutcome, enumName: 'win_loss_outcome' })
  outcome: WinLossOutcome;

  /** Labels from win_loss_reasons, in the list's spelling at the time of writing. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reasons: string[];

  @Column({ type: 'varchar', length: 120, nullable: true })
  competitor: string | null;

  @Column({ name: 'buyer_roles', type: 'text', array: true, default: () => "'{}'" })
  buyerRoles: string[];

  /** Markdown. */
  @Column({ type: 'text', nullable: true })
  lessons: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
