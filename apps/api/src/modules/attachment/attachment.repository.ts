import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { AuthorshipEntity } from '../authorship/authorship.entity.js';
import { Role } from '../user/user.entity.js';
import { ATTACHMENT_TYPES } from './attachment-types.js';
import { AttachmentEntity } from './attachment.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

/** Every statement on `attachments`; reads return only attachments of assets the viewer may see. */
@Injectable()
export class AttachmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Attachments of assets the viewer may see, by asset or by attachment id, oldest first. */
  @GenerateSql(
    { name: 'by asset', params: [VIEWER, 'asset', [EXAMPLE_ID]] },
    { name: 'by id', params: [VIEWER, 'id', [EXAMPLE_ID]] },
  )
  async visible(viewer: Viewer, by: 'asset' | 'id', ids: readonly string[]): Promise<AttachmentEntity[]> {
    const params: unknown[] = [ids];
    const visible = positional(visibleAssets('a', viewer), params);
    const rows: object[] = await this.dataSource.query(
      `SELECT f.id, f.asset_id AS "assetId", f.file_name AS "fileName", f.content_type AS "contentType",
              f.size_bytes AS "sizeBytes", f.sha256, f.uploaded_by AS "uploadedById", f.created_at AS "createdAt"
         FROM attachments f JOIN assets a ON a.id = f.asset_id
        WHERE ${by === 'asset' ? 'f.asset_id' : 'f.id'} = ANY($1::uuid[]) AND ${visible}
        ORDER BY f.created_at ASC`,
      params,
    );
    return rows.map((row) => Object.assign(new AttachmentEntity(), row));
  }

  /** The attachments of one asset, oldest first, without a visibility check (for a caller that made its own). */
  @GenerateSql({ params: [EXAMPLE_ID] })
  async ofAsset(assetId: string, em: EntityManager = this.dataSource.manager): Promise<AttachmentEntity[]> {
    const rows: object[] = await em.query(
      `SELECT f.id, f.asset_id AS "assetId", f.file_name AS "fileName", f.content_type AS "contentType",
              f.size_bytes AS "sizeBytes", f.sha256, f.uploaded_by AS "uploadedById", f.created_at AS "createdAt"
         FROM attachments f WHERE f.asset_id = $1
        ORDER BY f.created_at ASC, f.id ASC`,
      [assetId],
    );
    return rows.map((row) => Object.assign(new AttachmentEntity(), row));
  }

  /** The DOCX files of one asset, oldest first (the caller checked access). */
  docxOf(em: EntityManager, assetId: string): Promise<AttachmentEntity[]> {
    return em.find(AttachmentEntity, {
      where: { assetId, contentType: ATTACHMENT_TYPES.docx.contentType },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findById(em: EntityManager, id: string): Promise<AttachmentEntity | null> {
    return em.findOneBy(AttachmentEntity, { id });
  }

  insert(em: EntityManager, attachment: Omit<AttachmentEntity, 'id' | 'asset' | 'uploadedBy' | 'createdAt'>) {
    return em.save(em.create(AttachmentEntity, attachment));
  }

  async remove(em: EntityManager, id: string): Promise<void> {
    await em.delete(AttachmentEntity, { id });
  }

  isAuthor(em: EntityManager, assetId: string, userId: string): Promise<boolean> {
    return em.existsBy(AuthorshipEntity, { assetId, userId });
  }
}
