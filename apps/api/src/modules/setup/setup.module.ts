import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TeamModule } from '../team/team.module.js';
import { DemoActivity } from './demo-activity.js';
import { SetupService } from './setup.service.js';

@Module({ imports: [TeamModule, TaxonomyModule, CreditModule], providers: [SetupService, DemoActivity], exports: [SetupService] })
export class SetupModule {}
