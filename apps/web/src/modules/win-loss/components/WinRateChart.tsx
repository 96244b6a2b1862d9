import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { WinLossDimension } from '../../../generated/graphql';
import { barChartHeight, labelAxisWidth } from '../chart-groups';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { formatRate } from '../win-loss-labels';
import { WinLossTooltip, tooltipGroup } from './WinLossTooltip';

interface WinRateChartProps {
  groups: readonly WinLossGroup[];
  dimension: WinLossDimension;
  /** The win rate over all closed deals, drawn as a line. */
  baseline: number | null;
}

/** Win rate per group as horizontal bars, highest first, against the rate over all the deals (dashed). */
export function WinRateChart({ groups, dimension, baseline }: WinRateChartProps) {
  const ordered = dimension === 'QUARTER' ? groups : [...groups].sort((a, b) => (b.winRate ?? 0) - (a.winRate ?? 0));
  const data = ordered.map((group) => ({
    key: group.key,
    winRate: Math.round((group.winRate ?? 0) * 1000) / 10,
    group,
  }));
  const baselinePercent = baseline === null ? null : Math.round(baseline * 1000) / 10;
  return (
    <BarChart
      h={barChartHeight(data.length)}
      data={data}
      dataKey="key"
      orientation="vertical"
      series={[{ name: 'winRate', label: 'Win rate', color: 'indigo.6' }]}
      xAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
      yAxisProps={{ width: labelAxisWidth(data.map((datum) => datum.key)), interval: 0 }}
      valueFormatter={(value) => `${value}%`}
      referenceLines={
        baselinePercent === null
          ? []
          : [
              {
                x: baselinePercent,
                color: 'gray.7',
                strokeDasharray: '4 4',
                label: `All ${formatRate(baseline, true)}`,
                labelPosition: 'top',
              },
            ]
      }
      gridAxis="x"
      tickLine="none"
      maxBarWidth={20}
      withBarValueLabel
      tooltipAnimationDuration={120}
      tooltipProps={{ content: ({ payload }) => <WinLossTooltip group={tooltipGroup(payload)} /> }}
      barChartProps={{ margin: { top: 18, right: 36 } }}
      aria-label="Win rate by group"
      data-testid="win-rate-chart"
    />
  );
}
