import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/graphql/errors.js';
import { AssetKind } from '../asset/asset.entity.js';
import { DealOutcome } from '../deal/deal.entity.js';
import { TaxonomyKind } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { WinLossAnalysisInput } from './dto/win-loss-analysis.input.js';
import type { WinLossAnalysisEntity, WinLossOutcome } from './win-loss-analysis.entity.js';
import { WinLossAnalysisRepository } from './win-loss-analysis.repository.js';
import { WinLossReasonService } from './win-loss-reason.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a create or an update says about an asset's analysis; undefined fields were not given. */
export interface AnalysisChange {
  dealId?: string | null;
  analysis?: WinLossAnalysisInput | null;
}

/**
 * Win/loss analyses: the structured part of WIN_LOSS assets. Written only through the asset write path, inside
 * its transaction (`em`), so an asset and its analysis commit or roll back together.
 */
@Injectable()
export class WinLossAnalysisService {
  constructor(
    private readonly analyses: WinLossAnalysisRepository,
    private readonly reasons: WinLossReasonService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * Links the asset to a deal and stores its analysis. Only WIN_LOSS assets have one, only about a closed deal, with
   * the deal's outcome. A dealId alone takes the outcome (and competitor) from the deal; an analysis without a deal
   * is refused. Nothing given, nothing changes.
   */
  async save(em: EntityManager, asset: { id: string; kind: AssetKind }, change: AnalysisChange): Promise<void> {
    const { analysis } = change;
    if (!change.dealId && !analysis) return;
    if (asset.kind !== AssetKind.WIN_LOSS) {
      throw badInput(change.dealId ? 'dealId' : 'analysis', 'Only a WIN_LOSS analysis is linked to a deal.');
    }
    const existing = await this.analyses.lockedForAsset(em, asset.id);
    const dealId = change.dealId ?? existing?.dealId;
    if (!dealId) throw badInput('dealId', 'A win/loss analysis is about a deal: give its dealId.');
    if (!UUID.test(dealId)) throw badInput('dealId', 'dealId does not name a deal');
    const deal = await this.analyses.deal(em, dealId);
    if (!deal) throw badInput('dealId', 'dealId does not name a deal');
    if (deal.outcome === DealOutcome.OPEN) {
      throw badInput('dealId', 'Only closed deals get an analysis: this deal is still open.');
    }
    const outcome = analysis?.outcome ?? existing?.outcome ?? (deal.outcome as string as WinLossOutcome);
    if ((outcome as string) !== (deal.outcome as string)) {
      throw badInput(
        analysis ? 'analysis.outcome' : 'dealId',
        `The deal was ${deal.outcome}; the analysis says ${outcome}.`,
      );
    }
    const sameDeal = existing?.dealId === dealId;
    const values = analysis
      ? {
          reasons: await this.reasons.canonical(
            em,
            analysis.reasons ?? [],
            'analysis.reasons',
            existing?.reasons ?? [],
          ),
          competitor: analysis.competitor === undefined ? deal.competitor : analysis.competitor?.trim() || null,
          buyerRoles: await this.taxonomy.canonical(
            em,
            TaxonomyKind.BUYER_ROLE,
            analysis.buyerRolesInvolved ?? [],
            'analysis.buyerRolesInvolved',
          ),
          lessons: analysis.lessonsLearned?.trim() || null,
        }
      : {
          reasons: existing?.reasons ?? [],
          competitor: existing && sameDeal ? existing.competitor : deal.competitor,
          buyerRoles: existing?.buyerRoles ?? [],
          lessons: existing?.lessons ?? null,
        };
    await this.analyses.upsert(em, asset.id, { dealId, outcome, ...values });
  }

  /** The analyses of these assets; callers only ask for assets the viewer may see. */
  async forAssets(assetIds: readonly string[]): Promise<WinLossAnalysisEntity[]> {
    if (!assetIds.length) return [];
    return this.analyses.forAssets(assetIds);
  }

  /** Every analysis asset of these deals, newest first (visibility is the caller's to apply). */
  async assetIdsForDeals(dealIds: readonly string[]): Promise<{ dealId: string; assetId: string }[]> {
    if (!dealIds.length) return [];
    return this.analyses.assetIdsForDeals(dealIds);
  }
}
