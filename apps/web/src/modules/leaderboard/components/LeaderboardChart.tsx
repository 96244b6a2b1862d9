import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { LeaderboardMetric } from '../../../generated/graphql';
import { METRIC_LABELS } from '../leaderboard-labels';
import type { LeaderboardRow } from '../hooks/useLeaderboard';

interface LeaderboardChartProps {
  entries: readonly LeaderboardRow[];
  metric: LeaderboardMetric;
  viewerId: string;
}

export const CHART_SIZE = 10;

/** The top ten as horizontal bars; the viewer's bar stands out. */
export function LeaderboardChart({ entries, metric, viewerId }: LeaderboardChartProps) {
  const top = entries.slice(0, CHART_SIZE);
  const data = top.map((entry) => ({
    person: `${entry.rank}. ${entry.user.name}`,
    value: entry.value,
    color: entry.user.id === viewerId ? 'orange.5' : 'indigo.4',
  }));
  return (
    <BarChart
      h={Math.max(120, top.length * 34 + 30)}
      data={data}
      dataKey="person"
      orientation="vertical"
      series={[{ name: 'value', label: METRIC_LABELS[metric].label, color: 'indigo.4' }]}
      yAxisProps={{ width: 150 }}
      gridAxis="x"
      tickLine="none"
      maxBarWidth={22}
      withBarValueLabel
      valueFormatter={(value) => value.toLocaleString()}
      tooltipAnimationDuration={150}
      aria-label="Top ten"
      data-testid="leaderboard-chart"
    />
  );
}
