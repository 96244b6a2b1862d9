import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../core/database/pg-errors.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { UserRepository } from '../user/user.repository.js';
import { toTeamObject } from './dto/team.object.js';
import type { TeamObject } from './dto/team.object.js';
import { TeamRepository } from './team.repository.js';

@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamRepository,
    private readonly users: UserRepository,
  ) {}

  async create(name: string, managerIds: string[] = [], manager?: EntityManager): Promise<TeamObject> {
    const run = async (em: EntityManager) => {
      const trimmed = name.trim();
      if (!trimmed) throw badInput('name', 'name must not be empty');
      if (await this.teams.nameTaken(em, trimmed)) throw conflict(`A team called "${trimmed}" already exists.`, 'name');
      try {
        const team = await this.teams.insert(em, trimmed);
        await this.replaceManagers(em, team.id, managerIds, 'managerIds');
        return toTeamObject(team);
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(`A team called "${trimmed}" already exists.`, 'name');
        throw error;
      }
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async setManagers(teamId: string, userIds: string[], manager?: EntityManager): Promise<TeamObject> {
    const run = async (em: EntityManager) => {
      const team = await this.teams.find(em, teamId);
      if (!team) throw notFound('Team');
      await this.replaceManagers(em, teamId, userIds, 'userIds');
      return toTeamObject(team);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async list(): Promise<TeamObject[]> {
    return (await this.teams.list()).map(toTeamObject);
  }

  async findMany(ids: readonly string[]): Promise<TeamObject[]> {
    return (await this.teams.findMany(ids)).map(toTeamObject);
  }

  /** Manager user ids per team, by name, for many teams in one query. */
  managerIds(teamIds: readonly string[]): Promise<{ teamId: string; userId: string }[]> {
    return this.teams.managerIds(teamIds);
  }

  memberCounts(teamIds: readonly string[]): Promise<{ teamId: string; count: number }[]> {
    return this.teams.memberCounts(teamIds);
  }

  private async replaceManagers(em: EntityManager, teamId: string, userIds: string[], field: string): Promise<void> {
    const unique = [...new Set(userIds)];
    const found = unique.length ? await this.users.countExisting(em, unique) : 0;
    if (found !== unique.length) throw badInput(field, `${field} names a user who does not exist`);
    await this.teams.replaceManagers(em, teamId, unique);
  }
}
