import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { AuthorshipLoader } from './authorship.loader.js';
import { AuthorshipRepository } from './authorship.repository.js';
import { AuthorshipResolver } from './authorship.resolver.js';
import { AuthorshipService } from './authorship.service.js';

@Module({
  imports: [NotificationModule, UserModule],
  providers: [AuthorshipRepository, AuthorshipService, AuthorshipLoader, AuthorshipResolver],
  exports: [AuthorshipService, AuthorshipLoader, AuthorshipRepository],
})
export class AuthorshipModule {}
