import type { DealFilter, WinLossDimension } from '../../generated/graphql';
import { closedRangeFilter, readClosedRange } from '../deal/deal-params';
import type { ClosedRange } from '../deal/deal-params';
import { isWinLossDimension } from './win-loss-labels';

export interface WinLossParams extends ClosedRange {
  dimension: WinLossDimension;
  teamId: string | null;
  industry: string | null;
  product: string | null;
}

export const DEFAULT_DIMENSION: WinLossDimension = 'INDUSTRY';

export function readWinLossParams(params: URLSearchParams): WinLossParams {
  const by = params.get('by');
  const value = (name: string) => params.get(name)?.trim() || null;
  return {
    dimension: isWinLossDimension(by) ? by : DEFAULT_DIMENSION,
    teamId: value('team'),
    industry: value('industry'),
    product: value('product'),
    ...readClosedRange(params),
  };
}

export function toWinLossFilter(params: WinLossParams): DealFilter {
  return {
    ...(params.teamId ? { teamId: params.teamId } : {}),
    ...(params.industry ? { industry: params.industry } : {}),
    ...(params.product ? { product: params.product } : {}),
    ...closedRangeFilter(params),
  };
}
