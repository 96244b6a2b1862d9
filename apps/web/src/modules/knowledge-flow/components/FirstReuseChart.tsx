import { BarChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import { ASSET_KIND_LABELS } from '../../asset/asset-labels';
import { ChartFigure } from '../../../ui/ChartFigure';
import { formatDays } from '../flow-format';
import type { KnowledgeFlow } from '../hooks/useKnowledgeFlow';

/** Time from publication to first reuse: the median per kind, and how the assets fall into bands of time. */
export function FirstReuseChart({ times }: { times: KnowledgeFlow['timeToFirstReuse'] }) {
  const all = times.find((t) => t.kind === null);
  if (!all || all.published === 0) {
    return (
      <Text size="sm" c="dimmed">
        No asset was published in this period.
      </Text>
    );
  }
  const kinds = times.filter((t) => t.kind !== null);
  const data = [
    ...all.bands.map((band) => ({ band: band.label, assets: band.count })),
    { band: 'not reused yet', assets: all.published - all.reused },
  ];
  const summary = `${all.reused.toLocaleString()} of ${all.published.toLocaleString()} assets published in the period were reused; median time to the first reuse ${formatDays(all.medianDays)}.`;
  return (
    <Stack gap="md">
      <Group gap="lg" wrap="wrap" data-testid="first-reuse-medians">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Median, all kinds
          </Text>
          <Text fz={22} fw={700}>
            {formatDays(all.medianDays)}
          </Text>
        </Stack>
        {kinds.map((t) => (
          <Stack gap={0} key={t.kind}>
            <Text size="xs" c="dimmed">
              {ASSET_KIND_LABELS[t.kind!]} ({t.reused}/{t.published})
            </Text>
            <Text fw={650}>{formatDays(t.medianDays)}</Text>
          </Stack>
        ))}
      </Group>
      <ChartFigure
        summary={summary}
        table={{ columns: ['First reuse', 'Assets'], rows: data.map((d) => [d.band, d.assets]) }}
        data-testid="first-reuse-chart"
      >
        <BarChart
          h={data.length * 34 + 30}
          data={data}
          dataKey="band"
          orientation="vertical"
          series={[{ name: 'assets', label: 'Assets', color: 'indigo.6' }]}
          tickLine="none"
          gridAxis="x"
          withBarValueLabel
          maxBarWidth={18}
          yAxisProps={{ width: 110, interval: 0 }}
          barChartProps={{ margin: { right: 32 } }}
        />
      </ChartFigure>
    </Stack>
  );
}
