import { writeFile } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { JobWithMetadata } from 'pg-boss';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, notFound } from '../../core/graphql/errors.js';
import { JobQueue } from '../../core/jobs/job-queue.service.js';
import { AssetService } from '../asset/asset.service.js';
import { AssetKind, AssetStatus, Visibility } from '../asset/asset.entity.js';
import type { AssetObject } from '../asset/dto/asset.object.js';
import type { AttachmentEntity } from '../attachment/attachment.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import type { Upload } from '../attachment/attachment.service.js';
import {
  FileRejected,
  convertToPdf,
  kindFromName,
  extractFile,
  renderThumbnail,
  sofficeAvailable,
} from './extraction/index.js';
import type { Extraction, FileKind } from './extraction/index.js';
import { PreviewKind } from './file-extraction.entity.js';
import { placeholderBody, proposal, titleFromFileName } from './file-proposal.js';
import { FileRepository } from './file.repository.js';
import type { ClaimedFile } from './file.repository.js';

const QUEUE = 'file-extract';
const RETRIES = 2;
/** Width of the picture of a file's first page on Library cards (twice the card's width, for sharp screens). */
const THUMBNAIL_WIDTH = 480;

interface ExtractJob {
  attachmentId: string;
}

export interface FromFileOptions {
  kind?: AssetKind;
  visibility?: Visibility;
}

/**
 * Files as content: each document attached (PDF, PPTX, DOCX, XLSX) is read in a background job on the product's job
 * queue — its text by page into the search, a preview and a picture of its first page — and a draft made from a
 * dropped file takes its title, summary and body from what was read.
 */
@Injectable()
export class FileService implements OnModuleInit {
  private readonly logger = new Logger(FileService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FileRepository,
    private readonly attachments: AttachmentService,
    private readonly assets: AssetService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ExtractJob>(QUEUE, { retryLimit: RETRIES, expireInSeconds: 300, concurrency: 1 }, (data, job) =>
      this.extract(data.attachmentId, job as JobWithMetadata<ExtractJob>),
    );
    // Every document stored is queued for reading in the transaction that stores it.
    this.attachments.whenStored(async (em, attachment) => {
      const kind = kindFromName(attachment.fileName);
      if (!kind) return;
      await this.files.insertPending(em, attachment.id, kind);
      await this.jobs.send<ExtractJob>(QUEUE, { attachmentId: attachment.id }, em);
      return () => this.jobs.wake(QUEUE);
    });
  }

  /**
   * A draft asset made from a dropped file, the file attached: checked whole first (nothing is stored for a file
   * that is refused); its title, summary and body are filled in from the file once its text is read.
   */
  async createFromFile(viewer: Viewer, upload: Upload, options: FromFileOptions): Promise<AssetObject> {
    const received = await this.attachments.receive(upload);
    try {
      const visibility = options.visibility ?? (viewer.teamId ? Visibility.TEAM : Visibility.ORG);
      const { asset, afterCommit } = await this.dataSource.transaction(async (em) => {
        const asset = await this.assets.createWithin(em, viewer, {
          kind: options.kind ?? AssetKind.ENABLEMENT,
          title: titleFromFileName(received.fileName),
          body: placeholderBody(received.fileName),
          visibility,
        });
        const stored = await this.attachments.storeReceived(em, viewer, asset.id, received);
        return { asset, afterCommit: stored.afterCommit };
      });
      afterCommit();
      return asset;
    } finally {
      await this.attachments.discard(received);
    }
  }

  /** The job: reads one attachment's file, once, however often the job is delivered. */
  private async extract(attachmentId: string, job: JobWithMetadata<ExtractJob>): Promise<void> {
    const file = await this.files.claim(attachmentId);
    if (!file) return;
    const lastAttempt = job.retryCount >= RETRIES;
    try {
      await this.read(file);
    } catch (error) {
      if (error instanceof FileRejected) {
        await this.files.fail(attachmentId, error.message);
        return;
      }
      this.logger.error(`Reading ${file.fileName} (${attachmentId}) failed: ${(error as Error).message}`);
      if (!lastAttempt) throw error;
      await this.files.fail(attachmentId, `Byline could not read ${file.fileName}.`);
    }
  }

