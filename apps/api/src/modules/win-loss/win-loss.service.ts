import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { dealFilterConditions } from '../deal/deal-filter.util.js';
import type { DealFilter } from '../deal/dto/deal-filter.input.js';
import { WinLossDimension } from './dto/win-loss.args.js';
import type { WinLossRowObject } from './dto/win-loss-row.object.js';

// The fiscal quarter of the close date, labelled like @byline/credit's periods: the fiscal year is named by the
// calendar year it ends in, so with an April start, May 2017 is "FY2018 Q1". `start` is the fiscal year's first month.
function fiscalQuarter(start: string): string {
  const shifted = `((d.closed_at AT TIME ZONE 'UTC') - make_interval(months => ${start}::int - 1))`;
  return `'FY' || lpad((extract(year FROM ${shifted})::int + CASE WHEN ${start}::int = 1 THEN 0 ELSE 1 END)::text, 4, '0')
    || ' Q' || extract(quarter FROM ${shifted})::int`;
}

/**
 * Win/loss analytics: one GROUP BY over the closed deals that match the filter. Open deals never count; the
 * from/to filter is on the close date. Groups sort by key (byte order, case-insensitive first), the same on
 * every PostgreSQL whatever its collation.
 */
@Injectable()
export class WinLossService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async winLoss(groupBy: WinLossDimension, filter?: DealFilter): Promise<WinLossRowObject[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Each dimension's group key and, where names can repeat, the id that tells groups apart.
    const group = {
      [WinLossDimension.INDUSTRY]: () => ({ key: 'a.industry', id: 'NULL::uuid' }),
      [WinLossDimension.PRODUCT]: () => ({ key: 'd.product', id: 'NULL::uuid' }),
      [WinLossDimension.TEAM]: () => ({ key: 't.name', id: 't.id' }),
      [WinLossDimension.OWNER]: () => ({ key: 'u.name', id: 'u.id' }),
      [WinLossDimension.COMPETITOR]: () => ({ key: 'd.competitor', id: 'NULL::uuid' }),
      [WinLossDimension.QUARTER]: () => ({ key: fiscalQuarter(param(this.config.fiscalYearStartMonth)), id: 'NULL::uuid' }),
    }[groupBy]();
    const conditions = ["d.outcome IN ('WON', 'LOST')", ...dealFilterConditions(filter, params)];
    return this.dataSource.query<WinLossRowObject[]>(
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
            GROUP BY 1, 2
         ) grouped
        ORDER BY lower(key) COLLATE "C", key COLLATE "C", "groupId"`,
      params,
    );
  }
}
