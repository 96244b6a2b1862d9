import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { GenerateSql } from '../../core/database/generate-sql.js';
import { ReadDatabase } from '../../core/database/read-database.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { dealFilterConditions } from '../deal/deal.repository.js';
import type { DealFilter } from '../deal/dto/deal-filter.input.js';
import { Role } from '../user/user.entity.js';
import type { LossReasonCountObject } from './dto/loss-reason-count.object.js';
import { WinLossDimension } from './dto/win-loss.args.js';
import type { WinLossRowObject } from './dto/win-loss-row.object.js';
import type { UsageCounts } from './content-influence.util.js';

const FILTER: DealFilter = {
  from: new Date('2026-01-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
  teamId: '00000000-0000-0000-0000-000000000002',
  ownerId: '00000000-0000-0000-0000-000000000001',
  industry: 'Finance',
  product: 'GTX Pro',
};
const VIEWER: Viewer = { id: '00000000-0000-0000-0000-000000000001', role: Role.MEMBER, teamId: null };

// The fiscal quarter of the close date, labelled like @byline/credit's periods: the fiscal year is named by the
// calendar year it ends in, so with an April start, May 2017 is "FY2018 Q1". `start` is the fiscal year's first month.
function fiscalQuarter(start: string): string {
  const shifted = `((d.closed_at AT TIME ZONE 'UTC') - make_interval(months => ${start}::int - 1))`;
  return `'FY' || lpad((extract(year FROM ${shifted})::int + CASE WHEN ${start}::int = 1 THEN 0 ELSE 1 END)::text, 4, '0')
    || ' Q' || extract(quarter FROM ${shifted})::int`;
}

/**
 * The statements of win/loss analytics over the closed deals that match a filter (open deals never count; the
 * from/to filter is on the close date). Each is one query; the last two count only analyses and assets the viewer
 * may see. Groups and reasons sort the same on every PostgreSQL whatever its collation (byte order,
 * case-insensitive first).
 */
@Injectable()
export class WinLossRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Win rates of the closed deals matching the filter, by a dimension; fiscal years start in that month. */
  @GenerateSql(...Object.values(WinLossDimension).map((groupBy) => ({ name: groupBy, params: [groupBy, FILTER, 4] })), {
    name: 'unfiltered',
    params: [WinLossDimension.TEAM, undefined, 1],
  })
  winLoss(
    groupBy: WinLossDimension,
    filter: DealFilter | undefined,
    fiscalYearStartMonth: number,
  ): Promise<WinLossRowObject[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Each dimension's group key and, where names can repeat, the id that tells groups apart. Industries come from
    // CRM exports in any case ("Finance", "finance"): one group each, shown in its most common spelling.
    const group: { key: string; id: string; by?: string } = {
      [WinLossDimension.INDUSTRY]: () => ({
        key: 'mode() WITHIN GROUP (ORDER BY a.industry)',
        by: 'lower(trim(a.industry))',
        id: 'NULL::uuid',
      }),
      [WinLossDimension.PRODUCT]: () => ({ key: 'd.product', id: 'NULL::uuid' }),
      [WinLossDimension.TEAM]: () => ({ key: 't.name', id: 't.id' }),
      [WinLossDimension.OWNER]: () => ({ key: 'u.name', id: 'u.id' }),
      [WinLossDimension.COMPETITOR]: () => ({ key: 'd.competitor', id: 'NULL::uuid' }),
      [WinLossDimension.QUARTER]: () => ({
        key: fiscalQuarter(param(fiscalYearStartMonth)),
        id: 'NULL::uuid',
      }),
    }[groupBy]();
    const conditions = ["d.outcome IN ('WON', 'LOST')", ...dealFilterConditions(filter, params)];
    return this.reads.query<WinLossRowObject[]>(
      `SELECT key, "groupId", won, lost, won::float8 / nullif(won + lost, 0) AS "winRate",
              "wonAmount", "lostAmount", "avgCycleDays"
         FROM (
           SELECT coalesce(${group.key}, '(none)') AS key,
                  ${group.id} AS "groupId",
                  count(*) FILTER (WHERE d.outcome = 'WON')::int AS won,
                  count(*) FILTER (WHERE d.outcome = 'LOST')::int AS lost,
                  coalesce(sum(d.amount) FILTER (WHERE d.outcome = 'WON'), 0)::float8 AS "wonAmount",
                  coalesce(sum(d.amount) FILTER (WHERE d.outcome = 'LOST'), 0)::float8 AS "lostAmount",
                  avg(extract(epoch FROM d.closed_at - d.engaged_at) / 86400)::float8 AS "avgCycleDays"
             FROM deals d
             LEFT JOIN accounts a ON a.id = d.account_id
             LEFT JOIN teams t ON t.id = d.team_id
             LEFT JOIN users u ON u.id = d.owner_id
            WHERE ${conditions.join(' AND ')}
            GROUP BY ${group.by ?? '1'}, 2
         ) grouped
        ORDER BY lower(key) COLLATE "C", key COLLATE "C", "groupId"`,
      params,
    );
  }

  /** Loss reasons cited by the analyses the viewer may see of LOST deals matching the filter, once per deal. */
  @GenerateSql({ params: [VIEWER, FILTER, 10] })
  topLossReasons(viewer: Viewer, filter: DealFilter | undefined, first: number): Promise<LossReasonCountObject[]> {
    const params: unknown[] = [];
    const conditions = ["d.outcome = 'LOST'", ...dealFilterConditions(filter, params)];
    const visible = positional(visibleAssets('x', viewer), params);
    return this.reads.query<LossReasonCountObject[]>(
      `WITH analyses AS (
         SELECT w.deal_id, w.reasons
           FROM win_loss_analyses w
           JOIN deals d ON d.id = w.deal_id
           LEFT JOIN accounts a ON a.id = d.account_id
           JOIN assets x ON x.id = w.asset_id
          WHERE ${conditions.join(' AND ')} AND x.status <> 'DRAFT' AND ${visible}
       ),
       cited AS (SELECT DISTINCT deal_id, reason FROM analyses, unnest(reasons) AS reason)
       SELECT reason, count(*)::int AS count,
              count(*)::float8 / (SELECT count(DISTINCT deal_id) FROM analyses) AS share
         FROM cited
        GROUP BY reason
        ORDER BY count(*) DESC, lower(reason) COLLATE "C", reason COLLATE "C"
        LIMIT $${params.push(first)}`,
      params,
    );
  }

  /**
   * Per asset the viewer may see that was used (deal_asset_uses: a USED_IN_DEAL reuse, or a viewed share link, naming
   * the deal) in closed deals matching the
   * filter: how many of those deals it was used in and won, beside the counts of every closed deal in the filter.
   */
  @GenerateSql({ params: [VIEWER, FILTER] })
  async usageCounts(viewer: Viewer, filter: DealFilter | undefined): Promise<UsageCounts[]> {
    const params: unknown[] = [];
    const conditions = ["d.outcome IN ('WON', 'LOST')", ...dealFilterConditions(filter, params)];
    const visible = positional(visibleAssets('x', viewer), params);
    const rows = await this.reads.query<
      { assetId: string; deals: number; won: number; closed: number; closedWon: number }[]
    >(
      `WITH scope AS (
         SELECT d.id, d.outcome FROM deals d LEFT JOIN accounts a ON a.id = d.account_id
          WHERE ${conditions.join(' AND ')}
       ),
       totals AS (
         SELECT count(*)::int AS closed, count(*) FILTER (WHERE outcome = 'WON')::int AS won FROM scope
       ),
       used AS (
         SELECT r.asset_id, count(DISTINCT s.id)::int AS deals,
                count(DISTINCT s.id) FILTER (WHERE s.outcome = 'WON')::int AS won
           FROM deal_asset_uses r JOIN scope s ON s.id = r.deal_id
          GROUP BY r.asset_id
       )
       SELECT u.asset_id AS "assetId", u.deals, u.won, t.closed, t.won AS "closedWon"
         FROM used u CROSS JOIN totals t JOIN assets x ON x.id = u.asset_id
        WHERE ${visible}`,
      params,
    );
    return rows.map((r) => ({
      assetId: r.assetId,
      dealsUsedIn: r.deals,
      won: r.won,
      closedDeals: r.closed,
      closedWon: r.closedWon,
    }));
  }
}
