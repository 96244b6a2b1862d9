import type { LeaderboardMetric } from '../../generated/graphql';

export const LEADERBOARD_METRICS: readonly LeaderboardMetric[] = [
  'CREDIT',
  'REUSES_RECEIVED',
  'CONTRIBUTIONS',
  'WON_DEAL_INFLUENCE',
];

export const METRIC_LABELS: Record<
  LeaderboardMetric,
  { label: string; column: string; unit: [string, string]; hint: string }
> = {
  CREDIT: {
    label: 'Credit',
    column: 'Credit',
    unit: ['point', 'points'],
    hint: 'Credit points earned in the period.',
  },
  REUSES_RECEIVED: {
    label: 'Reuses received',
    column: 'Reuses',
    unit: ['reuse', 'reuses'],
    hint: 'Times other people reused what they author.',
  },
  CONTRIBUTIONS: {
    label: 'Contributions',
    column: 'Published',
    unit: ['asset', 'assets'],
    hint: 'Assets they author that were published.',
  },
  WON_DEAL_INFLUENCE: {
    label: 'Won-deal influence',
    column: 'Won deals',
    unit: ['won deal', 'won deals'],
    hint: 'Won deals in which their assets were used.',
  },
};

export function isLeaderboardMetric(value: string | null): value is LeaderboardMetric {
  return value !== null && (LEADERBOARD_METRICS as readonly string[]).includes(value);
}

export function formatMetricValue(metric: LeaderboardMetric, value: number): string {
  const [one, many] = METRIC_LABELS[metric].unit;
  return `${value.toLocaleString()} ${value === 1 ? one : many}`;
}
