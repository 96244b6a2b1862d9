import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { AuthorshipEntity } from './authorship.entity.js';
import type { AuthorRole } from './authorship.entity.js';

/** Every statement on `authorships`. */
@Injectable()
export class AuthorshipRepository {
  /** How many of the ids name users. */
  countUsers(em: EntityManager, ids: string[]): Promise<number> {
    return em.countBy(UserEntity, { id: In(ids) });
  }

  /** Replaces an asset's authors (the database checks at commit that the shares sum to 100). */
  async replace(
    em: EntityManager,
    assetId: string,
    authors: { userId: string; role: AuthorRole; share: number }[],
  ): Promise<void> {
    await em.delete(AuthorshipEntity, { assetId });
    await this.insert(em, assetId, authors);
  }

  /** Adds authors to an asset that has none of them yet. */
  async insert(
    em: EntityManager,
    assetId: string,
    authors: { userId: string; role: AuthorRole; share: number }[],
  ): Promise<void> {
    await em.insert(
      AuthorshipEntity,
      authors.map((a) => ({ assetId, userId: a.userId, role: a.role, share: a.share })),
    );
  }

  /** Authors of many assets, largest share first. */
  forAssets(em: EntityManager, assetIds: readonly string[]): Promise<AuthorshipEntity[]> {
    return em
      .getRepository(AuthorshipEntity)
      .createQueryBuilder('au')
      .where('au.asset_id IN (:...assetIds)', { assetIds })
      .orderBy('au.share', 'DESC')
      .addOrderBy('au.user_id')
      .getMany();
  }
}
