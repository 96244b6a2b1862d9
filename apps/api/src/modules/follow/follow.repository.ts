import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { FollowEntity } from './follow.entity.js';
import type { FollowKind } from './follow.entity.js';

/** Every statement on `follows`. */
@Injectable()
export class FollowRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds the follow unless it exists, and returns it. */
  async add(userId: string, kind: FollowKind, target: string): Promise<FollowEntity> {
    await this.dataSource.query(
      'INSERT INTO follows (user_id, kind, target) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [userId, kind, target],
    );
    return (await this.dataSource.getRepository(FollowEntity).findOneBy({ userId, kind, target }))!;
  }

  async remove(userId: string, kind: FollowKind, target: string): Promise<void> {
    await this.dataSource.getRepository(FollowEntity).delete({ userId, kind, target });
  }

  list(userId: string): Promise<FollowEntity[]> {
    return this.dataSource.getRepository(FollowEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  userExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).existsBy({ id });
  }
}
