import { Module } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { DealModule } from '../deal/deal.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { AccountImportService } from './account-import.service.js';
import { CrmImportController } from './crm-import.controller.js';
import { CrmImportResolver } from './crm-import.resolver.js';
import { CrmImportService } from './crm-import.service.js';
import { DealImportService } from './deal-import.service.js';
import { TeamImportService } from './team-import.service.js';

@Module({
  imports: [DealModule, TeamModule, UserModule],
  controllers: [CrmImportController],
  providers: [CrmImportService, AccountImportService, TeamImportService, DealImportService, CrmImportResolver],
  exports: [CrmImportService],
})
export class CrmImportModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // No HTTP server in a CLI application context.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // text/csv bodies are left unread here: POST /imports/* checks their length and streams them into the importer.
    fastify?.addContentTypeParser('text/csv', (_req, _payload, done) => done(null));
  }
}
