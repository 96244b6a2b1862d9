import { Module, forwardRef } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { TeamLoader } from './team.loader.js';
import { TeamResolver } from './team.resolver.js';
import { TeamService } from './team.service.js';

@Module({
  imports: [forwardRef(() => UserModule)],
  providers: [TeamService, TeamLoader, TeamResolver],
  exports: [TeamService, TeamLoader],
})
export class TeamModule {}
