import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { ReportModule } from '../report/report.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { ExpertResolver, PeopleResolver, PersonAuthorshipResolver } from './people.resolver.js';
import { PeopleRepository } from './people.repository.js';
import { PeopleService } from './people.service.js';

/**
 * Person profiles and "who to ask". The engagement figures come from the authorship report's statement
 * (ReportModule's repository); PeopleService.experts is the ranking questions reuse.
 */
@Module({
  imports: [AssetModule, CreditModule, ReportModule, TeamModule, UserModule],
  providers: [PeopleRepository, PeopleService, PeopleResolver, PersonAuthorshipResolver, ExpertResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
