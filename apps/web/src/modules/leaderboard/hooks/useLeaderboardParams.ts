import { useUrlParams } from '../../../core/useUrlParams';
import type { LeaderboardMetric } from '../../../generated/graphql';
import { isLeaderboardMetric } from '../leaderboard-labels';

function readLeaderboardParams(params: URLSearchParams) {
  const metric = params.get('metric');
  return {
    metric: isLeaderboardMetric(metric) ? metric : ('CREDIT' satisfies LeaderboardMetric),
    teamId: params.get('team') || null,
    includeInactive: params.get('inactive') === '1',
  };
}

/** Metric, team and whether to include people who left, in the URL next to the period. */
export function useLeaderboardParams() {
  const { values, update } = useUrlParams(readLeaderboardParams, { replace: true });
  return {
    ...values,
    setMetric: (value: LeaderboardMetric) => update({ metric: value }),
    setTeamId: (value: string | null) => update({ team: value }),
    setIncludeInactive: (value: boolean) => update({ inactive: value ? '1' : null }),
  };
}
