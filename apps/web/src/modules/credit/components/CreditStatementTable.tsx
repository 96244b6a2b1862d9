import { Anchor, Box, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { PersonLink } from '../../people/components/PersonLink';
import { formatDate, formatDateTime } from '../../../ui/format';
import { formatPoints, pluralize } from '../credit-labels';
import type { CreditEntryRow } from '../hooks/useCreditStatement';
import { CapMarker, CreditReasonBadge } from './CreditReasonBadge';
import { EmptyTableRow } from '../../../ui/TableCells';

interface CreditStatementTableProps {
  entries: readonly CreditEntryRow[];
  totalCount: number;
  sum: number | null;
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyMessage: string;
}

function pointsColor(points: number): string {
  return points > 0 ? 'teal.8' : points < 0 ? 'red.7' : 'dimmed';
}

function sameDay(a: string, b: string): boolean {
  return a.slice(0, 10) === b.slice(0, 10);
}

function EntryDate({ entry }: { entry: CreditEntryRow }) {
  return (
    <Stack gap={0}>
      <Text size="sm" title={formatDateTime(entry.occurredAt)} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(entry.occurredAt)}
      </Text>
      {sameDay(entry.occurredAt, entry.bookedAt) ? null : (
        <Tooltip
          label="It happened in a closed quarter, so it counts in the period it was booked in."
          withArrow
          multiline
          w={240}
        >
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            booked {formatDate(entry.bookedAt)}
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}

/** Every entry of the statement, explained; the footer ties the listed entries to the total. */
export function CreditStatementTable({
  entries,
  totalCount,
  sum,
  hasNextPage,
  loadingMore,
  onLoadMore,
  emptyMessage,
}: CreditStatementTableProps) {
  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={980}>
        <Table aria-label="Credit statement" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Date</Table.Th>
              <Table.Th w={80} ta="right">
                Points
              </Table.Th>
              <Table.Th w={170}>Reason</Table.Th>
              <Table.Th w={240}>Asset</Table.Th>
              <Table.Th w={140}>By</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.length === 0 ? (
              <EmptyTableRow colSpan={6} py="lg">
                {emptyMessage}
              </EmptyTableRow>
            ) : (
              entries.map((entry) => (
                <Table.Tr key={entry.id} data-testid="credit-entry">
                  <Table.Td>
                    <EntryDate entry={entry} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text
                      fw={700}
                      size="sm"
                      c={pointsColor(entry.points)}
                      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                      data-testid="credit-entry-points"
                    >
                      {formatPoints(entry.points)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={4} wrap="wrap">
                      <CreditReasonBadge reason={entry.reason} />
                      {entry.capped ? (
                        <CapMarker
                          cap={entry.capped.cap}
                          grossPoints={entry.capped.grossPoints}
                          points={entry.points}
                        />
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {entry.asset ? (
                      <Anchor component={Link} to={`/assets/${entry.asset.id}`} size="sm" lineClamp={2}>
                        {entry.asset.title}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Not visible to you
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {entry.actor ? <PersonLink person={entry.actor} /> : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dark.4">
                      {entry.explanation}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Rule {entry.rule} · policy v{entry.policyVersion}
                      {entry.generation > 0 ? ` · ${pluralize(entry.generation, 'generation')} up the lineage` : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {totalCount > 0 ? (
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed" data-testid="statement-count">
            Showing {entries.length.toLocaleString()} of {pluralize(totalCount, 'entry', 'entries')}
            {sum !== null ? (
              <>
                {' '}
                · all of them add up to{' '}
                <Box component="strong" c="dark.7">
                  {formatPoints(sum)}
                </Box>
              </>
            ) : null}
          </Text>
          {hasNextPage ? (
            <Button variant="default" size="sm" loading={loadingMore} onClick={onLoadMore}>
              Load more
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
