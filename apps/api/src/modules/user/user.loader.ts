import { Injectable } from '@nestjs/common';
import { byKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import type { UserObject } from './dto/user.object.js';
import { UserService } from './user.service.js';

@Injectable()
export class UserLoader {
  constructor(private readonly users: UserService) {}

  readonly byId: BatchFn<string, UserObject | null> = async (ids) =>
    byKeys(ids, await this.users.findMany(ids), (u) => u.id);
}
