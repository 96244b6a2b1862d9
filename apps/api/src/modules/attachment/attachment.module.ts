import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { UserModule } from '../user/user.module.js';
import { AttachmentController } from './attachment.controller.js';
import { AssetAttachmentsResolver, AttachmentResolver } from './attachment.resolver.js';
import { AttachmentRepository } from './attachment.repository.js';
import { AttachmentService } from './attachment.service.js';

@Module({
  imports: [AssetModule, UserModule],
  controllers: [AttachmentController],
  providers: [AttachmentRepository, AttachmentService, AssetAttachmentsResolver, AttachmentResolver],
  exports: [AttachmentService],
})
export class AttachmentModule {}
