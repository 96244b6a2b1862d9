import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import type { ShareSession } from '../hooks/useShareLinks';
import { formatSeconds } from '../share-format';

/** Seconds per PDF page in one buyer session. Loaded on demand: charts are a large chunk. */
export function PageTimeChart({ pageSeconds }: { pageSeconds: ShareSession['pageSeconds'] }) {
  const data = pageSeconds.map((entry) => ({ page: `p. ${entry.page}`, seconds: entry.seconds }));
  const total = pageSeconds.reduce((sum, entry) => sum + entry.seconds, 0);
  const longest = pageSeconds.reduce<(typeof pageSeconds)[number] | null>(
    (top, entry) => (top === null || entry.seconds > top.seconds ? entry : top),
    null,
  );
  const summary = longest
    ? `Time on each of ${pageSeconds.length} pages, ${formatSeconds(total)} in all; longest on page ${longest.page} (${formatSeconds(longest.seconds)}). ` +
      pageSeconds.map((entry) => `Page ${entry.page}: ${formatSeconds(entry.seconds)}`).join(', ') +
      '.'
    : 'No time on any page.';
  return (
    <Box role="img" aria-label={summary} data-testid="page-time-chart">
      <BarChart
        h={Math.max(90, 28 * data.length + 30)}
        data={data}
        dataKey="page"
        orientation="vertical"
        series={[{ name: 'seconds', label: 'Time on page', color: 'indigo.6' }]}
        valueFormatter={(value) => formatSeconds(value)}
        gridAxis="none"
        withXAxis={false}
        yAxisProps={{ width: 44 }}
        barProps={{ radius: 3 }}
        // Room for the value labels right of the longest bar.
        barChartProps={{ margin: { right: 44 } }}
        withBarValueLabel
        valueLabelProps={{ position: 'right', fontSize: 11 }}
      />
    </Box>
  );
}
