import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import type { DealFilter } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { barChartHeight, labelAxisWidth } from '../chart-groups';
import { useTopLossReasons } from '../hooks/useTopLossReasons';
import { formatRate } from '../win-loss-labels';
import { ChartCard } from './ChartCard';
import { ChartFigure } from '../../../ui/ChartFigure';

interface TopLossReasonsSectionProps {
  filter: DealFilter;
}

interface ReasonDatum {
  reason: string;
  count: number;
  share: number;
}

/** The reasons analyses of lost deals cite most, as horizontal bars. */
export function TopLossReasonsSection({ filter }: TopLossReasonsSectionProps) {
  const { reasons, loading, error, refetch } = useTopLossReasons(filter);
  const data: ReasonDatum[] = reasons.map((row) => ({ reason: row.reason, count: row.count, share: row.share }));
  return (
    <ChartCard
      id="loss-reasons"
      title="Top loss reasons"
      caption="Lost deals whose win/loss analysis cites each reason (a deal counts once per reason)."
      loading={loading}
      empty={
        error
          ? null
          : data.length === 0
            ? 'No analysis of a lost deal cites a reason yet. Write one from a lost deal’s page.'
            : null
      }
      data-testid="loss-reasons-card"
    >
      {error ? (
        <ErrorNotice error={error} title="Could not load loss reasons" onRetry={() => void refetch()} />
      ) : (
        <ChartFigure
          summary={
            data.length > 0
              ? `${data.length} reasons cited by analyses of lost deals; the most cited is ${data[0].reason}, in ${data[0].count.toLocaleString()} lost ${data[0].count === 1 ? 'deal' : 'deals'} (${formatRate(data[0].share)} of analysed losses).`
              : 'No loss reasons.'
          }
          table={{
            columns: ['Reason', 'Lost deals', 'Share of analysed losses'],
            rows: data.map((datum) => [datum.reason, datum.count, formatRate(datum.share)]),
          }}
        >
          <BarChart
            h={barChartHeight(data.length, 34)}
            data={data}
            dataKey="reason"
            orientation="vertical"
            series={[{ name: 'count', label: 'Lost deals', color: 'red.5' }]}
            yAxisProps={{ width: labelAxisWidth(data.map((datum) => datum.reason)), interval: 0 }}
            xAxisProps={{ allowDecimals: false }}
            gridAxis="x"
            tickLine="none"
            maxBarWidth={20}
            withBarValueLabel
            tooltipAnimationDuration={120}
            tooltipProps={{
              content: ({ payload }) => {
                const datum = payload?.[0]?.payload as ReasonDatum | undefined;
                return datum ? (
                  <Paper px="sm" py={8} shadow="md" radius="md" withBorder data-testid="chart-tooltip">
                    <Text size="sm" fw={650}>
                      {datum.reason}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {datum.count.toLocaleString()} lost {datum.count === 1 ? 'deal' : 'deals'} ·{' '}
                      {formatRate(datum.share)} of analysed losses
                    </Text>
                  </Paper>
                ) : null;
              },
            }}
            barChartProps={{ margin: { right: 32 } }}
            data-testid="loss-reasons-chart"
          />
        </ChartFigure>
      )}
    </ChartCard>
  );
}
