import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack } from '@mantine/core';
import { ChartFigure } from '../../../ui/ChartFigure';
import { quarterTimeline } from '../chart-groups';
import { formatRate } from '../win-loss-labels';
import { MIN_CLOSED_DEALS, dealCount, rateOfDeals } from '../win-loss-sample';
import { BaselineKey } from './WinRateChart';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { WinLossTooltip, tooltipGroup } from './WinLossTooltip';

interface WinRateTrendChartProps {
  /** Groups by fiscal quarter, oldest first. */
  quarters: readonly WinLossGroup[];
  baseline: number | null;
  baselineDeals: number;
}

/** "FY2026 Q4" as people say it: "Q4 2026" (a fiscal year that starts in January is the calendar year). */
export function quarterLabel(key: string): string {
  const match = /^FY(\d{4}) Q([1-4])$/.exec(key);
  return match ? `Q${match[2]} ${match[1]}` : key;
}

/** Win rate per fiscal quarter, with the rate over the whole range as a dashed line. */
export function WinRateTrendChart({ quarters, baseline, baselineDeals }: WinRateTrendChartProps) {
  const data = quarterTimeline(quarters.filter((group) => group.won + group.lost > 0)).map(({ key, group }) => ({
    key,
    // Quarters without closed deals have no rate: the line breaks there; so do quarters under the minimum sample.
    winRate: group && group.won + group.lost >= MIN_CLOSED_DEALS ? Math.round((group.winRate ?? 0) * 1000) / 10 : null,
    group: group ?? undefined,
  }));
  const rated = data.filter((datum) => datum.winRate !== null);
  const summary =
    rated.length === 0
      ? `No quarter has ${MIN_CLOSED_DEALS} or more closed deals to rate.`
      : `Win rate in ${rated.length} quarters with at least ${MIN_CLOSED_DEALS} closed deals, from ${quarterLabel(rated[0].key)} (${rateOfDeals(rated[0].group?.winRate, (rated[0].group?.won ?? 0) + (rated[0].group?.lost ?? 0))}) to ${quarterLabel(rated[rated.length - 1].key)} (${rateOfDeals(rated[rated.length - 1].group?.winRate, (rated[rated.length - 1].group?.won ?? 0) + (rated[rated.length - 1].group?.lost ?? 0))})${baseline === null ? '' : `; ${formatRate(baseline, true)} over all ${dealCount(baselineDeals)}`}.`;
  return (
    <Stack gap="sm">
      <ChartFigure
        summary={summary}
        table={{
          columns: ['Quarter', 'Win rate', 'Won', 'Lost'],
          rows: data.map((datum) => [
            quarterLabel(datum.key),
            datum.group && datum.group.won + datum.group.lost >= MIN_CLOSED_DEALS
              ? formatRate(datum.group.winRate, true)
              : datum.group
                ? 'too few deals to rate'
                : 'no closed deals',
            datum.group?.won ?? 0,
            datum.group?.lost ?? 0,
          ]),
        }}
      >
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
          xAxisProps={{ tickFormatter: (value: string) => quarterLabel(value) }}
          tooltipProps={{
            content: ({ payload }) => {
              const group = tooltipGroup(payload);
              return <WinLossTooltip group={group} title={group ? quarterLabel(group.key) : undefined} />;
            },
          }}
          data-testid="win-rate-trend"
        />
      </ChartFigure>
      <BaselineKey rate={baseline} deals={baselineDeals} />
    </Stack>
  );
}
