import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { AttachmentModule } from '../attachment/attachment.module.js';
import { FileController } from './file.controller.js';
import { AssetFileResolver, AttachmentFileResolver } from './file.resolver.js';
import { FileRepository } from './file.repository.js';
import { FileService } from './file.service.js';

/** Files as content: reading documents in the background, their previews, search inside them, drafts from files. */
@Module({
  imports: [AssetModule, AttachmentModule],
  controllers: [FileController],
  providers: [FileRepository, FileService, AttachmentFileResolver, AssetFileResolver],
})
export class FileModule {}
