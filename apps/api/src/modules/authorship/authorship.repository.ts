import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role, UserEntity } from '../user/user.entity.js';
import { AuthorshipConsent, AuthorshipDeclineEntity, AuthorshipEntity } from './authorship.entity.js';
import type { AuthorRole } from './authorship.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

export interface AuthorshipWrite {
  userId: string;
  role: AuthorRole;
  share: number;
  consent?: AuthorshipConsent;
}

/** Every statement on `authorships` and `authorship_declines`. */
@Injectable()
export class AuthorshipRepository {
  /** How many of the ids name users. */
  countUsers(em: EntityManager, ids: string[]): Promise<number> {
    return em.countBy(UserEntity, { id: In(ids) });
  }

  /** People's names, by id. */
  async names(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await em.findBy(UserEntity, { id: In([...ids]) });
    return new Map(rows.map((u) => [u.id, u.name]));
  }

  /** Replaces an asset's authors (the database checks at commit that the shares sum to 100). */
  async replace(em: EntityManager, assetId: string, authors: AuthorshipWrite[]): Promise<void> {
    await em.delete(AuthorshipEntity, { assetId });
    await this.insert(em, assetId, authors);
  }

  /** Adds authors to an asset that has none of them yet (ACCEPTED unless said otherwise). */
  async insert(em: EntityManager, assetId: string, authors: AuthorshipWrite[]): Promise<void> {
    await em.insert(
      AuthorshipEntity,
      authors.map((a) => ({
        assetId,
        userId: a.userId,
        role: a.role,
        share: a.share,
        consent: a.consent ?? AuthorshipConsent.ACCEPTED,
      })),
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

  /** Records that a co-author declined an asset (again, if they had before). */
  async recordDecline(
    em: EntityManager,
    decline: { assetId: string; userId: string; role: AuthorRole; share: number },
  ): Promise<void> {
    await em.query(
      `INSERT INTO authorship_declines (asset_id, user_id, role, share) VALUES ($1, $2, $3, $4)
       ON CONFLICT (asset_id, user_id) DO UPDATE SET role = EXCLUDED.role, share = EXCLUDED.share, declined_at = now()`,
      [decline.assetId, decline.userId, decline.role, decline.share],
    );
  }

  /** Forgets the declines of people named on the asset again. */
  async clearDeclines(em: EntityManager, assetId: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length) await em.delete(AuthorshipDeclineEntity, { assetId, userId: In([...userIds]) });
  }

  /** The co-authors who declined these assets, latest first. */
  declines(em: EntityManager, assetIds: readonly string[]): Promise<AuthorshipDeclineEntity[]> {
    return em
      .getRepository(AuthorshipDeclineEntity)
      .createQueryBuilder('d')
      .where('d.asset_id IN (:...assetIds)', { assetIds })
      .orderBy('d.declined_at', 'DESC')
      .addOrderBy('d.user_id')
      .getMany();
  }

  async setConsent(em: EntityManager, assetId: string, userId: string, consent: AuthorshipConsent): Promise<void> {
    await em.update(AuthorshipEntity, { assetId, userId }, { consent });
  }

  /** Locks an asset the viewer may see for a change of its authors; null when they may not see it. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async lockVisibleAsset(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
  ): Promise<{ id: string; title: string; adaptation: boolean } | null> {
    const params: unknown[] = [assetId];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<{ id: string; title: string; adaptation: boolean }[]>(
      `SELECT a.id, a.title, a.derived_from_id IS NOT NULL AS adaptation FROM assets a
        WHERE a.id = $1 AND ${visible} FOR UPDATE`,
      params,
    );
    return row ?? null;
  }
}
