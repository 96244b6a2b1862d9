import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { AuthorshipModule } from '../authorship/authorship.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { ApprovalLoader } from './approval.loader.js';
import { ApprovalRepository } from './approval.repository.js';
import { ApprovalQueueItemResolver, ApprovalResolver, AssetApprovalResolver } from './approval.resolver.js';
import { ApprovalService } from './approval.service.js';

@Module({
  imports: [AssetModule, AuthorshipModule, NotificationModule, UserModule],
  providers: [
    ApprovalRepository,
    ApprovalService,
    ApprovalLoader,
    ApprovalResolver,
    AssetApprovalResolver,
    ApprovalQueueItemResolver,
  ],
  exports: [ApprovalService],
})
export class ApprovalModule {}
