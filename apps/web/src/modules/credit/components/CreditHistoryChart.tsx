import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { PeriodFieldsFragment } from '../../../generated/graphql';
import { creditMonthBars } from '../credit-history';
import type { MonthlyCredit } from '../credit-history';
import { periodLabel } from '../credit-period';
import { ChartFigure } from '../../../ui/ChartFigure';

interface CreditHistoryChartProps {
  points: readonly MonthlyCredit[];
  period: PeriodFieldsFragment | null;
  loading: boolean;
}

function creditHistorySummary(bars: readonly { monthLabel: string; credit: number }[]): string {
  const total = bars.reduce((sum, bar) => sum + bar.credit, 0);
  if (bars.length === 0 || total === 0) {
    return 'No credit in the months shown.';
  }
  const best = bars.reduce((top, bar) => (bar.credit > top.credit ? bar : top));
  const last = bars[bars.length - 1];
  return `${total.toLocaleString()} credit points over ${bars.length} months, the most in ${best.monthLabel} (${best.credit.toLocaleString()}); ${last.monthLabel} so far: ${last.credit.toLocaleString()}.`;
}

/** Credit per month; the months of the period on screen stand out. */
export function CreditHistoryChart({ points, period, loading }: CreditHistoryChartProps) {
  const bars = useMemo(() => creditMonthBars(points, period), [points, period]);
  const data = bars.map((bar) => ({ ...bar, color: bar.inPeriod ? 'indigo.6' : 'indigo.2' }));
  const total = bars.reduce((sum, bar) => sum + bar.credit, 0);

  return (
    <Card component="section" aria-labelledby="credit-history-heading" data-testid="credit-history">
      <Stack gap="md">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={2} fz="md" id="credit-history-heading">
            Credit per month
          </Title>
          <Text size="xs" c="dimmed">
            {period && period.kind !== 'ALL_TIME' ? `Highlighted: ${periodLabel(period)}. ` : ''}
            {total.toLocaleString()} points over {bars.length} months
          </Text>
        </Group>
        {loading ? (
          <Skeleton h={220} />
        ) : (
          <ChartFigure
            summary={creditHistorySummary(bars)}
            table={{ columns: ['Month', 'Credit points'], rows: bars.map((bar) => [bar.monthLabel, bar.credit]) }}
            data-testid="credit-history-figure"
          >
            <BarChart
              h={220}
              data={data}
              dataKey="month"
              series={[{ name: 'credit', label: 'Credit', color: 'indigo.6' }]}
              tickLine="y"
              maxBarWidth={36}
              valueFormatter={(value) => `${value.toLocaleString()} pts`}
              tooltipAnimationDuration={150}
              xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 8 }}
              yAxisProps={{ allowDecimals: false, width: 40, tickFormatter: (value: number) => value.toLocaleString() }}
            />
          </ChartFigure>
        )}
      </Stack>
    </Card>
  );
}
