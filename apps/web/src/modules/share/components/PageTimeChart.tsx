import { BarChart } from '@mantine/charts';
import type { ShareSession } from '../hooks/useShareLinks';
import { formatSeconds } from '../share-format';

/** Seconds per PDF page in one buyer session. Loaded on demand: charts are a large chunk. */
export function PageTimeChart({ pageSeconds }: { pageSeconds: ShareSession['pageSeconds'] }) {
  const data = pageSeconds.map((entry) => ({ page: `p. ${entry.page}`, seconds: entry.seconds }));
  return (
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
  );
}
