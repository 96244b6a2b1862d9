import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import {
  AssetCommentsResolver,
  CommentMentionResolver,
  CommentResolver,
  CommentRevisionResolver,
} from './comment.resolver.js';
import { CommentRepository } from './comment.repository.js';
import { CommentService } from './comment.service.js';

@Module({
  imports: [NotificationModule, UserModule],
  providers: [
    CommentRepository,
    CommentService,
    CommentResolver,
    CommentRevisionResolver,
    CommentMentionResolver,
    AssetCommentsResolver,
  ],
  exports: [CommentService],
})
export class CommentModule {}
