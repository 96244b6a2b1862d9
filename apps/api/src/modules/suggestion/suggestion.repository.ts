import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { reviewDueAtSql } from '../verification/review-due.js';
import type { SuggestionCandidate } from './suggestion-score.util.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

/** A candidate as read: what the score sees, with its use in closed deals as columns. */
export type CandidateRow = Omit<SuggestionCandidate, 'usage'> & {
  id: string;
  dealsUsedIn: number;
  won: number;
  closedDeals: number;
  closedWon: number;
};

/** The reads suggestions are ranked from. */
@Injectable()
export class SuggestionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The buyer roles the deal's analyses (those the viewer may see) say were involved. */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID] })
  async buyerRolesOf(viewer: Viewer, dealId: string): Promise<string[]> {
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
   * reuse count, publication date, review due date and its record in the organisation's closed deals.
   */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID] })
  candidates(viewer: Viewer, dealId: string): Promise<CandidateRow[]> {
    const params: unknown[] = [dealId];
    const visible = positional(visibleAssets('x', viewer), params);
    return this.dataSource.query<CandidateRow[]>(
      `WITH closed AS (
         SELECT count(*)::int AS total, count(*) FILTER (WHERE outcome = 'WON')::int AS won
           FROM deals WHERE outcome IN ('WON', 'LOST')
       ),
       usage AS (
         SELECT r.asset_id, count(DISTINCT d.id)::int AS deals, count(DISTINCT d.id) FILTER (WHERE d.outcome = 'WON')::int AS won
           FROM deal_asset_uses r JOIN deals d ON d.id = r.deal_id
          WHERE d.outcome IN ('WON', 'LOST')
          GROUP BY r.asset_id
       )
       SELECT x.id, x.industries, x.products, x.journey_phases::text[] AS "journeyPhases", x.buyer_roles AS "buyerRoles",
              x.reuse_count AS "reuseCount", x.published_at AS "publishedAt",
              ${reviewDueAtSql('x')} AS "reviewDueAt",
              coalesce(u.deals, 0) AS "dealsUsedIn", coalesce(u.won, 0) AS won, c.total AS "closedDeals", c.won AS "closedWon"
         FROM assets x CROSS JOIN closed c LEFT JOIN usage u ON u.asset_id = x.id
        WHERE x.status = 'PUBLISHED' AND ${visible}
          AND NOT EXISTS (SELECT 1 FROM deal_asset_uses r WHERE r.asset_id = x.id AND r.deal_id = $1)
          AND NOT EXISTS (SELECT 1 FROM win_loss_analyses w WHERE w.asset_id = x.id AND w.deal_id = $1)`,
      params,
    );
  }
}
