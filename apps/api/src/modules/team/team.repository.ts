import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { TeamEntity } from './team.entity.js';

/** Every statement on `teams` and `team_managers`: the one writer of teams and who manages them. */
@Injectable()
export class TeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  async nameTaken(em: EntityManager, name: string): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM teams WHERE lower(name) = lower($1)', [name]);
    return rows.length > 0;
  }

  insert(em: EntityManager, name: string): Promise<TeamEntity> {
    return em.save(em.create(TeamEntity, { name }));
  }

  /** Creates the teams not there yet (names compared in any case); the ids of those created. */
  async insertMissing(em: EntityManager, names: string[]): Promise<string[]> {
    const created = await em.query<{ id: string }[]>(
      'INSERT INTO teams (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING id',
      [names],
    );
    return created.map((t) => t.id);
  }

  find(em: EntityManager, id: string): Promise<TeamEntity | null> {
    return em.findOneBy(TeamEntity, { id });
  }

  /** Every team, by name. */
  list(): Promise<TeamEntity[]> {
    return this.dataSource.getRepository(TeamEntity).createQueryBuilder('t').orderBy('lower(t.name)').getMany();
  }

  findMany(ids: readonly string[]): Promise<TeamEntity[]> {
    return this.dataSource.getRepository(TeamEntity).findBy({ id: In([...ids]) });
  }

  /** Team ids by lower-cased name. */
  async idsByName(em: EntityManager, keys: string[]): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    const rows = await em.query<{ id: string; key: string }[]>(
      'SELECT id, lower(name) AS key FROM teams WHERE lower(name) = ANY($1)',
      [keys],
    );
    return new Map(rows.map((t) => [t.key, t.id]));
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

  /** Makes exactly these people the team's managers. */
  async replaceManagers(em: EntityManager, teamId: string, userIds: string[]): Promise<void> {
    await em.query('DELETE FROM team_managers WHERE team_id = $1', [teamId]);
    if (userIds.length) {
      await em.query('INSERT INTO team_managers (team_id, user_id) SELECT $1, unnest($2::uuid[])', [teamId, userIds]);
    }
  }

  /** Adds managers to teams, keeping those they have; the team of each link that was new. */
  async addManagers(em: EntityManager, links: { team_id: string; user_id: string }[]): Promise<string[]> {
    if (!links.length) return [];
    const added = await em.query<{ team_id: string }[]>(
      `INSERT INTO team_managers (team_id, user_id)
       SELECT x.team_id, x.user_id FROM json_to_recordset($1::json) AS x(team_id uuid, user_id uuid)
       ON CONFLICT DO NOTHING RETURNING team_id`,
      [JSON.stringify(links)],
    );
    return added.map((a) => a.team_id);
  }
}
