import { Module, forwardRef } from '@nestjs/common';
import { TeamModule } from '../team/team.module.js';
import { UserLoader } from './user.loader.js';
import { UserResolver } from './user.resolver.js';
import { UserViewerCanResolver } from './user-viewer-can.resolver.js';
import { UserService } from './user.service.js';

@Module({
  imports: [forwardRef(() => TeamModule)],
  providers: [UserService, UserLoader, UserResolver, UserViewerCanResolver],
  exports: [UserService, UserLoader],
})
export class UserModule {}
