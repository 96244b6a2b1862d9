import { Module } from '@nestjs/common';
import { AuthorshipLoader } from './authorship.loader.js';
import { AuthorshipRepository } from './authorship.repository.js';
import { AuthorshipService } from './authorship.service.js';

@Module({
  providers: [AuthorshipRepository, AuthorshipService, AuthorshipLoader],
  exports: [AuthorshipService, AuthorshipLoader, AuthorshipRepository],
})
export class AuthorshipModule {}
