import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { WinLossDimension } from '../../../generated/graphql';
import { formatCompactAmount } from '../../deal/deal-labels';
import { barChartHeight, labelAxisWidth } from '../chart-groups';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { WinLossTooltip, tooltipGroup } from './WinLossTooltip';

interface WonAmountChartProps {
  groups: readonly WinLossGroup[];
  dimension: WinLossDimension;
}

/** Won (and, where the CRM records it, lost) amount per group, largest first. */
export function WonAmountChart({ groups, dimension }: WonAmountChartProps) {
  const ordered = dimension === 'QUARTER' ? groups : [...groups].sort((a, b) => b.wonAmount - a.wonAmount);
  const withLost = groups.some((group) => group.lostAmount > 0);
  const data = ordered.map((group) => ({
    key: group.key,
    wonAmount: group.wonAmount,
    lostAmount: group.lostAmount,
    group,
  }));
  return (
    <BarChart
      h={barChartHeight(data.length, withLost ? 36 : 30)}
      data={data}
      dataKey="key"
      orientation="vertical"
      series={[
        { name: 'wonAmount', label: 'Won', color: 'teal.6' },
        ...(withLost ? [{ name: 'lostAmount', label: 'Lost', color: 'red.4' }] : []),
      ]}
      yAxisProps={{ width: labelAxisWidth(data.map((datum) => datum.key)), interval: 0 }}
      valueFormatter={formatCompactAmount}
      withLegend={withLost}
      gridAxis="x"
      tickLine="none"
      maxBarWidth={20}
      withBarValueLabel={!withLost}
      tooltipAnimationDuration={120}
      tooltipProps={{ content: ({ payload }) => <WinLossTooltip group={tooltipGroup(payload)} /> }}
      barChartProps={{ margin: { right: 44 } }}
      aria-label="Won amount by group"
      data-testid="won-amount-chart"
    />
  );
}
