import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../core/database/pg-errors.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { UserEntity } from '../user/user.entity.js';
import { toTeamObject } from './dto/team.object.js';
import type { TeamObject } from './dto/team.object.js';
import { TeamEntity } from './team.entity.js';

@Injectable()
export class TeamService {
  constructor(private readonly dataSource: DataSource) {}

  async create(name: string, managerIds: string[] = [], manager?: EntityManager): Promise<TeamObject> {
    const run = async (em: EntityManager) => {
      const trimmed = name.trim();
      if (!trimmed) throw badInput('name', 'name must not be empty');
      if (await this.nameTaken(em, trimmed)) throw conflict(`A team called "${trimmed}" already exists.`, 'name');
      try {
        const team = await em.save(em.create(TeamEntity, { name: trimmed }));
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
      const team = await em.findOneBy(TeamEntity, { id: teamId });
      if (!team) throw notFound('Team');
      await this.replaceManagers(em, teamId, userIds, 'userIds');
      return toTeamObject(team);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  list(): Promise<TeamObject[]> {
    return this.dataSource
      .getRepository(TeamEntity)
      .createQueryBuilder('t')
      .orderBy('lower(t.name)')
      .getMany()
      .then((teams) => teams.map(toTeamObject));
  }

  async findMany(ids: readonly string[]): Promise<TeamObject[]> {
    const teams = await this.dataSource.getRepository(TeamEntity).findBy({ id: In([...ids]) });
    return teams.map(toTeamObject);
  }

  /** Manager user ids per team, by name, for many teams in one query. */
  managerIds(teamIds: readonly string[]): Promise<{ teamId: string; userId: string }[]> {
    return this.dataSource.query(
      `SELECT tm.team_id AS "teamId", tm.user_id AS "userId" FROM team_managers tm JOIN users u ON u.id = tm.user_id
        WHERE tm.team_id = ANY($1) ORDER BY lower(u.name), u.id`,
      [teamIds],
    );
  }

  memberCounts(teamIds: readonly string[]): Promise<{ teamId: string; count: number }[]> {
    return this.dataSource.query(
      'SELECT team_id AS "teamId", count(*)::int AS count FROM users WHERE team_id = ANY($1) GROUP BY team_id',
      [teamIds],
    );
  }

  private async nameTaken(em: EntityManager, name: string): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM teams WHERE lower(name) = lower($1)', [name]);
    return rows.length > 0;
  }

  private async replaceManagers(em: EntityManager, teamId: string, userIds: string[], field: string): Promise<void> {
    const unique = [...new Set(userIds)];
    const found = unique.length ? await em.countBy(UserEntity, { id: In(unique) }) : 0;
    if (found !== unique.length) throw badInput(field, `${field} names a user who does not exist`);
    await em.query('DELETE FROM team_managers WHERE team_id = $1', [teamId]);
    if (unique.length) {
      await em.query('INSERT INTO team_managers (team_id, user_id) SELECT $1, unnest($2::uuid[])', [teamId, unique]);
    }
  }
}
