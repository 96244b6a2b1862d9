import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { badInput, forbidden, notFound } from '../../core/graphql/errors.js';
import { AssetRepository } from '../asset/asset.repository.js';
import { Role } from '../user/user.entity.js';
import { ALLOWED_EXTENSIONS, attachmentType, looksLike } from './attachment-types.js';
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
export class AttachmentService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentRepository,
    private readonly assets: AssetRepository,
  ) {}

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
