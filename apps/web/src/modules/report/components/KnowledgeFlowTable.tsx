import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { TeamReportQuery } from '../../../generated/graphql';
import { EmptyTableRow, NumberCell, NumberHeader } from '../../../ui/TableCells';

type Flow = NonNullable<TeamReportQuery['authorshipReport']['knowledgeFlow']>[number];

/** Reuse between the team and each other team in the period, views aside. */
export function KnowledgeFlowTable({ flow }: { flow: readonly Flow[] }) {
  return (
    <Card component="section" aria-labelledby="report-flow-heading" padding="md" data-testid="report-flow">
      <Stack gap="xs">
        <Title order={3} fz="sm" id="report-flow-heading">
          Knowledge flow with other teams
        </Title>
        <Text size="xs" c="dimmed">
          Received: other teams reused this team&apos;s assets. Given: this team reused theirs. Views aside.
        </Text>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Team</Table.Th>
                <NumberHeader>Received</NumberHeader>
                <NumberHeader>Given</NumberHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {flow.length === 0 ? (
                <EmptyTableRow colSpan={3}>No reuse with other teams in this period.</EmptyTableRow>
              ) : (
                flow.map((row) => (
                  <Table.Tr key={row.teamId} data-testid="report-flow-row">
                    <Table.Td>{row.teamName}</Table.Td>
                    <NumberCell>{row.received}</NumberCell>
                    <NumberCell>{row.given}</NumberCell>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
