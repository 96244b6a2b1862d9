import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Roles } from '../../core/auth/permissions.decorator.js';
import { FileContentArguments } from '../../core/graphql/text-input.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';
import { CrmImportService } from './crm-import.service.js';
import { ImportCsvArgs } from './dto/import-csv.args.js';
import { ImportResultObject } from './dto/import-result.object.js';

const FORMAT =
  'Columns are matched by name, any case, with common aliases; a bad row is reported with its line and skipped, every good row is kept, and importing the same file again changes nothing.';

@Resolver()
export class CrmImportResolver {
  constructor(private readonly imports: CrmImportService) {}

  @Mutation(() => ImportResultObject, {
    description: `ADMIN. Upserts accounts by name, any case (account, sector, year_established, revenue, employees, office_location, subsidiary_of). ${FORMAT}`,
  })
  @Roles(Role.ADMIN)
  @FileContentArguments('csv')
  importAccounts(@Args() { csv }: ImportCsvArgs, @CurrentViewer() viewer: Viewer): Promise<ImportResultObject> {
    return this.imports.run('accounts', csv, viewer);
  }

  @Mutation(() => ImportResultObject, {
    description: `ADMIN. Upserts people and teams (sales_agent, manager, regional_office; optional email, manager email, title): the office is the team, the manager manages it, people are matched by email or name and those without an email get no login. ${FORMAT}`,
  })
  @Roles(Role.ADMIN)
  @FileContentArguments('csv')
  importTeams(@Args() { csv }: ImportCsvArgs, @CurrentViewer() viewer: Viewer): Promise<ImportResultObject> {
    return this.imports.run('teams', csv, viewer);
  }

  @Mutation(() => ImportResultObject, {
    description: `MANAGER (only deals of the teams they manage: other rows are FORBIDDEN row errors), ADMIN. Upserts deals by CRM id (opportunity_id, sales_agent, product, account, deal_stage, engage_date, close_date, close_value; optional name, competitor, team). Won and Lost close a deal; a deal's industry is its account's sector. ${FORMAT}`,
  })
  @Roles(Role.MANAGER, Role.ADMIN)
  @FileContentArguments('csv')
  importDeals(@Args() { csv }: ImportCsvArgs, @CurrentViewer() viewer: Viewer): Promise<ImportResultObject> {
    return this.imports.run('deals', csv, viewer);
  }
}
