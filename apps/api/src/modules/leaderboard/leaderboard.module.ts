import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { LeaderboardResolver } from './leaderboard.resolver.js';
import { LeaderboardService } from './leaderboard.service.js';

@Module({
  imports: [CreditModule, UserModule, TeamModule],
  providers: [LeaderboardService, LeaderboardResolver],
  exports: [LeaderboardService],
})
export class LeaderboardModule {}
