import { Injectable } from '@nestjs/common';
import { byKeys, groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import type { TeamObject } from './dto/team.object.js';
import { TeamService } from './team.service.js';

@Injectable()
export class TeamLoader {
  constructor(private readonly teams: TeamService) {}

  readonly byId: BatchFn<string, TeamObject | null> = async (ids) =>
    byKeys(ids, await this.teams.findMany(ids), (t) => t.id);

  readonly managerIds: BatchFn<string, string[]> = async (teamIds) =>
    groupByKeys(teamIds, await this.teams.managerIds(teamIds), (r) => r.teamId).map((rows) =>
      rows.map((r) => r.userId),
    );

  readonly memberCount: BatchFn<string, number> = async (teamIds) =>
    byKeys(teamIds, await this.teams.memberCounts(teamIds), (r) => r.teamId).map((r) => r?.count ?? 0);
}
