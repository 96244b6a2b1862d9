import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { AttachmentEntity } from '../attachment/attachment.entity.js';

export enum ExtractionStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** How an attachment is previewed: the PDF itself, a PDF LibreOffice made from it, or the text outline of its pages. */
export enum PreviewKind {
  PDF = 'PDF',
  CONVERTED = 'CONVERTED',
  OUTLINE = 'OUTLINE',
}

/** What the background job made of one attachment's file: its progress, its text by page, its preview. */
@Entity('file_extractions')
export class FileExtractionEntity {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId: string;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id', foreignKeyConstraintName: 'FK_file_extractions_attachment' })
  attachment: Relation<AttachmentEntity>;

  @Column({
    type: 'enum',
    enum: ExtractionStatus,
    enumName: 'file_extraction_status',
    default: ExtractionStatus.PENDING,
  })
  status: ExtractionStatus;

  /** 0–100, as the pages are read. */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** PDF, PPTX, DOCX or XLSX. */
  @Column({ type: 'varchar', length: 8 })
  kind: string;

  /** What one page is called for this kind: page, slide, sheet or section. */
  @Column({ name: 'page_label', type: 'varchar', length: 10, nullable: true })
  pageLabel: string | null;

  @Column({ name: 'page_count', type: 'int', nullable: true })
  pageCount: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  summary: string | null;

  @Column({ type: 'enum', enum: PreviewKind, enumName: 'file_preview_kind', nullable: true })
  preview: PreviewKind | null;

  @Column({ name: 'has_thumbnail', type: 'boolean', default: false })
  hasThumbnail: boolean;

  /** Why the file could not be read, as a sentence for its uploader. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
