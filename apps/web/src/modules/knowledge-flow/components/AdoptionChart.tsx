import { AreaChart } from '@mantine/charts';
import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { ChartFigure } from '../../../ui/ChartFigure';
import { percentOf } from '../flow-format';
import type { KnowledgeFlow } from '../hooks/useKnowledgeFlow';

const LEVELS = [
  { name: 'contributing', label: 'Contributing', color: 'teal.7' },
  { name: 'participating', label: 'Participating', color: 'orange.6' },
  { name: 'sharing', label: 'Sharing', color: 'blue.6' },
  { name: 'none', label: 'None', color: 'gray.4' },
] as const;

const monthLabel = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });

interface AdoptionChartProps {
  teams: KnowledgeFlow['teams'];
  adoption: KnowledgeFlow['adoption'];
}

/** One team's people by their highest engagement level each month, as stacked areas of 100 %. */
export function AdoptionChart({ teams, adoption }: AdoptionChartProps) {
  const withRows = teams.filter((t) => adoption.some((a) => a.teamId === t.id));
  const [chosen, setChosen] = useState<string | null>(null);
  const teamId = withRows.some((t) => t.id === chosen) ? chosen! : (withRows[0]?.id ?? null);
  const rows = adoption.filter((a) => a.teamId === teamId);
  const data = rows.map((row) => ({
    month: monthLabel(row.month),
    contributing: percentOf(row.contributing, row.people),
    participating: percentOf(row.participating, row.people),
    sharing: percentOf(row.sharing, row.people),
    none: percentOf(row.none, row.people),
  }));
  const last = rows[rows.length - 1];
  const name = withRows.find((t) => t.id === teamId)?.name ?? '';
  const summary = last
    ? `${name}: in ${monthLabel(last.month)}, ${percentOf(last.people - last.none, last.people)}% of ${last.people} people took part (${percentOf(last.contributing, last.people)}% contributing).`
    : 'No team has people yet.';
  return (
    <Stack gap="sm">
      {withRows.length > 1 ? (
        <Select
          label="Team"
          size="sm"
          w={260}
          maw="100%"
          allowDeselect={false}
          value={teamId}
          onChange={setChosen}
          data={withRows.map((t) => ({ value: t.id, label: t.name }))}
          data-testid="adoption-team"
        />
      ) : null}
      <ChartFigure
        summary={summary}
        table={{
          columns: ['Month', 'People', ...LEVELS.map((l) => l.label)],
          rows: rows.map((row) => [
            monthLabel(row.month),
            row.people,
            `${percentOf(row.contributing, row.people)}%`,
            `${percentOf(row.participating, row.people)}%`,
            `${percentOf(row.sharing, row.people)}%`,
            `${percentOf(row.none, row.people)}%`,
          ]),
        }}
        data-testid="adoption-chart"
      >
        <AreaChart
          h={240}
          data={data}
          dataKey="month"
          type="percent"
          series={LEVELS.map((l) => ({ name: l.name, label: l.label, color: l.color }))}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          valueFormatter={(value) => `${value}%`}
          tickLine="none"
          fillOpacity={0.75}
          withDots={false}
          curveType="linear"
        />
      </ChartFigure>
    </Stack>
  );
}
