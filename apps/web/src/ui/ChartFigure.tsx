import { Box, Button, Stack, Table } from '@mantine/core';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

interface ChartFigureProps {
  /** One sentence on what the chart shows; screen readers read it in place of the drawing. */
  summary: string;
  /** The data behind the chart, for "Show as table". */
  table: ChartTable;
  children: ReactNode;
  'data-testid'?: string;
}

/** A chart with its text alternatives: a one-sentence summary for the drawing and the data as a table on demand. */
export function ChartFigure({ summary, table, children, 'data-testid': testId }: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <Stack gap={6} miw={0}>
      <Box role="img" aria-label={summary} data-testid={testId} data-summary={summary} miw={0}>
        {children}
      </Box>
      <Button
        variant="subtle"
        size="compact-xs"
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable(!showTable)}
        data-testid="chart-table-toggle"
      >
        {showTable ? 'Hide the table' : 'Show as table'}
      </Button>
      {showTable ? (
        <Table.ScrollContainer minWidth={0} id={tableId}>
          <Table verticalSpacing={4} fz="sm" data-testid="chart-table">
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((column, index) => (
                  <Table.Th key={column} ta={index === 0 ? undefined : 'right'}>
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, rowIndex) => (
                <Table.Tr key={`${String(row[0])}-${rowIndex}`}>
                  {row.map((cell, index) => (
                    <Table.Td key={index} ta={index === 0 ? undefined : 'right'}>
                      {typeof cell === 'number' ? cell.toLocaleString() : cell}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
