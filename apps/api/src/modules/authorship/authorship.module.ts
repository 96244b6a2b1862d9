import { Module } from '@nestjs/common';
import { AuthorshipLoader } from './authorship.loader.js';
import { AuthorshipService } from './authorship.service.js';

@Module({ providers: [AuthorshipService, AuthorshipLoader], exports: [AuthorshipService, AuthorshipLoader] })
export class AuthorshipModule {}
