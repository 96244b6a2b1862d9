import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput } from '../../core/graphql/errors.js';
import { normaliseTags } from '../taxonomy/taxonomy.service.js';
import { UserEntity } from '../user/user.entity.js';
import { FollowEntity, FollowKind } from './follow.entity.js';

@Injectable()
export class FollowService {
  constructor(private readonly dataSource: DataSource) {}

  async follow(viewer: Viewer, kind: FollowKind, target: string): Promise<FollowEntity> {
    const value = await this.target(viewer, kind, target);
    await this.dataSource.query(
      'INSERT INTO follows (user_id, kind, target) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [viewer.id, kind, value],
    );
    return (await this.dataSource.getRepository(FollowEntity).findOneBy({ userId: viewer.id, kind, target: value }))!;
  }

  async unfollow(viewer: Viewer, kind: FollowKind, target: string): Promise<boolean> {
    const value = kind === FollowKind.TAG ? (normaliseTags([target])[0] ?? '') : target;
    await this.dataSource.getRepository(FollowEntity).delete({ userId: viewer.id, kind, target: value });
    return true;
  }

  list(viewer: Viewer): Promise<FollowEntity[]> {
    return this.dataSource
      .getRepository(FollowEntity)
      .find({ where: { userId: viewer.id }, order: { createdAt: 'ASC' } });
  }

  private async target(viewer: Viewer, kind: FollowKind, target: string): Promise<string> {
    if (kind === FollowKind.TAG) {
      const [tag] = normaliseTags([target]);
      if (!tag || tag.length > 80) throw badInput('target', 'A tag is 1 to 80 characters.');
      return tag;
    }
    if (target === viewer.id) throw badInput('target', 'You cannot follow yourself.');
    const exists =
      /^[0-9a-f-]{36}$/i.test(target) && (await this.dataSource.getRepository(UserEntity).existsBy({ id: target }));
    if (!exists) throw badInput('target', 'target does not name a user');
    return target;
  }
}
