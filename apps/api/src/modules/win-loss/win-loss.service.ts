import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import type { DealFilter } from '../deal/dto/deal-filter.input.js';
import type { ContentInfluenceObject } from './dto/content-influence.object.js';
import type { LossReasonCountObject } from './dto/loss-reason-count.object.js';
import type { WinLossDimension } from './dto/win-loss.args.js';
import type { WinLossRowObject } from './dto/win-loss-row.object.js';
import { influenceOf, rankInfluence } from './content-influence.util.js';
import { WinLossRepository } from './win-loss.repository.js';

/**
 * Win/loss analytics over the closed deals that match a filter (open deals never count; the from/to filter is on
 * the close date): win rates grouped by a dimension, the top loss reasons of the analyses, and content influence.
 * Each is one query; the last two count only analyses and assets the viewer may see. Groups and reasons sort the
 * same on every PostgreSQL whatever its collation (byte order, case-insensitive first).
 */
@Injectable()
export class WinLossService {
  constructor(
    private readonly repository: WinLossRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  winLoss(groupBy: WinLossDimension, filter?: DealFilter): Promise<WinLossRowObject[]> {
    return this.repository.winLoss(groupBy, filter, this.config.fiscalYearStartMonth);
  }

  /**
   * The reasons cited by analyses of LOST deals that match the filter, most cited first. A reason counts once per
   * deal however many analyses of it cite it; its share is of the lost deals with at least one analysis. Only
   * analyses the viewer may see (and no drafts) count, so the numbers never reveal what `asset(id)` would refuse.
   */
  topLossReasons(viewer: Viewer, filter: DealFilter | undefined, first: number): Promise<LossReasonCountObject[]> {
    return this.repository.topLossReasons(viewer, filter, first);
  }

  /**
   * Per asset the viewer may see that was used (a USED_IN_DEAL reuse or a viewed share link) in closed deals matching the
   * filter: its deals' win rate against the baseline of the other closed deals in the filter, with a Wilson 95%
   * interval. Below `minClosedDeals` nothing is claimed. Sorted as rankInfluence says.
   */
  async contentInfluence(
    viewer: Viewer,
    filter: DealFilter | undefined,
    minClosedDeals: number,
    first: number,
  ): Promise<ContentInfluenceObject[]> {
    const counts = await this.repository.usageCounts(viewer, filter);
    return rankInfluence(counts.map((c) => influenceOf(c, minClosedDeals))).slice(0, first);
  }
}
