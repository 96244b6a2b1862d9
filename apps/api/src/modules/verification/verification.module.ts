import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { ReviewReminderService } from './review-reminder.service.js';
import { VerificationLoader } from './verification.loader.js';
import { VerificationRepository } from './verification.repository.js';
import {
  AssetVerificationResolver,
  AssetViewerCanVerifyResolver,
  VerificationResolver,
} from './verification.resolver.js';
import { VerificationService } from './verification.service.js';

/** Verification and freshness: verifiers, review intervals, the review queue and the daily review reminders. */
@Module({
  imports: [AssetModule, NotificationModule, UserModule],
  providers: [
    VerificationRepository,
    VerificationService,
    VerificationLoader,
    ReviewReminderService,
    VerificationResolver,
    AssetVerificationResolver,
    AssetViewerCanVerifyResolver,
  ],
  exports: [VerificationService],
})
export class VerificationModule {}
