import { Module } from '@nestjs/common';
import { TeamModule } from '../team/team.module.js';
import { SetupService } from './setup.service.js';

@Module({ imports: [TeamModule], providers: [SetupService], exports: [SetupService] })
export class SetupModule {}
