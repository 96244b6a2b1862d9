import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { ExtractionStatus, FileExtractionEntity } from './file-extraction.entity.js';
import type { PreviewKind } from './file-extraction.entity.js';
import type { FilePageEntity } from './file-page.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

/** The most text of an asset's files that goes into its search document (PostgreSQL caps a tsvector at 1 MB). */
export const MAX_FILE_TEXT = 400_000;

/** An attachment as the extraction job needs it. */
export interface ClaimedFile {
  attachmentId: string;
  assetId: string;
  fileName: string;
  kind: string;
}

/** A page of a file that matched a search, with the matching words marked «like this». */
export interface FileMatch {
  assetId: string;
  attachmentId: string;
  fileName: string;
  pageLabel: string;
  page: number;
  heading: string | null;
  snippet: string;
}

export type NewPage = Pick<FilePageEntity, 'n' | 'heading' | 'text'>;

/** Every statement on `file_extractions` and `file_pages`, and the files' text in the asset's search document. */
@Injectable()
export class FileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertPending(em: EntityManager, attachmentId: string, kind: string): Promise<void> {
    await em.insert(FileExtractionEntity, { attachmentId, kind, status: ExtractionStatus.PENDING, progress: 0 });
  }

  /**
   * Marks a pending (or interrupted) extraction as running and returns its file; null when it finished already or
   * its attachment is gone, so a job delivered twice reads the file once.
   */
  @GenerateSql({ params: [EXAMPLE_ID] })
  async claim(attachmentId: string): Promise<ClaimedFile | null> {
    const [rows] = await this.dataSource.query<[ClaimedFile[], number]>(
      `UPDATE file_extractions x SET status = 'RUNNING', progress = 0, error = NULL, updated_at = now()
         FROM attachments f
        WHERE x.attachment_id = $1 AND f.id = x.attachment_id AND x.status IN ('PENDING', 'RUNNING')
        RETURNING f.id AS "attachmentId", f.asset_id AS "assetId", f.file_name AS "fileName", x.kind`,
      [attachmentId],
    );
    return rows[0] ?? null;
  }

  async progress(attachmentId: string, progress: number): Promise<void> {
    await this.dataSource.manager.update(
      FileExtractionEntity,
      { attachmentId, status: ExtractionStatus.RUNNING },
      { progress },
    );
  }

  async fail(attachmentId: string, error: string): Promise<void> {
    await this.dataSource.manager.update(
      FileExtractionEntity,
      { attachmentId },
      { status: ExtractionStatus.FAILED, error: error.slice(0, 500) },
    );
  }

  /** Stores what was read: the pages (replacing any earlier reading) and the extraction's outcome. */
  async finish(
    em: EntityManager,
    file: ClaimedFile,
    result: {
      pageLabel: string;
      title: string | null;
      summary: string | null;
      pages: NewPage[];
      preview: PreviewKind;
      hasThumbnail: boolean;
    },
  ): Promise<void> {
    await em.query(`DELETE FROM file_pages WHERE attachment_id = $1`, [file.attachmentId]);
    if (result.pages.length) {
      await em.query(
        `INSERT INTO file_pages (attachment_id, asset_id, n, heading, text)
         SELECT $1, $2, p.n, p.heading, p.text
           FROM unnest($3::int[], $4::varchar[], $5::text[]) AS p(n, heading, text)`,
        [
          file.attachmentId,
          file.assetId,
          result.pages.map((p) => p.n),
          result.pages.map((p) => p.heading?.slice(0, 300) ?? null),
          result.pages.map((p) => p.text),
        ],
      );
    }
    await em.update(
      FileExtractionEntity,
      { attachmentId: file.attachmentId },
      {
        status: ExtractionStatus.DONE,
        progress: 100,
        pageLabel: result.pageLabel,
        pageCount: result.pages.length,
        title: result.title?.slice(0, 200) ?? null,
        summary: result.summary?.slice(0, 1000) ?? null,
        preview: result.preview,
        hasThumbnail: result.hasThumbnail,
        error: null,
      },
    );
  }

  /** Rewrites the files' text in the asset's search document from the pages of its files, oldest file first. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async refreshAssetText(em: EntityManager, assetId: string): Promise<void> {
    await em.query(
      `UPDATE assets a SET file_text = (
         SELECT left(string_agg(concat_ws(E'\\n', p.heading, p.text), E'\\n\\n' ORDER BY f.created_at, f.id, p.n), ${MAX_FILE_TEXT})
           FROM file_pages p JOIN attachments f ON f.id = p.attachment_id
          WHERE p.asset_id = a.id)
        WHERE a.id = $1`,
      [assetId],
    );
  }

  /** The extractions of attachments the caller has already shown the viewer (their asset is visible). */
  async ofAttachments(ids: readonly string[]): Promise<FileExtractionEntity[]> {
    if (!ids.length) return [];
    return this.dataSource.manager
      .createQueryBuilder(FileExtractionEntity, 'x')
      .where('x.attachment_id = ANY(:ids)', { ids })
      .getMany();
  }

  /** The pages of one attachment of an asset the viewer may see, in order; empty otherwise. */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID, 50] })
  pages(viewer: Viewer, attachmentId: string, first: number): Promise<NewPage[]> {
    const params: unknown[] = [attachmentId, first];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT p.n, p.heading, p.text FROM file_pages p JOIN assets a ON a.id = p.asset_id
        WHERE p.attachment_id = $1 AND ${visible} ORDER BY p.n LIMIT $2`,
      params,
    );
  }

  /** Per asset the viewer may see, its oldest attachment with a picture of its first page. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  thumbnails(viewer: Viewer, assetIds: readonly string[]): Promise<{ assetId: string; attachmentId: string }[]> {
    const params: unknown[] = [assetIds];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT DISTINCT ON (f.asset_id) f.asset_id AS "assetId", f.id AS "attachmentId"
         FROM attachments f JOIN file_extractions x ON x.attachment_id = f.id JOIN assets a ON a.id = f.asset_id
        WHERE f.asset_id = ANY($1::uuid[]) AND x.has_thumbnail AND ${visible}
        ORDER BY f.asset_id, f.created_at, f.id`,
      params,
    );
  }

  /**
   * The pages of these assets' files that match the search text, at most `perAsset` per asset, best first, with
   * the matching words marked; only assets the viewer may see.
   */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID], 'pricing', 3] })
  matches(viewer: Viewer, assetIds: readonly string[], text: string, perAsset: number): Promise<FileMatch[]> {
    const params: unknown[] = [assetIds, text, perAsset];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT m.asset_id AS "assetId", m.attachment_id AS "attachmentId", f.file_name AS "fileName",
              coalesce(x.page_label, 'page') AS "pageLabel", m.n AS page, m.heading,
              ts_headline('english', m.text, m.q,
                'MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=" … ", StartSel=«, StopSel=»') AS snippet
         FROM (SELECT p.asset_id, p.attachment_id, p.n, p.heading, p.text, q.q,
                      row_number() OVER (PARTITION BY p.asset_id ORDER BY ts_rank(p.search, q.q) DESC, p.n) AS place
                 FROM file_pages p JOIN assets a ON a.id = p.asset_id,
                      websearch_to_tsquery('english', $2) AS q(q)
                WHERE p.asset_id = ANY($1::uuid[]) AND p.search @@ q.q AND ${visible}) m
         JOIN attachments f ON f.id = m.attachment_id
         JOIN file_extractions x ON x.attachment_id = m.attachment_id
        WHERE m.place <= $3
        ORDER BY m.asset_id, m.place`,
      params,
    );
  }
}
