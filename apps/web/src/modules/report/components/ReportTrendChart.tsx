import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PerformanceReportFieldsFragment } from '../../../generated/graphql';
import { ChartFigure } from '../../../ui/ChartFigure';

type Trend = NonNullable<PerformanceReportFieldsFragment['trend']>;

const numberOrDash = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toLocaleString(undefined, { maximumFractionDigits: 1 });

export function trendSentence(trend: Trend): string {
  const change =
    trend.change === null || trend.change === undefined
      ? ''
      : trend.change === 0
        ? ', the same as the period before'
        : `, ${Math.abs(trend.change).toLocaleString()} ${trend.change > 0 ? 'more' : 'less'} than the period before`;
  const median =
    trend.teamMedian === null || trend.teamMedian === undefined
      ? ''
      : `; the team median is ${numberOrDash(trend.teamMedian)}`;
  return `${trend.credit.toLocaleString()} credit in the period${change}${median}.`;
}

/** Credit per period (this one and those before), with the team median as a line. */
export function ReportTrendChart({ trend }: { trend: Trend }) {
  const data = trend.points.map((point) => ({
    label: point.label,
    credit: point.credit,
    median: point.teamMedian ?? undefined,
  }));
  const hasMedian = trend.points.some((point) => point.teamMedian !== null && point.teamMedian !== undefined);
  return (
    <Card component="section" aria-labelledby="report-trend-heading" padding="md" data-testid="report-trend">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={3} fz="sm" id="report-trend-heading">
            Credit trend
          </Title>
          <Text size="xs" c="dimmed" data-testid="report-trend-summary">
            {trendSentence(trend)}
          </Text>
        </Group>
        <ChartFigure
          summary={trendSentence(trend)}
          table={{
            columns: ['Period', 'Credit', 'Team median'],
            rows: trend.points.map((point) => [point.label, point.credit, numberOrDash(point.teamMedian)]),
          }}
        >
          <CompositeChart
            h={220}
            data={data}
            dataKey="label"
            withLegend
            maxBarWidth={40}
            series={[
              { name: 'credit', label: 'Credit', color: 'indigo.6', type: 'bar' },
              ...(hasMedian
                ? [{ name: 'median', label: 'Team median', color: 'orange.7', type: 'line' as const }]
                : []),
            ]}
            valueFormatter={(value) => value.toLocaleString(undefined, { maximumFractionDigits: 1 })}
            xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 4 }}
            yAxisProps={{ allowDecimals: false, width: 40 }}
          />
        </ChartFigure>
      </Stack>
    </Card>
  );
}
