import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { NotificationDigestService } from './notification-digest.service.js';
import { NotificationMailer } from './notification-mailer.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

@Module({
  imports: [CreditModule],
  providers: [
    NotificationRepository,
    NotificationService,
    NotificationResolver,
    NotificationMailer,
    NotificationDigestService,
  ],
  exports: [NotificationService, NotificationDigestService],
})
export class NotificationModule {}
