import { Module } from '@nestjs/common';
import { UserLoader } from './user.loader.js';
import { UserRepository } from './user.repository.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';

@Module({
  providers: [UserService, UserRepository, UserLoader, UserResolver],
  exports: [UserService, UserRepository, UserLoader],
})
export class UserModule {}
