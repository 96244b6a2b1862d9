import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { AssetEntity } from '../asset/asset.entity.js';
import { AttachmentEntity } from '../attachment/attachment.entity.js';

// A page's heading (A) outweighs its text (C). 'english' is spelt out so the expression is immutable.
export const FILE_PAGE_SEARCH_EXPRESSION =
  "setweight(to_tsvector('english'::regconfig, coalesce(heading, '')), 'A') || " +
  "setweight(to_tsvector('english'::regconfig, text), 'C')";

/** The text of one page, slide, sheet or section of an attachment, searchable on its own so a match names its page. */
@Entity('file_pages')
// The GIN index for full-text search is created by the migration; TypeORM leaves it alone.
@Index('IX_file_pages_search', { synchronize: false })
export class FilePageEntity {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId: string;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id', foreignKeyConstraintName: 'FK_file_pages_attachment' })
  attachment: Relation<AttachmentEntity>;

  /** From 1, in the file's order. */
  @PrimaryColumn({ type: 'int' })
  n: number;

  @Index('IX_file_pages_asset')
  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_file_pages_asset' })
  asset: Relation<AssetEntity>;

  @Column({ type: 'varchar', length: 300, nullable: true })
  heading: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: FILE_PAGE_SEARCH_EXPRESSION,
  })
  search: string;
}
