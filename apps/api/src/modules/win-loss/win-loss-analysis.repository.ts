import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { GenerateSql } from '../../core/database/generate-sql.js';
import type { DealOutcome } from '../deal/deal.entity.js';
import { WinLossAnalysisEntity } from './win-loss-analysis.entity.js';
import type { WinLossOutcome } from './win-loss-analysis.entity.js';

/** What an analysis stores beside its asset. */
export interface AnalysisValues {
  dealId: string;
  outcome: WinLossOutcome;
  reasons: string[];
  competitor: string | null;
  buyerRoles: string[];
  lessons: string | null;
}

/** Every statement on `win_loss_analyses`, the one writer of analyses. */
@Injectable()
export class WinLossAnalysisRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The asset's analysis, locked until the caller's transaction ends. */
  lockedForAsset(em: EntityManager, assetId: string): Promise<WinLossAnalysisEntity | null> {
    return em.findOne(WinLossAnalysisEntity, { where: { assetId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The outcome and competitor of the deal an analysis is about. */
  async deal(
    em: EntityManager,
    dealId: string,
  ): Promise<{ outcome: DealOutcome; competitor: string | null } | undefined> {
    const [deal] = await em.query<{ outcome: DealOutcome; competitor: string | null }[]>(
      'SELECT outcome, competitor FROM deals WHERE id = $1',
      [dealId],
    );
    return deal;
  }

  async upsert(em: EntityManager, assetId: string, values: AnalysisValues): Promise<void> {
    await em.query(
      `INSERT INTO win_loss_analyses (asset_id, deal_id, outcome, reasons, competitor, buyer_roles, lessons)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (asset_id) DO UPDATE SET deal_id = EXCLUDED.deal_id, outcome = EXCLUDED.outcome,
         reasons = EXCLUDED.reasons, competitor = EXCLUDED.competitor, buyer_roles = EXCLUDED.buyer_roles,
         lessons = EXCLUDED.lessons, updated_at = now()`,
      [assetId, values.dealId, values.outcome, values.reasons, values.competitor, values.buyerRoles, values.lessons],
    );
  }

  /** The analyses of these assets. */
  forAssets(assetIds: readonly string[]): Promise<WinLossAnalysisEntity[]> {
    return this.dataSource.getRepository(WinLossAnalysisEntity).findBy({ assetId: In([...assetIds]) });
  }

  /** Every analysis asset of these deals, newest first. */
  @GenerateSql({ params: [['00000000-0000-0000-0000-000000000001']] })
  assetIdsForDeals(dealIds: readonly string[]): Promise<{ dealId: string; assetId: string }[]> {
    return this.dataSource.query(
      `SELECT deal_id AS "dealId", asset_id AS "assetId" FROM win_loss_analyses
        WHERE deal_id = ANY($1::uuid[]) ORDER BY created_at DESC, asset_id`,
      [dealIds],
    );
  }
}
