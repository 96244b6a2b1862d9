import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { PasswordService } from '../../core/auth/password.service.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import type { ConnectionShape } from '../../core/graphql/connection.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { isUniqueViolation } from '../../core/database/pg-errors.js';
import type { CreateUserArgs } from './dto/create-user.args.js';
import { toUserObject } from './dto/user.object.js';
import type { UserObject } from './dto/user.object.js';
import { UserStatus } from './user.entity.js';
import { UserRepository } from './user.repository.js';
import type { StoredUser } from './user.repository.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const toObject = (u: StoredUser) => toUserObject(u.user, u.hasPassword);

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly users: UserRepository,
  ) {}

  async create(args: CreateUserArgs, manager: EntityManager = this.dataSource.manager): Promise<UserObject> {
    const email = normaliseEmail(args.email);
    const name = args.name.trim();
    if (!name) throw badInput('name', 'name must not be empty');
    if (args.teamId && !(await this.users.teamExists(manager, args.teamId))) {
      throw badInput('teamId', 'teamId does not name a team');
    }
    if (await this.users.emailTaken(manager, email)) {
      throw conflict(`A user with the email ${email} already exists.`, 'email');
    }
    const passwordHash = await this.passwords.hash(args.password);
    try {
      const user = await this.users.insert(manager, {
        email,
        name,
        title: args.title?.trim() || null,
        role: args.role,
        teamId: args.teamId ?? null,
        passwordHash,
      });
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
    if (!(await this.users.setStatus(userId, status))) throw notFound('User');
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
    return (await this.users.findMany(ids)).map(toObject);
  }

  async list(search: string | undefined, first = 20, after?: string): Promise<ConnectionShape<UserObject>> {
    const at = after ? cursor.decode(after, ['text', 'uuid']) : null;
    const { totalCount, users } = await this.users.list(
      search?.trim() || undefined,
      first + 1,
      at ? [at[0], at[1]] : null,
    );
    return toConnection(users, first, totalCount, (u) => [u.sortName, u.user.id], toObject);
  }
}
