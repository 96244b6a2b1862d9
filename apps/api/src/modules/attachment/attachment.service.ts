import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { badInput, forbidden, notFound } from '../../core/graphql/errors.js';
import { AssetRepository } from '../asset/asset.repository.js';
import { AssetService } from '../asset/asset.service.js';
import { checkDocxTemplate } from '../template/template-docx.js';
import { TemplateTextError } from '../template/template-text.js';
import { Role } from '../user/user.entity.js';
import { ALLOWED_EXTENSIONS, ATTACHMENT_TYPES, attachmentType, looksLike } from './attachment-types.js';
import type { AttachmentEntity } from './attachment.entity.js';
import { AttachmentRepository } from './attachment.repository.js';

export interface Upload {
  fileName: string;
  stream: Readable;
  /** Set by the multipart parser when the file went past the size limit. */
  truncated: () => boolean;
}

/** Attachment files on disk under the configured folder, named by id; every read and write checks the asset. */
@Injectable()
export class AttachmentService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentRepository,
    private readonly assets: AssetRepository,
    private readonly assetService: AssetService,
  ) {}

  onModuleInit(): void {
    // An asset that becomes a template has its DOCX files checked as templates too.
    this.assetService.checkTemplateFilesWith(async (em, assetId) => {
      for (const docx of await this.attachments.docxOf(em, assetId)) {
        this.checkTemplateFile(docx.fileName, await readFile(this.path(docx.id)));
      }
    });
  }

  async upload(viewer: Viewer, assetId: string, upload: Upload): Promise<AttachmentEntity> {
    const fileName = upload.fileName
      .replace(/[/\\\0]/g, '_')
      .trim()
      .slice(0, 255);
    const type = attachmentType(fileName);
    if (!fileName || !type) {
      upload.stream.resume();
      throw badInput('file', `That file type is not accepted; allowed: ${ALLOWED_EXTENSIONS.join(', ')}.`);
    }
    await this.requireEditable(this.dataSource.manager, viewer, assetId);
    await mkdir(this.config.attachments.dir, { recursive: true });
    const temp = join(this.config.attachments.dir, `.upload-${randomUUID()}`);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const tally = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < 8192) head = Buffer.concat([head, chunk]).subarray(0, 8192);
        done(null, chunk);
      },
    });
    const tooLarge = () =>
      badInput(
        'file',
        `The file is larger than the limit of ${Math.floor(this.config.attachments.maxBytes / 1024 / 1024)} MB.`,
      );
    try {
      await pipeline(upload.stream, tally, createWriteStream(temp, { mode: 0o600 })).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      });
      if (upload.truncated()) throw tooLarge();
      if (size === 0) throw badInput('file', 'The file is empty.');
      if (!looksLike(type, head)) {
        throw badInput('file', `The file's content does not match its .${fileName.split('.').pop()} name.`);
      }
      return await this.dataSource.transaction(async (em) => {
        await this.requireEditable(em, viewer, assetId);
        if (type === ATTACHMENT_TYPES.docx && (await this.assets.isTemplate(em, assetId))) {
          this.checkTemplateFile(fileName, await readFile(temp));
        }
        const row = await this.attachments.insert(em, {
          assetId,
          fileName,
          contentType: type.contentType,
          sizeBytes: size,
          sha256: hash.digest('hex'),
          uploadedById: viewer.id,
        });
        await rename(temp, this.path(row.id));
        return row;
      });
    } finally {
      await rm(temp, { force: true });
    }
  }

  /**
   * A file the server made (a filled template) attached to an asset in the caller's transaction, replacing the
   * asset's files of the same name; the caller runs `afterCommit` once the transaction has committed.
   */
  async attachServerFile(
    em: EntityManager,
    assetId: string,
    uploadedById: string,
    fileName: string,
    bytes: Buffer,
  ): Promise<{ attachment: AttachmentEntity; afterCommit: () => Promise<void> }> {
    const type = attachmentType(fileName);
    if (!type) throw new Error(`No attachment type for ${fileName}`);
    const replaced = (await this.attachments.ofAsset(assetId, em)).filter((a) => a.fileName === fileName);
    for (const old of replaced) await this.attachments.remove(em, old.id);
    await mkdir(this.config.attachments.dir, { recursive: true });
    const attachment = await this.attachments.insert(em, {
      assetId,
      fileName,
      contentType: type.contentType,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      uploadedById,
    });
    await writeFile(this.path(attachment.id), bytes, { mode: 0o600 });
    const afterCommit = async () => {
      for (const old of replaced) await rm(this.path(old.id), { force: true });
    };
    return { attachment, afterCommit };
  }

  /** The newest DOCX attached to an asset and its bytes, read in the caller's transaction (the caller checked access). */
  async newestDocx(
    em: EntityManager,
    assetId: string,
  ): Promise<{ attachment: AttachmentEntity; bytes: Buffer } | null> {
    const attachment = (await this.attachments.docxOf(em, assetId)).at(-1);
    if (!attachment) return null;
    return { attachment, bytes: await readFile(this.path(attachment.id)) };
  }

  /** The newest DOCX attached to an asset the viewer may see, and its bytes. */
  async newestVisibleDocx(
    viewer: Viewer,
    assetId: string,
  ): Promise<{ attachment: AttachmentEntity; bytes: Buffer } | null> {
    const attachment = (await this.visibleForAssets(viewer, [assetId]))
      .filter((a) => a.contentType === ATTACHMENT_TYPES.docx.contentType)
      .at(-1);
    if (!attachment) return null;
    const bytes = await readFile(this.path(attachment.id)).catch(() => {
      throw notFound('Attachment file');
    });
    return { attachment, bytes };
  }

  private checkTemplateFile(fileName: string, bytes: Buffer): void {
    try {
      checkDocxTemplate(bytes);
    } catch (error) {
      if (error instanceof TemplateTextError) throw badInput('file', `${fileName}: ${error.message}`);
      throw error;
    }
  }

  /** The attachment and a stream of its bytes, if the viewer may see its asset. */
  async open(viewer: Viewer, id: string): Promise<{ attachment: AttachmentEntity; stream: Readable }> {
    const attachment = (await this.visible(viewer, [id]))[0];
    if (!attachment) throw notFound('Attachment');
    await stat(this.path(id)).catch(() => {
      throw notFound('Attachment file');
    });
    return { attachment, stream: createReadStream(this.path(id)) };
  }

  /**
   * An attachment of this asset and a stream of its bytes, for a caller that has already decided who may read the
   * asset (a share link's buyer page); null when the asset has no such attachment or its file is gone.
   */
  async openOfAsset(assetId: string, id: string): Promise<{ attachment: AttachmentEntity; stream: Readable } | null> {
    const attachment = await this.attachments.findById(this.dataSource.manager, id);
    if (attachment?.assetId !== assetId) return null;
    const found = await stat(this.path(id)).then(
      () => true,
      () => false,
    );
    return found ? { attachment, stream: createReadStream(this.path(id)) } : null;
  }

  /** The attachments of one asset, oldest first, for a caller that has already decided who may read it. */
  ofAsset(assetId: string): Promise<AttachmentEntity[]> {
    return this.attachments.ofAsset(assetId);
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    await this.dataSource.transaction(async (em) => {
      const attachment = await this.attachments.findById(em, id);
      if (!attachment) throw notFound('Attachment');
      await this.requireEditable(em, viewer, attachment.assetId);
      await this.attachments.remove(em, id);
    });
    await rm(this.path(id), { force: true });
    return true;
  }

  /** Attachments of assets the viewer may see, oldest first. */
  visibleForAssets(viewer: Viewer, assetIds: readonly string[]): Promise<AttachmentEntity[]> {
    return this.attachments.visible(viewer, 'asset', assetIds);
  }

  private visible(viewer: Viewer, ids: string[]): Promise<AttachmentEntity[]> {
    return this.attachments.visible(viewer, 'id', ids);
  }

  /** NOT_FOUND for an asset the viewer cannot see; FORBIDDEN unless they author it or are an admin. */
  private async requireEditable(em: EntityManager, viewer: Viewer, assetId: string): Promise<void> {
    if (!(await this.assets.isVisible(em, viewer, assetId))) throw notFound('Asset');
    if (viewer.role === Role.ADMIN) return;
    if (!(await this.attachments.isAuthor(em, assetId, viewer.id))) {
      throw forbidden('Only the authors of this asset (or an admin) can change its attachments.');
    }
  }

  private path(id: string): string {
    return join(this.config.attachments.dir, id);
  }
}
