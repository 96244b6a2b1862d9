import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box, Group, Stack, Text } from '@mantine/core';
import type { WinLossDimension } from '../../../generated/graphql';
import { ChartFigure } from '../../../ui/ChartFigure';
import { barChartHeight, labelAxisWidth } from '../chart-groups';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { formatRate } from '../win-loss-labels';
import { MIN_CLOSED_DEALS, dealCount, rateOfDeals } from '../win-loss-sample';
import { WinLossTooltip, tooltipGroup } from './WinLossTooltip';

interface WinRateChartProps {
  /** Groups with enough closed deals to rate. */
  groups: readonly WinLossGroup[];
  /** Groups under the minimum sample: listed apart, never ranked. */
  tooFew: readonly WinLossGroup[];
  dimension: WinLossDimension;
  /** The win rate over all closed deals, drawn as a line. */
  baseline: number | null;
  baselineDeals: number;
}

/** The line's key, under the chart: a label on the line itself would sit on the bars' labels. */
export function BaselineKey({ rate, deals }: { rate: number | null; deals: number }) {
  if (rate === null) {
    return null;
  }
  return (
    <Group gap={6} wrap="nowrap" data-testid="baseline-key">
      <Box w={18} h={0} style={{ borderTop: '2px dashed var(--mantine-color-gray-7)', flexShrink: 0 }} />
      <Text size="xs" c="dimmed">
        All these deals: {rateOfDeals(rate, deals, true)}
      </Text>
    </Group>
  );
}

/** Win rate per group as horizontal bars, highest first, against the rate over all the deals (dashed). */
export function WinRateChart({ groups, tooFew, dimension, baseline, baselineDeals }: WinRateChartProps) {
  const ordered = dimension === 'QUARTER' ? groups : [...groups].sort((a, b) => (b.winRate ?? 0) - (a.winRate ?? 0));
  const data = ordered.map((group) => ({
    key: group.key,
    winRate: Math.round((group.winRate ?? 0) * 1000) / 10,
    rateLabel: rateOfDeals(group.winRate, group.won + group.lost),
    group,
  }));
  const baselinePercent = baseline === null ? null : Math.round(baseline * 1000) / 10;
  const best = data[0];
  const summary =
    data.length === 0
      ? `No group has ${MIN_CLOSED_DEALS} or more closed deals to rate.`
      : `Win rate of ${data.length} groups with at least ${MIN_CLOSED_DEALS} closed deals, highest ${best.key} at ${best.rateLabel}` +
        `${baseline === null ? '' : `, against ${formatRate(baseline, true)} over all ${dealCount(baselineDeals)}`}.` +
        `${tooFew.length > 0 ? ` ${tooFew.length} more have too few deals to rate.` : ''}`;
  return (
    <Stack gap="sm">
      {data.length > 0 ? (
        <ChartFigure
          summary={summary}
          table={{
            columns: ['Group', 'Win rate', 'Won', 'Lost'],
            rows: data.map((datum) => [
              datum.key,
              formatRate(datum.group.winRate, true),
              datum.group.won,
              datum.group.lost,
            ]),
          }}
        >
          <BarChart
            h={barChartHeight(data.length)}
            data={data}
            dataKey="key"
            orientation="vertical"
            series={[{ name: 'winRate', label: 'Win rate', color: 'indigo.6' }]}
            xAxisProps={{
              domain: [0, 100],
              ticks: [0, 25, 50, 75, 100],
              tickFormatter: (value: number) => `${value}%`,
            }}
            yAxisProps={{ width: labelAxisWidth(data.map((datum) => datum.key)), interval: 0 }}
            valueFormatter={(value) => `${value}%`}
            // A white halo keeps the label readable where the dashed line runs under it.
            valueLabelProps={{
              dataKey: 'rateLabel',
              formatter: (value: unknown) => String(value),
              stroke: 'white',
              strokeWidth: 4,
              paintOrder: 'stroke',
              fill: 'var(--mantine-color-dark-6)',
            }}
            referenceLines={
              baselinePercent === null ? [] : [{ x: baselinePercent, color: 'gray.7', strokeDasharray: '4 4' }]
            }
            gridAxis="x"
            tickLine="none"
            maxBarWidth={20}
            withBarValueLabel
            tooltipAnimationDuration={120}
            tooltipProps={{ content: ({ payload }) => <WinLossTooltip group={tooltipGroup(payload)} /> }}
            barChartProps={{ margin: { top: 4, right: 96 } }}
            data-testid="win-rate-chart"
          />
        </ChartFigure>
      ) : (
        <Text size="sm" c="dimmed" data-testid="win-rate-none">
          {summary}
        </Text>
      )}
      <BaselineKey rate={baseline} deals={baselineDeals} />
      {tooFew.length > 0 ? <TooFewDeals groups={tooFew} /> : null}
    </Stack>
  );
}

/** The groups under the minimum sample, with their counts and no rate, greyed apart from the chart. */
export function TooFewDeals({ groups }: { groups: readonly WinLossGroup[] }) {
  const ordered = [...groups].sort((a, b) => b.won + b.lost - (a.won + a.lost) || a.key.localeCompare(b.key));
  return (
    <Box
      component="section"
      aria-labelledby="too-few-heading"
      p="sm"
      bg="gray.0"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      data-testid="too-few-deals"
    >
      <Text size="xs" fw={650} c="dimmed" id="too-few-heading">
        Too few deals to rate (under {MIN_CLOSED_DEALS} closed)
      </Text>
      <Text component="ul" size="xs" c="dimmed" m={0} p={0} style={{ listStyle: 'none' }}>
        {ordered.map((group) => (
          <Box component="li" key={group.groupId ?? group.key} display="inline" data-testid="too-few-group">
            {group.key}: {group.won.toLocaleString()} won, {group.lost.toLocaleString()} lost
            {group === ordered[ordered.length - 1] ? '' : ' · '}
          </Box>
        ))}
      </Text>
    </Box>
  );
}
