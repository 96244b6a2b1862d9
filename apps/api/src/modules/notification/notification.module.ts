import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

@Module({
  imports: [CreditModule],
  providers: [NotificationRepository, NotificationService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
