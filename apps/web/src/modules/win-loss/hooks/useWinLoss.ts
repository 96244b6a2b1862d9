import { useQuery } from '@apollo/client/react';
import { WinLossDocument } from '../../../generated/graphql';
import type { DealFilter, WinLossDimension, WinLossQuery } from '../../../generated/graphql';

export type WinLossGroup = WinLossQuery['winLoss'][number];

/** Closed deals grouped by one dimension: won, lost, win rate, amounts and cycle time per group. */
export function useWinLoss(groupBy: WinLossDimension, filter: DealFilter) {
  const { data, previousData, loading, error, refetch } = useQuery(WinLossDocument, {
    variables: { groupBy, filter },
    fetchPolicy: 'cache-and-network',
  });
  return {
    groups: (data ?? previousData)?.winLoss ?? [],
    loading: loading && data === undefined,
    stale: data === undefined && previousData !== undefined,
    error,
    refetch,
  };
}
