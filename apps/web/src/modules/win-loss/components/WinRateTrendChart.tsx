import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { quarterTimeline } from '../chart-groups';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { WinLossTooltip, tooltipGroup } from './WinLossTooltip';

interface WinRateTrendChartProps {
  /** Groups by fiscal quarter, oldest first. */
  quarters: readonly WinLossGroup[];
  baseline: number | null;
}

/** Win rate per fiscal quarter, with the rate over the whole range as a dashed line. */
export function WinRateTrendChart({ quarters, baseline }: WinRateTrendChartProps) {
  const data = quarterTimeline(quarters.filter((group) => group.won + group.lost > 0)).map(({ key, group }) => ({
    key,
    // Quarters without closed deals have no rate: the line breaks there.
    winRate: group ? Math.round((group.winRate ?? 0) * 1000) / 10 : null,
    group: group ?? undefined,
  }));
  return (
    <LineChart
      h={260}
      data={data}
      dataKey="key"
      series={[{ name: 'winRate', label: 'Win rate', color: 'indigo.6' }]}
      yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100], width: 44 }}
      valueFormatter={(value) => `${value}%`}
      referenceLines={
        baseline === null ? [] : [{ y: Math.round(baseline * 1000) / 10, color: 'gray.6', strokeDasharray: '4 4' }]
      }
      strokeWidth={2.5}
      curveType="linear"
      connectNulls={false}
      gridAxis="y"
      tickLine="none"
      dotProps={{ r: 4 }}
      tooltipAnimationDuration={120}
      tooltipProps={{ content: ({ payload }) => <WinLossTooltip group={tooltipGroup(payload)} /> }}
      aria-label="Win rate by quarter"
      data-testid="win-rate-trend"
    />
  );
}
