import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { ChartFigure } from '../../../ui/ChartFigure';

interface SlideUse {
  slide: number;
  reuses: number;
}

interface SlidesUsedChartProps {
  slidesUsed: readonly SlideUse[];
  /** slide or page. */
  pageLabel: string;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** How many reuses named each slide, in slide order. Loaded on demand: charts are a large chunk. */
export function SlidesUsedChart({ slidesUsed, pageLabel }: SlidesUsedChartProps) {
  const label = capitalised(pageLabel);
  const data = slidesUsed.map((entry) => ({ slide: `${label} ${entry.slide}`, reuses: entry.reuses }));
  const top = slidesUsed.reduce<SlideUse | null>(
    (best, entry) => (best && best.reuses >= entry.reuses ? best : entry),
    null,
  );
  const summary = top
    ? `Reuses that named ${pageLabel}s: ${slidesUsed.map((entry) => `${pageLabel} ${entry.slide}, ${entry.reuses}`).join('; ')}. ` +
      `${label} ${top.slide} is used most.`
    : `No reuse named a ${pageLabel} yet.`;
  return (
    <ChartFigure
      summary={summary}
      table={{ columns: [label, 'Reuses'], rows: slidesUsed.map((entry) => [`${label} ${entry.slide}`, entry.reuses]) }}
      data-testid="slides-used-chart"
    >
      <BarChart
        h={Math.max(90, 26 * data.length + 30)}
        data={data}
        dataKey="slide"
        orientation="vertical"
        series={[{ name: 'reuses', label: 'Reuses', color: 'indigo.5' }]}
        gridAxis="none"
        withXAxis={false}
        yAxisProps={{ width: 64 }}
        xAxisProps={{ allowDecimals: false }}
        tickLine="none"
        maxBarWidth={18}
        barProps={{ radius: 3 }}
        barChartProps={{ margin: { right: 32 } }}
        withBarValueLabel
        valueLabelProps={{ position: 'right', fontSize: 11 }}
        valueFormatter={(value) => value.toLocaleString()}
        tooltipAnimationDuration={150}
      />
    </ChartFigure>
  );
}
