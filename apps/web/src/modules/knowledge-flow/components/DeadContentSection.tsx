import { BarChart } from '@mantine/charts';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ASSET_KINDS, ASSET_KIND_LABELS } from '../../asset/asset-labels';
import { ChartFigure } from '../../../ui/ChartFigure';
import { formatDate } from '../../../ui/format';
import type { KnowledgeFlow } from '../hooks/useKnowledgeFlow';

const KIND_COLORS = { ENABLEMENT: 'indigo.6', BEST_PRACTICE: 'teal.6', WIN_LOSS: 'orange.6', CLIENT_FACING: 'grape.6' };

interface DeadContentSectionProps {
  teams: KnowledgeFlow['teams'];
  dead: KnowledgeFlow['deadContent'];
}

/** Dead content by team as bars stacked by kind, and the list of the longest-published, each a link to the asset. */
export function DeadContentSection({ teams, dead }: DeadContentSectionProps) {
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name ?? 'No team';
  const byTeam = new Map<string, Record<string, number | string>>();
  for (const row of dead.byTeamAndKind) {
    const name = teamName(row.teamId);
    const datum = byTeam.get(name) ?? { team: name };
    datum[row.kind] = ((datum[row.kind] as number | undefined) ?? 0) + row.count;
    byTeam.set(name, datum);
  }
  const data = [...byTeam.values()];
  const kinds = ASSET_KINDS.filter((kind) => dead.byTeamAndKind.some((row) => row.kind === kind));
  const summary = `${dead.total.toLocaleString()} published assets had no reuse in the last 90 days, across ${data.length} teams.`;
  return (
    <Stack gap="md">
      <ChartFigure
        summary={summary}
        table={{
          columns: ['Team', ...kinds.map((k) => ASSET_KIND_LABELS[k])],
          rows: data.map((d) => [String(d.team), ...kinds.map((k) => Number(d[k] ?? 0))]),
        }}
        data-testid="dead-content-chart"
      >
        <BarChart
          h={Math.max(160, data.length * 44 + 40)}
          data={data}
          dataKey="team"
          type="stacked"
          orientation="vertical"
          series={kinds.map((kind) => ({ name: kind, label: ASSET_KIND_LABELS[kind], color: KIND_COLORS[kind] }))}
          yAxisProps={{ width: 130, interval: 0 }}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          gridAxis="x"
          tickLine="none"
          maxBarWidth={24}
        />
      </ChartFigure>
      {dead.assets.length ? (
        <Table.ScrollContainer minWidth={0}>
          <Table fz="sm" verticalSpacing={6} data-testid="dead-content-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asset</Table.Th>
                <Table.Th>Published</Table.Th>
                <Table.Th>Last reused</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dead.assets.map((asset) => (
                <Table.Tr key={asset.id} data-testid="dead-asset">
                  <Table.Td>
                    <Anchor component={Link} to={`/assets/${asset.id}`} size="sm">
                      {asset.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {ASSET_KIND_LABELS[asset.kind]} · {teamName(asset.teamId)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(asset.publishedAt)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {asset.lastReusedAt ? formatDate(asset.lastReusedAt) : 'Never'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          None of the dead assets is one you may open.
        </Text>
      )}
    </Stack>
  );
}
