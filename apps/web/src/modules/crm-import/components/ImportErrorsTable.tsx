import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { DownloadIcon } from '../../../ui/icons';
import { downloadTextFile, importErrorsCsv, importErrorsFileName } from '../errors-csv';
import type { ImportResult } from '../import-upload';

// Thousands of rows would make the page crawl; the CSV has them all.
const SHOWN_ROWS = 200;

interface ImportErrorsTableProps {
  kind: string;
  fileName: string;
  result: ImportResult;
}

/** The skipped rows: where they are in the file and why, with the full list as CSV. */
export function ImportErrorsTable({ kind, fileName, result }: ImportErrorsTableProps) {
  const { errors, skipped } = result;
  const shown = errors.slice(0, SHOWN_ROWS);
  return (
    <Stack gap="xs" data-testid="import-errors">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Text size="sm" fw={600}>
          {skipped.toLocaleString()} {skipped === 1 ? 'row was' : 'rows were'} skipped; every other row was kept.
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<DownloadIcon size={14} />}
          onClick={() => downloadTextFile(importErrorsFileName(kind, fileName), importErrorsCsv(errors))}
        >
          Download errors (CSV)
        </Button>
      </Group>
      <ScrollArea.Autosize mah={320} type="auto">
        <Table striped highlightOnHover={false} verticalSpacing={6} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Row</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((error, index) => (
              <Table.Tr key={`${error.row}:${index}`} data-testid="import-error-row">
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{error.row}</Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {errors.length > shown.length || skipped > errors.length ? (
        <Text size="xs" c="dimmed">
          Showing the first {shown.length.toLocaleString()}
          {skipped > errors.length ? ` (the server lists the first ${errors.length.toLocaleString()})` : ''}; the CSV
          has every listed row. Rows are numbered as lines of the file, the header being line 1.
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          Rows are numbered as lines of the file, the header being line 1.
        </Text>
      )}
    </Stack>
  );
}
