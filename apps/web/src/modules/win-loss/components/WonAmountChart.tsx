import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { WinLossDimension } from '../../../generated/graphql';
import { ChartFigure } from '../../../ui/ChartFigure';
import { formatAmount, formatCompactAmount } from '../../deal/deal-labels';
import { barChartHeight, labelAxisWidth } from '../chart-groups';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { dealCount } from '../win-loss-sample';
import { WinLossTooltip, tooltipGroup } from './WinLossTooltip';

interface AmountChartProps {
  groups: readonly WinLossGroup[];
  dimension: WinLossDimension;
  /** Won deals only, or lost deals only: the two are never summed or stacked. */
  outcome: 'WON' | 'LOST';
}

/** The summed amount of the won (or the lost) deals per group, largest first. */
export function AmountChart({ groups, dimension, outcome }: AmountChartProps) {
  const won = outcome === 'WON';
  const amountOf = (group: WinLossGroup) => (won ? group.wonAmount : group.lostAmount);
  const countOf = (group: WinLossGroup) => (won ? group.won : group.lost);
  const withDeals = groups.filter((group) => countOf(group) > 0);
  const ordered = dimension === 'QUARTER' ? withDeals : [...withDeals].sort((a, b) => amountOf(b) - amountOf(a));
  const data = ordered.map((group) => ({ key: group.key, amount: amountOf(group), group }));
  const word = won ? 'won' : 'lost';
  const total = data.reduce((sum, datum) => sum + datum.amount, 0);
  const deals = ordered.reduce((sum, group) => sum + countOf(group), 0);
  const largest = data[0];
  const summary = largest
    ? `${formatAmount(total)} ${word} over ${dealCount(deals)} in ${data.length} groups; the most in ${largest.key}, ${formatAmount(largest.amount)}.`
    : `No ${word} deals.`;
  return (
    <ChartFigure
      summary={summary}
      table={{
        columns: ['Group', `${won ? 'Won' : 'Lost'} amount`, `${won ? 'Won' : 'Lost'} deals`],
        rows: ordered.map((group) => [group.key, formatAmount(amountOf(group)), countOf(group)]),
      }}
      data-testid={won ? 'won-amount-figure' : 'lost-amount-figure'}
    >
      <BarChart
        h={barChartHeight(data.length)}
        data={data}
        dataKey="key"
        orientation="vertical"
        series={[{ name: 'amount', label: won ? 'Won amount' : 'Lost amount', color: won ? 'teal.6' : 'red.5' }]}
        xAxisProps={{ tickFormatter: (value: number) => formatCompactAmount(value) }}
        yAxisProps={{ width: labelAxisWidth(data.map((datum) => datum.key)), interval: 0 }}
        valueFormatter={formatCompactAmount}
        gridAxis="x"
        tickLine="none"
        maxBarWidth={20}
        withBarValueLabel
        tooltipAnimationDuration={120}
        tooltipProps={{ content: ({ payload }) => <WinLossTooltip group={tooltipGroup(payload)} /> }}
        barChartProps={{ margin: { right: 52 } }}
        data-testid={won ? 'won-amount-chart' : 'lost-amount-chart'}
      />
    </ChartFigure>
  );
}
