import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { AttachmentController } from './attachment.controller.js';
import { AssetAttachmentsResolver, AttachmentResolver } from './attachment.resolver.js';
import { AttachmentService } from './attachment.service.js';

@Module({
  imports: [UserModule],
  controllers: [AttachmentController],
  providers: [AttachmentService, AssetAttachmentsResolver, AttachmentResolver],
})
export class AttachmentModule {}
