import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { FollowRepository } from './follow.repository.js';
import { FollowResolver } from './follow.resolver.js';
import { FollowService } from './follow.service.js';

@Module({ imports: [UserModule], providers: [FollowRepository, FollowService, FollowResolver] })
export class FollowModule {}
