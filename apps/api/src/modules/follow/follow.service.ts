import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput } from '../../core/graphql/errors.js';
import { normaliseTags } from '../taxonomy/taxonomy.service.js';
import { FollowKind } from './follow.entity.js';
import type { FollowEntity } from './follow.entity.js';
import { FollowRepository } from './follow.repository.js';

@Injectable()
export class FollowService {
  constructor(private readonly follows: FollowRepository) {}

  async follow(viewer: Viewer, kind: FollowKind, target: string): Promise<FollowEntity> {
    const value = await this.target(viewer, kind, target);
    return this.follows.add(viewer.id, kind, value);
  }

  async unfollow(viewer: Viewer, kind: FollowKind, target: string): Promise<boolean> {
    const value = kind === FollowKind.TAG ? (normaliseTags([target])[0] ?? '') : target;
    await this.follows.remove(viewer.id, kind, value);
    return true;
  }

  list(viewer: Viewer): Promise<FollowEntity[]> {
    return this.follows.list(viewer.id);
  }

  private async target(viewer: Viewer, kind: FollowKind, target: string): Promise<string> {
    if (kind === FollowKind.TAG) {
      const [tag] = normaliseTags([target]);
      if (!tag || tag.length > 80) throw badInput('target', 'A tag is 1 to 80 characters.');
      return tag;
    }
    if (target === viewer.id) throw badInput('target', 'You cannot follow yourself.');
    const exists = /^[0-9a-f-]{36}$/i.test(target) && (await this.follows.userExists(target));
    if (!exists) throw badInput('target', 'target does not name a user');
    return target;
  }
}
