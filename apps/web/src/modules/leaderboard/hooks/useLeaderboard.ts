import { useQuery } from '@apollo/client/react';
import { LeaderboardDocument } from '../../../generated/graphql';
import type { LeaderboardEntryFieldsFragment, LeaderboardMetric, PeriodInput } from '../../../generated/graphql';

export type LeaderboardRow = LeaderboardEntryFieldsFragment;

export const LEADERBOARD_SIZE = 50;

interface LeaderboardOptions {
  period: PeriodInput;
  metric: LeaderboardMetric;
  teamId: string | null;
  includeInactive: boolean;
}

export function useLeaderboard({ period, metric, teamId, includeInactive }: LeaderboardOptions) {
  const { data, previousData, loading, error, refetch } = useQuery(LeaderboardDocument, {
    variables: { period, metric, teamId, first: LEADERBOARD_SIZE, includeInactive },
  });
  const board = (data ?? previousData)?.leaderboard ?? null;
  return { board, loading: loading && !board, refreshing: loading && board !== null, error, refetch };
}
