import { Box, Table, Text } from '@mantine/core';
import type { KnowledgeFlow } from '../hooks/useKnowledgeFlow';
import { formatReuses } from '../flow-format';

// Indigo shades from the lightest up; 6 is left out: neither black nor white text reads well enough on it.
const SHADES = [0, 1, 2, 3, 4, 5, 7, 8, 9] as const;

/** The shade of a cell at this share of the largest flow (white text from shade 7 on). */
function shade(strength: number): number {
  return SHADES[Math.min(SHADES.length - 1, Math.floor(strength * SHADES.length))];
}

interface ReuseMatrixProps {
  teams: KnowledgeFlow['teams'];
  cells: KnowledgeFlow['reuseMatrix'];
}

/**
 * Who learns from whom, as a heat-map table: a row per reusing team, a column per authoring team, each cell shaded
 * in a darker shade the larger its share of the largest flow. A table, so screen readers read it by row and column headers.
 */
export function ReuseMatrix({ teams, cells }: ReuseMatrixProps) {
  const value = new Map(cells.map((c) => [`${c.reusingTeamId}:${c.authoringTeamId}`, c]));
  const max = Math.max(0, ...cells.map((c) => c.reuses));
  const authoring = teams.filter((t) => cells.some((c) => c.authoringTeamId === t.id));
  const reusing = teams.filter((t) => cells.some((c) => c.reusingTeamId === t.id));
  return (
    <Table.ScrollContainer minWidth={Math.max(320, 120 + authoring.length * 96)}>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={6} data-testid="reuse-matrix">
        <Table.Caption>
          Rows: the team of the people who reused. Columns: the team of the authors. Reuses weighted by author share.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <Text span size="xs" c="dimmed">
                Reused by ↓ · from →
              </Text>
            </Table.Th>
            {authoring.map((team) => (
              <Table.Th key={team.id} scope="col" ta="right">
                {team.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reusing.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row">{row.name}</Table.Th>
              {authoring.map((column) => {
                const cell = value.get(`${row.id}:${column.id}`);
                const strength = cell && max > 0 ? cell.reuses / max : 0;
                return (
                  <Table.Td
                    key={column.id}
                    ta="right"
                    data-testid="reuse-matrix-cell"
                    data-from={column.name}
                    data-to={row.name}
                    style={{
                      background: cell ? `var(--mantine-color-indigo-${shade(strength)})` : undefined,
                      color: cell ? (shade(strength) >= 7 ? 'white' : 'var(--mantine-color-black)') : undefined,
                      fontVariantNumeric: 'tabular-nums',
                      fontWeight: row.id === column.id ? 650 : undefined,
                    }}
                    title={cell ? `${cell.events.toLocaleString()} reuse events` : undefined}
                  >
                    {cell ? (
                      formatReuses(cell.reuses)
                    ) : (
                      <Box component="span" c="dimmed">
                        –
                      </Box>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
