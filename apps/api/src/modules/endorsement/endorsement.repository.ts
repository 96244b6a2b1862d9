import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import type { AssetStatus } from '../asset/asset.entity.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { EndorsementEntity, EndorsementKind } from './endorsement.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

/** Every statement on `endorsements`. */
@Injectable()
export class EndorsementRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The asset's status and whether the viewer authors it, if the viewer may see it. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async visibleAsset(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
  ): Promise<{ status: AssetStatus; mine: boolean } | undefined> {
    const params: unknown[] = [assetId, viewer.id];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<{ status: AssetStatus; mine: boolean }[]>(
      `SELECT a.status, EXISTS (SELECT 1 FROM authorships x WHERE x.asset_id = a.id AND x.user_id = $2) AS mine
         FROM assets a WHERE a.id = $1 AND ${visible}`,
      params,
    );
    return row;
  }

  /** Whether the endorser has an active endorsement of this kind of the asset. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, EXAMPLE_ID, EndorsementKind.HELPFUL] })
  async hasActive(em: EntityManager, assetId: string, endorserId: string, kind: EndorsementKind): Promise<boolean> {
    const rows: unknown[] = await em.query(
      'SELECT 1 FROM endorsements WHERE asset_id = $1 AND endorser_id = $2 AND kind = $3 AND withdrawn_at IS NULL',
      [assetId, endorserId, kind],
    );
    return rows.length > 0;
  }

  insert(em: EntityManager, endorsement: Omit<EndorsementEntity, 'id' | 'asset' | 'endorser' | 'withdrawnAt'>) {
    return em.save(em.create(EndorsementEntity, endorsement));
  }

  /** Locks one endorsement for the transaction. */
  lock(em: EntityManager, id: string): Promise<EndorsementEntity | null> {
    return em
      .getRepository(EndorsementEntity)
      .createQueryBuilder('e')
      .where('e.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async markWithdrawn(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.update(EndorsementEntity, { id }, { withdrawnAt: at });
  }

  /** Active endorsements of many assets, oldest first. */
  forAssets(assetIds: readonly string[]): Promise<EndorsementEntity[]> {
    return this.dataSource
      .getRepository(EndorsementEntity)
      .createQueryBuilder('e')
      .where('e.asset_id IN (:...assetIds)', { assetIds })
      .andWhere('e.withdrawn_at IS NULL')
      .orderBy('e.created_at')
      .getMany();
  }
}
