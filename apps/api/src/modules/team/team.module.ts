import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { TeamLoader } from './team.loader.js';
import { TeamRepository } from './team.repository.js';
import { TeamResolver, UserTeamResolver } from './team.resolver.js';
import { TeamService } from './team.service.js';

/** Teams and their managers; depends on the user module (a team's people are users), never the reverse. */
@Module({
  imports: [UserModule],
  providers: [TeamService, TeamRepository, TeamLoader, TeamResolver, UserTeamResolver],
  exports: [TeamService, TeamRepository, TeamLoader],
})
export class TeamModule {}
