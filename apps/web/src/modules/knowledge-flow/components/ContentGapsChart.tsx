import { BarChart } from '@mantine/charts';
import { ChartFigure } from '../../../ui/ChartFigure';
import type { KnowledgeFlow } from '../hooks/useKnowledgeFlow';

const LABEL_MAX = 28;

/** The searches that found nothing, most searched first, as horizontal bars labelled with the search text. */
export function ContentGapsChart({ gaps }: { gaps: KnowledgeFlow['contentGaps'] }) {
  const data = gaps.map((gap) => ({
    query: gap.query.length > LABEL_MAX ? `${gap.query.slice(0, LABEL_MAX - 1)}…` : gap.query,
    searches: gap.searches,
  }));
  const top = gaps[0];
  const summary = top
    ? `${gaps.length} searches found nothing; the most frequent, “${top.query}”, ${top.searches.toLocaleString()} times.`
    : 'No search found nothing.';
  return (
    <ChartFigure
      summary={summary}
      table={{
        columns: ['Search', 'Times searched', 'Days'],
        rows: gaps.map((gap) => [gap.query, gap.searches, gap.days]),
      }}
      data-testid="content-gaps-chart"
    >
      <BarChart
        h={Math.max(140, data.length * 32 + 30)}
        data={data}
        dataKey="query"
        orientation="vertical"
        series={[{ name: 'searches', label: 'Searches', color: 'red.7' }]}
        yAxisProps={{ width: 190, interval: 0 }}
        gridAxis="x"
        tickLine="none"
        maxBarWidth={18}
        withBarValueLabel
        barChartProps={{ margin: { right: 32 } }}
      />
    </ChartFigure>
  );
}