  private async read(file: ClaimedFile): Promise<void> {
    const kind = file.kind as FileKind;
    const path = this.attachments.filePath(file.attachmentId);
    let reported = 0;
    const extraction = await extractFile(path, file.fileName, kind, {
      onProgress: (fraction) => {
        // Progress in steps of 5%, at most 95% until everything is stored.
        const step = Math.min(95, Math.floor((fraction * 100) / 5) * 5);
        if (step <= reported) return;
        reported = step;
        void this.files.progress(file.attachmentId, step).catch(() => undefined);
      },
    });
    const { preview, hasThumbnail } = await this.makePreview(file, kind, path);
    await this.dataSource.transaction(async (em) => {
      await this.files.finish(em, file, {
        pageLabel: extraction.pageLabel,
        title: extraction.title,
        summary: extraction.summary,
        pages: extraction.pages,
        preview,
        hasThumbnail,
      });
      await this.files.refreshAssetText(em, file.assetId);
      await this.fillDraft(em, file, extraction);
      // The asset's text now includes its files': compared again with the others' (see modules/similarity).
      await this.assets.filesReadWithin(em, file.assetId);
    });
  }

  /** A PDF previews as itself; other documents as the PDF LibreOffice makes of them, where it is installed. */
  private async makePreview(
    file: ClaimedFile,
    kind: FileKind,
    path: string,
  ): Promise<{ preview: PreviewKind; hasThumbnail: boolean }> {
    let pdf = kind === 'PDF' ? path : null;
    let preview = kind === 'PDF' ? PreviewKind.PDF : PreviewKind.OUTLINE;
    if (!pdf && (await sofficeAvailable())) {
      const converted = await convertToPdf(path, kind).catch((error: unknown) => {
        this.logger.warn(`LibreOffice could not convert ${file.fileName}: ${(error as Error).message}`);
        return null;
      });
      if (converted) {
        pdf = this.attachments.filePath(file.attachmentId, 'preview');
        await writeFile(pdf, converted, { mode: 0o600 });
        preview = PreviewKind.CONVERTED;
      }
    }
    if (!pdf) return { preview, hasThumbnail: false };
    const thumbnail = await renderThumbnail(pdf, THUMBNAIL_WIDTH).catch(() => null);
    if (thumbnail) {
      await writeFile(this.attachments.filePath(file.attachmentId, 'thumbnail'), thumbnail, { mode: 0o600 });
    }
    return { preview, hasThumbnail: thumbnail !== null };
  }

  /** A draft made from this file and not edited since takes its title, summary and body from the file. */
  private async fillDraft(em: EntityManager, file: ClaimedFile, extraction: Extraction): Promise<void> {
    const asset = await this.assets.lockWithin(em, file.assetId);
    if (
      !asset ||
      asset.status !== AssetStatus.DRAFT ||
      asset.version !== 1 ||
      asset.body !== placeholderBody(file.fileName)
    ) {
      return;
    }
    await this.assets.proposeWithin(em, asset.id, proposal(file.fileName, extraction));
  }

  /** An attachment's preview PDF or first-page picture, if the viewer may see its asset and it has one. */
  async derivedFile(
    viewer: Viewer,
    attachmentId: string,
    which: 'preview' | 'thumbnail',
  ): Promise<{ attachment: AttachmentEntity; path: string }> {
    const attachment = await this.attachments.visibleById(viewer, attachmentId);
    if (!attachment) throw notFound('Attachment');
    const [extraction] = await this.files.ofAttachments([attachmentId]);
    if (which === 'thumbnail') {
      if (!extraction?.hasThumbnail) throw notFound('Thumbnail');
      return { attachment, path: this.attachments.filePath(attachmentId, 'thumbnail') };
    }
    if (extraction?.preview === PreviewKind.PDF) return { attachment, path: this.attachments.filePath(attachmentId) };
    if (extraction?.preview === PreviewKind.CONVERTED) {
      return { attachment, path: this.attachments.filePath(attachmentId, 'preview') };
    }
    throw notFound('Preview');
  }

  /** The kind and visibility a dropped file's draft may be given, read from the form's fields. */
  static fromFileOptions(fields: Record<string, string | undefined>): FromFileOptions {
    const kind = fields.kind;
    const visibility = fields.visibility;
    if (kind !== undefined && !Object.values(AssetKind).includes(kind as AssetKind)) {
      throw badInput('kind', `kind must be one of ${Object.values(AssetKind).join(', ')}`);
    }
    if (visibility !== undefined && !Object.values(Visibility).includes(visibility as Visibility)) {
      throw badInput('visibility', `visibility must be one of ${Object.values(Visibility).join(', ')}`);
    }
    return { kind: kind as AssetKind | undefined, visibility: visibility as Visibility | undefined };
  }
}
