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
import { FileRejected, inspectFile, kindFromName, openPdfFile } from '../file/extraction/index.js';
import { ALLOWED_EXTENSIONS, ATTACHMENT_TYPES, attachmentType, looksLike } from './attachment-types.js';
import type { AttachmentEntity } from './attachment.entity.js';
import { AttachmentRepository } from './attachment.repository.js';

/** An upload read into a temporary file and checked, not stored yet. */
export interface ReceivedFile {
  temp: string;
  fileName: string;
  type: { contentType: string };
  size: number;
  sha256: string;
}

type StoredListener = (em: EntityManager, attachment: AttachmentEntity) => Promise<(() => void) | void>;

/** Files made from an attachment and kept beside it: a PDF to preview it by, a picture of its first page. */
const DERIVED_FILES = { preview: '.preview.pdf', thumbnail: '.thumb.png' } as const;
export type DerivedFile = keyof typeof DERIVED_FILES;

function safeFileName(name: string): string {
  return name
    .replace(/[/\\\0]/g, '_')
    .trim()
    .slice(0, 255);
}

const refusedType = (fileName: string) =>
  badInput(
    'file',
    `${fileName ? `“${fileName}”` : 'A file without a name'} is not a type Byline accepts; allowed: ${ALLOWED_EXTENSIONS.join(', ')}.`,
  );

export interface Upload {
  fileName: string;
  stream: Readable;
  /** Set by the multipart parser when the file went past the size limit. */
  truncated: () => boolean;
}

/** Attachment files on disk under the configured folder, named by id; every read and write checks the asset. */
@Injectable()
export class AttachmentService implements OnModuleInit {
  private readonly storedListeners: StoredListener[] = [];

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

  /** Adds a file to an asset the viewer authors: checked whole before anything is stored, stored all or nothing. */
  async upload(viewer: Viewer, assetId: string, upload: Upload): Promise<AttachmentEntity> {
    const fileName = safeFileName(upload.fileName);
    if (!attachmentType(fileName)) {
      upload.stream.resume();
      throw refusedType(fileName);
    }
    await this.requireEditable(this.dataSource.manager, viewer, assetId);
    const received = await this.receive(upload);
    try {
      const { attachment, afterCommit } = await this.dataSource.transaction(async (em) => {
        await this.requireEditable(em, viewer, assetId);
        return this.storeReceived(em, viewer, assetId, received);
      });
      afterCommit();
      return attachment;
    } finally {
      await this.discard(received);
    }
  }

  /**
   * Reads an upload into a temporary file and checks it whole: an accepted type, not empty, within the size limit,
   * content that matches its name, and (for documents) the checks the file's reader makes before it opens one. The
   * caller stores it with `storeReceived` and always calls `discard`.
   */
  async receive(upload: Upload): Promise<ReceivedFile> {
    const fileName = safeFileName(upload.fileName);
    const type = attachmentType(fileName);
    if (!fileName || !type) {
      upload.stream.resume();
      throw refusedType(fileName);
    }
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
        `${fileName} is larger than the limit of ${Math.floor(this.config.attachments.maxBytes / 1024 / 1024)} MB.`,
      );
    try {
      await pipeline(upload.stream, tally, createWriteStream(temp, { mode: 0o600 })).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      });
      if (upload.truncated()) throw tooLarge();
      if (size === 0) throw badInput('file', `${fileName} is empty.`);
      if (!looksLike(type, head)) {
        throw badInput('file', `The content of ${fileName} does not match its .${fileName.split('.').pop()} name.`);
      }
      await this.inspectDocument(temp, fileName);
      return { temp, fileName, type, size, sha256: hash.digest('hex') };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /**
   * Stores a received file as an attachment of the asset in the caller's transaction (the caller checked who may);
   * the caller runs `afterCommit` once the transaction has committed.
   */
  async storeReceived(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
    received: ReceivedFile,
  ): Promise<{ attachment: AttachmentEntity; afterCommit: () => void }> {
    if (received.type === ATTACHMENT_TYPES.docx && (await this.assets.isTemplate(em, assetId))) {
      this.checkTemplateFile(received.fileName, await readFile(received.temp));
    }
    const attachment = await this.attachments.insert(em, {
      assetId,
      fileName: received.fileName,
      contentType: received.type.contentType,
      sizeBytes: received.size,
      sha256: received.sha256,
      uploadedById: viewer.id,
    });
    const committed: (() => void)[] = [];
    for (const listener of this.storedListeners) {
      const after = await listener(em, attachment);
      if (after) committed.push(after);
    }
    await rename(received.temp, this.path(attachment.id));
    return { attachment, afterCommit: () => committed.forEach((after) => after()) };
  }

  /**
   * The checks a document's reader makes before it is stored: a zip that is what its name says and within the
   * limits, a PDF that opens without a password. Other files pass.
   */
  private async inspectDocument(path: string, fileName: string): Promise<void> {
    const kind = kindFromName(fileName);
    if (!kind) return;
    try {
      await inspectFile(path, fileName);
      if (kind === 'PDF') await openPdfFile(path, fileName);
    } catch (error) {
      if (error instanceof FileRejected) throw badInput('file', error.message);
      throw error;
    }
  }

  /** Removes what is left of a received file (nothing, once stored). */
  async discard(received: ReceivedFile): Promise<void> {
    await rm(received.temp, { force: true });
  }

  /**
   * Runs for every attachment stored, in the storing transaction (the file module queues the reading of its text
   * there); what it returns runs after the commit.
   */
  whenStored(listener: StoredListener): void {
    this.storedListeners.push(listener);
  }

  /** Where an attachment's bytes are kept (the caller checked who may read them), and files made from them. */
  filePath(id: string, derived?: DerivedFile): string {
    return derived ? `${this.path(id)}${DERIVED_FILES[derived]}` : this.path(id);
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
    for (const path of [this.path(id), ...Object.values(DERIVED_FILES).map((suffix) => this.path(id) + suffix)]) {
      await rm(path, { force: true });
    }
    return true;
  }

  /** Attachments of assets the viewer may see, oldest first. */
  visibleForAssets(viewer: Viewer, assetIds: readonly string[]): Promise<AttachmentEntity[]> {
    return this.attachments.visible(viewer, 'asset', assetIds);
  }

  /** The attachment, if the viewer may see its asset. */
  async visibleById(viewer: Viewer, id: string): Promise<AttachmentEntity | null> {
    return (await this.visible(viewer, [id]))[0] ?? null;
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
