import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Role } from './user.entity.js';
import { UserEntity, UserStatus } from './user.entity.js';

/** A user as read for the API: the entity, whether they have a password, and the name they sort by. */
export interface StoredUser {
  user: UserEntity;
  hasPassword: boolean;
  sortName: string;
}

/** A person as CRM imports and deal owners are matched: by email, else by lower-cased name. */
export interface PersonMatch {
  id: string;
  email: string | null;
  name_key: string;
  team_id: string | null;
  title: string | null;
}

/** A person an import creates (no password: no login until an admin gives one). */
export interface ImportedUser {
  id: string;
  email: string | null;
  name: string;
  title: string | null;
  role: Role;
  team_id: string | null;
}

/** What an import changes of a person it matched. */
export interface ImportedUserChange {
  id: string;
  team_id: string | null;
  email: string | null;
  title: string | null;
}

interface UserRaw {
  u_id: string;
  has_password: boolean;
  sort_name: string;
}

/** Every statement on `users`: the one writer of people, whoever creates or changes them. */
@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  async emailTaken(em: EntityManager, email: string): Promise<boolean> {
    return em.existsBy(UserEntity, { email });
  }

  /** Whether a team with this id exists (a user's team is checked before they are stored). */
  async teamExists(em: EntityManager, teamId: string): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM teams WHERE id = $1', [teamId]);
    return rows.length > 0;
  }

  /** How many of these ids name a user. */
  countExisting(em: EntityManager, ids: string[]): Promise<number> {
    return em.countBy(UserEntity, { id: In(ids) });
  }

  insert(
    em: EntityManager,
    values: Pick<UserEntity, 'email' | 'name' | 'title' | 'role' | 'teamId' | 'passwordHash'>,
  ): Promise<UserEntity> {
    return em.save(em.create(UserEntity, values));
  }

  /** Sets a user's status; false when there is no such user. */
  async setStatus(userId: string, status: UserStatus): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(UserEntity)
      .set({ status })
      .where('id = :userId', { userId })
      .execute();
    return Boolean(result.affected);
  }

  async findMany(ids: readonly string[]): Promise<StoredUser[]> {
    const rows = await this.selectUsers().where('u.id IN (:...ids)', { ids }).getRawAndEntities();
    return stored(rows.entities, rows.raw as UserRaw[]);
  }

  /**
   * The people directory by name: how many match `search` (in name or email), and up to `limit` of them after
   * the one at `after` (lower-cased name, id).
   */
  async list(
    search: string | undefined,
    limit: number,
    after: readonly [string | number, string | number] | null,
  ): Promise<{ totalCount: number; users: StoredUser[] }> {
    const query = this.selectUsers();
    if (search) {
      query.where('(u.name ILIKE :term OR u.email ILIKE :term)', { term: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    }
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(lower(u.name), u.id) > (:name, :id)', { name: after[0], id: after[1] });
    const page = await query.orderBy('lower(u.name)').addOrderBy('u.id').limit(limit).getRawAndEntities();
    return { totalCount, users: stored(page.entities, page.raw as UserRaw[]) };
  }

  /** People with one of these emails or lower-cased names, by id. */
  matchPeople(em: EntityManager, emails: string[], nameKeys: string[]): Promise<PersonMatch[]> {
    return em.query(
      'SELECT id, email, lower(name) AS name_key, team_id, title FROM users WHERE email = ANY($1) OR lower(name) = ANY($2) ORDER BY id',
      [emails, nameKeys],
    );
  }

  async insertImported(em: EntityManager, users: ImportedUser[]): Promise<void> {
    if (!users.length) return;
    await em.query(
      `INSERT INTO users (id, email, name, title, role, team_id)
       SELECT x.id, x.email, x.name, x.title, x.role::user_role, x.team_id
         FROM json_to_recordset($1::json) AS x(id uuid, email text, name text, title text, role text, team_id uuid)`,
      [JSON.stringify(users)],
    );
  }

  async updateImported(em: EntityManager, changes: ImportedUserChange[]): Promise<void> {
    if (!changes.length) return;
    await em.query(
      `UPDATE users u SET team_id = x.team_id, email = x.email, title = x.title, updated_at = now()
         FROM json_to_recordset($1::json) AS x(id uuid, team_id uuid, email text, title text)
        WHERE u.id = x.id`,
      [JSON.stringify(changes)],
    );
  }

  private selectUsers() {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.password_hash IS NOT NULL', 'has_password')
      .addSelect('lower(u.name)', 'sort_name');
  }
}

function stored(entities: UserEntity[], raw: UserRaw[]): StoredUser[] {
  const byId = new Map(raw.map((r) => [r.u_id, r]));
  return entities.map((user) => ({
    user,
    hasPassword: byId.get(user.id)?.has_password ?? false,
    sortName: byId.get(user.id)?.sort_name ?? '',
  }));
}
