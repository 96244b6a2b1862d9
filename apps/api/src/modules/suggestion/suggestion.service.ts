import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/graphql/errors.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import type { JourneyPhase } from '../asset/asset.entity.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import type { AssetObject } from '../asset/dto/asset.object.js';
import { DealService } from '../deal/deal.service.js';
import { DEFAULT_MIN_CLOSED_DEALS } from '../win-loss/content-influence.util.js';
import { journeyPhaseOfDeal, scoreSuggestion } from './suggestion-score.util.js';
import type { ScoreBreakdown, SuggestionContext } from './suggestion-score.util.js';

export interface Suggestion {
  asset: AssetObject;
  score: number;
  breakdown: ScoreBreakdown;
  reasons: string[];
}

interface CandidateRow {
  id: string;
  industries: string[];
  products: string[];
  journeyPhases: JourneyPhase[];
  buyerRoles: string[];
  reuseCount: number;
  publishedAt: Date | null;
  dealsUsedIn: number;
  won: number;
  closedDeals: number;
  closedWon: number;
}

/**
 * "Be inspired": the published assets a viewer may see, ranked for one deal by a transparent score (see
 * suggestion-score.util.ts). Assets already used in the deal, and its own analyses, are left out.
 */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly dataSource: DataSource,
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
      buyerRoles: await this.buyerRolesOf(viewer, deal.id),
      now,
    };
    const candidates = await this.candidates(viewer, deal.id);
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

  /** The buyer roles the deal's analyses (those the viewer may see) say were involved. */
  private async buyerRolesOf(viewer: Viewer, dealId: string): Promise<string[]> {
    const params: unknown[] = [dealId];
    const visible = positional(visibleAssets('x', viewer), params);
    const rows = await this.dataSource.query<{ role: string }[]>(
      `SELECT DISTINCT role FROM win_loss_analyses w JOIN assets x ON x.id = w.asset_id, unnest(w.buyer_roles) AS role
        WHERE w.deal_id = $1 AND ${visible} ORDER BY role`,
      params,
    );
    return rows.map((r) => r.role);
  }

  /**
   * Every published asset the viewer may see that the deal has not used, with what the score needs: its tags,
   * reuse count, publication date and its record in the organisation's closed deals.
   */
  private candidates(viewer: Viewer, dealId: string): Promise<CandidateRow[]> {
    const params: unknown[] = [dealId];
    const visible = positional(visibleAssets('x', viewer), params);
    return this.dataSource.query<CandidateRow[]>(
      `WITH closed AS (
         SELECT count(*)::int AS total, count(*) FILTER (WHERE outcome = 'WON')::int AS won
           FROM deals WHERE outcome IN ('WON', 'LOST')
       ),
       usage AS (
         SELECT r.asset_id, count(DISTINCT d.id)::int AS deals, count(DISTINCT d.id) FILTER (WHERE d.outcome = 'WON')::int AS won
           FROM reuse_events r JOIN deals d ON d.id = r.deal_id
          WHERE r.kind = 'USED_IN_DEAL' AND d.outcome IN ('WON', 'LOST')
          GROUP BY r.asset_id
       )
       SELECT x.id, x.industries, x.products, x.journey_phases::text[] AS "journeyPhases", x.buyer_roles AS "buyerRoles",
              x.reuse_count AS "reuseCount", x.published_at AS "publishedAt",
              coalesce(u.deals, 0) AS "dealsUsedIn", coalesce(u.won, 0) AS won, c.total AS "closedDeals", c.won AS "closedWon"
         FROM assets x CROSS JOIN closed c LEFT JOIN usage u ON u.asset_id = x.id
        WHERE x.status = 'PUBLISHED' AND ${visible}
          AND NOT EXISTS (SELECT 1 FROM reuse_events r WHERE r.asset_id = x.id AND r.deal_id = $1 AND r.kind = 'USED_IN_DEAL')
          AND NOT EXISTS (SELECT 1 FROM win_loss_analyses w WHERE w.asset_id = x.id AND w.deal_id = $1)`,
      params,
    );
  }
}
