import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { PasswordService } from '../../core/auth/password.service.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import type { ConnectionShape } from '../../core/graphql/connection.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { isUniqueViolation } from '../../core/database/pg-errors.js';
import { TeamEntity } from '../team/team.entity.js';
import type { CreateUserArgs } from './dto/create-user.args.js';
import { toUserObject } from './dto/user.object.js';
import type { UserObject } from './dto/user.object.js';
import { UserEntity, UserStatus } from './user.entity.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

interface UserRaw {
  u_id: string;
  has_password: boolean;
  sort_name: string;
}

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async create(args: CreateUserArgs, manager: EntityManager = this.dataSource.manager): Promise<UserObject> {
    const email = normaliseEmail(args.email);
    const name = args.name.trim();
    if (!name) throw badInput('name', 'name must not be empty');
    if (args.teamId && !(await manager.existsBy(TeamEntity, { id: args.teamId }))) {
      throw badInput('teamId', 'teamId does not name a team');
    }
    if (await manager.existsBy(UserEntity, { email })) {
      throw conflict(`A user with the email ${email} already exists.`, 'email');
    }
    const passwordHash = await this.passwords.hash(args.password);
    try {
      const user = await manager.save(
        manager.create(UserEntity, {
          email,
          name,
          title: args.title?.trim() || null,
          role: args.role,
          teamId: args.teamId ?? null,
          passwordHash,
        }),
      );
      return toUserObject(user, true);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A user with the email ${email} already exists.`, 'email');
      throw error;
    }
  }

  async setStatus(viewer: Viewer, userId: string, status: UserStatus): Promise<UserObject> {
    if (userId === viewer.id && status !== UserStatus.ACTIVE) {
      throw badInput('userId', 'You cannot suspend or depart yourself; ask another admin.');
    }
    const result = await this.dataSource
      .createQueryBuilder()
      .update(UserEntity)
      .set({ status })
      .where('id = :userId', { userId })
      .execute();
    if (!result.affected) throw notFound('User');
    return this.require(userId);
  }

  async find(id: string): Promise<UserObject | null> {
    return (await this.findMany([id]))[0] ?? null;
  }

  async require(id: string): Promise<UserObject> {
    const user = await this.find(id);
    if (!user) throw notFound('User');
    return user;
  }

  async findMany(ids: readonly string[]): Promise<UserObject[]> {
    if (!ids.length) return [];
    const rows = await this.selectUsers().where('u.id IN (:...ids)', { ids }).getRawAndEntities();
    return this.map(rows.entities, rows.raw as UserRaw[]);
  }

  async list(search: string | undefined, first = 20, after?: string): Promise<ConnectionShape<UserObject>> {
    const query = this.selectUsers();
    const term = search?.trim();
    if (term) {
      query.where('(u.name ILIKE :term OR u.email ILIKE :term)', { term: `%${term.replace(/[%_\\]/g, '\\$&')}%` });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = cursor.decode(after, ['text', 'uuid']);
      query.andWhere('(lower(u.name), u.id) > (:name, :id)', { name, id });
    }
    const page = await query
      .orderBy('lower(u.name)')
      .addOrderBy('u.id')
      .limit(first + 1)
      .getRawAndEntities();
    const { entities } = page;
    const raw = page.raw as UserRaw[];
    const sortName = new Map(raw.map((r) => [r.u_id, r.sort_name]));
    return toConnection(
      this.map(entities, raw),
      first,
      totalCount,
      (u) => [sortName.get(u.id) ?? '', u.id],
      (u) => u,
    );
  }

  private selectUsers() {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.password_hash IS NOT NULL', 'has_password')
      .addSelect('lower(u.name)', 'sort_name');
  }

  private map(entities: UserEntity[], raw: UserRaw[]): UserObject[] {
    const hasPassword = new Map(raw.map((r) => [r.u_id, r.has_password]));
    return entities.map((u: UserEntity) => toUserObject(u, hasPassword.get(u.id) ?? false));
  }
}
