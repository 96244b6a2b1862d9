import { useQuery } from '@apollo/client/react';
import { CreditStandingDocument } from '../../../generated/graphql';
import type { PeriodInput } from '../../../generated/graphql';

export interface CreditStanding {
  rank: number;
  value: number;
  /** People on the board. */
  size: number;
}

/**
 * The resolved period and the person's place on the organisation's CREDIT leaderboard for it. The viewer's place is
 * `viewerEntry`; someone else's is looked up in the top 100 (null beyond that, or when they have no credit).
 */
export function useCreditStanding(userId: string, isViewer: boolean, period: PeriodInput) {
  const { data, previousData, loading, error, refetch } = useQuery(CreditStandingDocument, {
    variables: { period, withEntries: !isViewer },
  });
  const current = data ?? previousData;
  const board = current?.leaderboard;
  const entry = isViewer ? board?.viewerEntry : board?.entries?.find((candidate) => candidate.user.id === userId);
  const standing: CreditStanding | null =
    board && entry ? { rank: entry.rank, value: entry.value, size: board.size } : null;

  return {
    period: current?.period ?? null,
    standing,
    boardSize: board?.size ?? null,
    loading: loading && !current,
    error,
    refetch,
  };
}
