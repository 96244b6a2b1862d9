import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { LeaderboardResolver } from './leaderboard.resolver.js';
import { LeaderboardRepository } from './leaderboard.repository.js';

@Module({
  imports: [CreditModule, UserModule, TeamModule],
  providers: [LeaderboardRepository, LeaderboardResolver],
  exports: [LeaderboardRepository],
})
export class LeaderboardModule {}
