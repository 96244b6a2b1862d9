import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { byKeys, groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import type { AssetObject } from '../asset/dto/asset.object.js';
import { DealService } from '../deal/deal.service.js';
import type { DealObject } from '../deal/dto/deal.object.js';
import { toWinLossAnalysisObject } from './dto/win-loss-analysis.object.js';
import type { WinLossAnalysisObject } from './dto/win-loss-analysis.object.js';
import { WinLossAnalysisService } from './win-loss-analysis.service.js';

/** Batch functions behind the win/loss fields of assets and deals; per viewer where visibility applies. */
@Injectable()
export class WinLossLoader {
  private readonly analysesOfDeals = new WeakMap<Viewer, BatchFn<string, AssetObject[]>>();

  constructor(
    private readonly deals: DealService,
    private readonly analyses: WinLossAnalysisService,
    private readonly reads: AssetReadService,
  ) {}

  /** The analysis of each asset; only asked for assets the viewer could already see. */
  readonly analysisByAssetId: BatchFn<string, WinLossAnalysisObject | null> = async (assetIds) =>
    byKeys(assetIds, (await this.analyses.forAssets(assetIds)).map(toWinLossAnalysisObject), (a) => a.assetId);

  /** Deals by id, as the deal query shows them (every signed-in user may see every deal). */
  readonly dealById: BatchFn<string, DealObject | null> = async (dealIds) =>
    byKeys(dealIds, await this.deals.findMany(dealIds), (d) => d.id);

  /** The analyses of each deal that the viewer may see, newest first. */
  analysesOfDeal(viewer: Viewer): BatchFn<string, AssetObject[]> {
    let batch = this.analysesOfDeals.get(viewer);
    if (!batch) {
      batch = async (dealIds) => {
        const links = await this.analyses.assetIdsForDeals(dealIds);
        const visible = new Map(
          (await this.reads.findVisible(viewer, [...new Set(links.map((l) => l.assetId))])).map((a) => [a.id, a]),
        );
        const found = links.flatMap((l) => {
          const asset = visible.get(l.assetId);
          return asset ? [{ dealId: l.dealId, asset }] : [];
        });
        return groupByKeys(dealIds, found, (f) => f.dealId).map((group) => group.map((f) => f.asset));
      };
      this.analysesOfDeals.set(viewer, batch);
    }
    return batch;
  }
}
