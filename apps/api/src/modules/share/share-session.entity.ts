import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { ShareLinkEntity } from './share-link.entity.js';

/** One buyer's visit to a share link: a new one after 10 idle minutes; counted after 5 s visible or a second page. */
@Entity('share_sessions')
@Index('IX_share_sessions_viewer', ['shareLinkId', 'viewerKey', 'lastActivityAt'])
@Index('IX_share_sessions_counted', ['shareLinkId', 'startedAt'], { where: 'counted_at IS NOT NULL' })
export class ShareSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'share_link_id', type: 'uuid' })
  shareLinkId: string;

  /** The random id the page keeps per browser tab. */
  @Column({ name: 'viewer_key', type: 'varchar', length: 64 })
  viewerKey: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;

  @Column({ name: 'visible_seconds', type: 'int', default: 0 })
  visibleSeconds: number;

  /** Seconds per PDF page, keyed by page number. */
  @Column({ name: 'page_seconds', type: 'jsonb', default: () => "'{}'" })
  pageSeconds: Record<string, number>;

  @Column({ name: 'pages_viewed', type: 'int', default: 0 })
  pagesViewed: number;

  @Column({ type: 'varchar', length: 16, nullable: true })
  device: string | null;

  /** The email the buyer gave at the link's gate, if it has one. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ name: 'counted_at', type: 'timestamptz', nullable: true })
  countedAt: Date | null;

  @ManyToOne('ShareLinkEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'share_link_id', foreignKeyConstraintName: 'FK_share_sessions_link' })
  shareLink?: Relation<ShareLinkEntity>;
}
