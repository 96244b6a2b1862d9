import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/graphql/errors.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import type { AssetObject } from '../asset/dto/asset.object.js';
import { DealService } from '../deal/deal.service.js';
import { DEFAULT_MIN_CLOSED_DEALS } from '../win-loss/content-influence.util.js';
import { SuggestionRepository } from './suggestion.repository.js';
import { journeyPhaseOfDeal, scoreSuggestion } from './suggestion-score.util.js';
import type { ScoreBreakdown, SuggestionContext } from './suggestion-score.util.js';

export interface Suggestion {
  asset: AssetObject;
  score: number;
  breakdown: ScoreBreakdown;
  reasons: string[];
}

/**
 * "Be inspired": the published assets a viewer may see, ranked for one deal by a transparent score (see
 * suggestion-score.util.ts). Assets already used in the deal, and its own analyses, are left out.
 */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly suggestions: SuggestionRepository,
    private readonly deals: DealService,
    private readonly reads: AssetReadService,
  ) {}

  async forDeal(viewer: Viewer, dealId: string, first: number, now = new Date()): Promise<Suggestion[]> {
    // Every signed-in user may see every deal, as the deal query does.
    const deal = await this.deals.find(dealId);
    if (!deal) throw notFound('Deal');
    const context: SuggestionContext = {
      industry: deal.industry,
      product: deal.product,
      phase: journeyPhaseOfDeal(deal.outcome, deal.stage),
      buyerRoles: await this.suggestions.buyerRolesOf(viewer, deal.id),
      now,
    };
    const candidates = await this.suggestions.candidates(viewer, deal.id);
    const ranked = candidates
      .map((c) => ({
        id: c.id,
        publishedAt: c.publishedAt?.getTime() ?? 0,
        ...scoreSuggestion(
          context,
          {
            ...c,
            usage: { dealsUsedIn: c.dealsUsedIn, won: c.won, closedDeals: c.closedDeals, closedWon: c.closedWon },
          },
          DEFAULT_MIN_CLOSED_DEALS,
        ),
      }))
      .sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1))
      .slice(0, first);
    const assets = new Map(
      (
        await this.reads.findVisible(
          viewer,
          ranked.map((r) => r.id),
        )
      ).map((a) => [a.id, a]),
    );
    return ranked.flatMap((r) => {
      const asset = assets.get(r.id);
      return asset ? [{ asset, score: r.score, breakdown: r.breakdown, reasons: r.reasons }] : [];
    });
  }
}
