import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { LeaderboardMetric } from '../../../generated/graphql';
import { ChartFigure } from '../../../ui/ChartFigure';
import { METRIC_LABELS, formatMetricValue } from '../leaderboard-labels';
import { formatOrdinal } from '../rank';
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
  const leader = top[0];
  const viewerRow = top.find((entry) => entry.user.id === viewerId);
  const summary = leader
    ? `The top ${top.length} by ${METRIC_LABELS[metric].label.toLowerCase()}: ${leader.user.name} leads with ${formatMetricValue(metric, leader.value)}` +
      `${viewerRow && viewerRow !== leader ? `; you are ${formatOrdinal(viewerRow.rank)} with ${formatMetricValue(metric, viewerRow.value)}` : ''}.`
    : 'Nobody on the board yet.';
  return (
    <ChartFigure
      summary={summary}
      table={{
        columns: ['Rank', 'Person', METRIC_LABELS[metric].column],
        rows: top.map((entry) => [formatOrdinal(entry.rank), entry.user.name, entry.value]),
      }}
      data-testid="leaderboard-figure"
    >
      <BarChart
        h={Math.max(120, top.length * 34 + 30)}
        data={data}
        dataKey="person"
        orientation="vertical"
        series={[{ name: 'value', label: METRIC_LABELS[metric].label, color: 'indigo.4' }]}
        yAxisProps={{ width: 150 }}
        // Counts are whole: no "2.5 reuses" on the axis.
        xAxisProps={{ allowDecimals: false }}
        gridAxis="x"
        tickLine="none"
        maxBarWidth={22}
        withBarValueLabel
        valueFormatter={(value) => value.toLocaleString()}
        tooltipAnimationDuration={150}
        data-testid="leaderboard-chart"
      />
    </ChartFigure>
  );
}
