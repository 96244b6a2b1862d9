import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { LeaderboardMetric } from '../../../generated/graphql';
import { isLeaderboardMetric } from '../leaderboard-labels';

/** Metric, team and whether to include people who left, in the URL next to the period. */
export function useLeaderboardParams() {
  const [params, setParams] = useSearchParams();
  const metricParam = params.get('metric');
  const metric: LeaderboardMetric = isLeaderboardMetric(metricParam) ? metricParam : 'CREDIT';
  const teamId = params.get('team') || null;
  const includeInactive = params.get('inactive') === '1';

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null) {
              next.delete(key);
            } else {
              next.set(key, value);
            }
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    metric,
    teamId,
    includeInactive,
    setMetric: (value: LeaderboardMetric) => update({ metric: value }),
    setTeamId: (value: string | null) => update({ team: value }),
    setIncludeInactive: (value: boolean) => update({ inactive: value ? '1' : null }),
  };
}
