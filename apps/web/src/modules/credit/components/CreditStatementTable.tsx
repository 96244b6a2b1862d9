import { Anchor, Box, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { PersonLink } from '../../people/components/PersonLink';
import { formatDate, formatDateTime } from '../../../ui/format';
import { formatPoints, pluralize } from '../credit-labels';
import { closingStop, creditReasonSentence } from '../credit-reasons';
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
  /** The person whose statement it is; null when it is the reader's own. */
  ownerName?: string | null;
  ownerId: string;
  viewerId: string;
}

function pointsColor(points: number): string {
  return points > 0 ? 'teal' : points < 0 ? 'red' : 'dimmed';
}

function sameDay(a: string, b: string): boolean {
  return a.slice(0, 10) === b.slice(0, 10);
}

/** The day an entry counts (the statement's order); when it happened earlier, in a closed quarter, that day too. */
function EntryDate({ entry }: { entry: CreditEntryRow }) {
  return (
    <Stack gap={0}>
      <Text
        size="sm"
        title={formatDateTime(entry.bookedAt)}
        style={{ whiteSpace: 'nowrap' }}
        data-testid="credit-entry-date"
        data-booked-at={entry.bookedAt}
      >
        {formatDate(entry.bookedAt)}
      </Text>
      {sameDay(entry.occurredAt, entry.bookedAt) ? null : (
        <Tooltip
          label="It happened in a closed quarter, so it counts in the period it was booked in."
          withArrow
          multiline
          w={240}
        >
          <Text size="xs" c="dimmed">
            happened {formatDate(entry.occurredAt)}
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}

/** What happened, in a sentence, with the asset as a link. */
function EntryReason({
  entry,
  ownerName,
  ownerId,
  viewerId,
}: {
  entry: CreditEntryRow;
  ownerName: string | null;
  ownerId: string;
  viewerId: string;
}) {
  const sentence = creditReasonSentence({
    reason: entry.reason,
    sourceReason: entry.sourceReason,
    actorName: entry.actor?.name ?? null,
    actorIsViewer: entry.actor?.id === viewerId,
    actorIsOwner: entry.actor?.id === ownerId,
    assetTitle: entry.asset?.title ?? null,
    ownerName,
  });
  return (
    <Text size="sm" data-testid="credit-entry-reason">
      {entry.actor && sentence.before.startsWith(entry.actor.name) ? (
        <>
          <PersonLink person={entry.actor} />
          {sentence.before.slice(entry.actor.name.length)}
        </>
      ) : (
        sentence.before
      )}
      {entry.asset && sentence.asset !== null ? (
        <Anchor component={Link} to={`/assets/${entry.asset.id}`} size="sm" fw={600} fs="italic">
          {sentence.asset}
        </Anchor>
      ) : null}
      {sentence.after}
      {closingStop(sentence)}
    </Text>
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
  ownerName = null,
  ownerId,
  viewerId,
}: CreditStatementTableProps) {
  return (
    <Stack gap="md">
      <Table aria-label="Credit statement" verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={{ base: 104, sm: 120 }}>Date</Table.Th>
            <Table.Th w={80} ta="right" visibleFrom="sm">
              Points
            </Table.Th>
            <Table.Th>What happened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 ? (
            <EmptyTableRow colSpan={3} py="lg">
              {emptyMessage}
            </EmptyTableRow>
          ) : (
            entries.map((entry) => (
              <Table.Tr key={entry.id} data-testid="credit-entry">
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <EntryDate entry={entry} />
                </Table.Td>
                <Table.Td ta="right" style={{ verticalAlign: 'top' }} visibleFrom="sm">
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
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Stack gap={4}>
                    {/* On a phone the points lead the entry: a column of their own leaves the sentence no room. */}
                    <Text
                      hiddenFrom="sm"
                      fw={700}
                      size="sm"
                      c={pointsColor(entry.points)}
                      style={{ fontVariantNumeric: 'tabular-nums' }}
                    >
                      {formatPoints(entry.points)} {Math.abs(entry.points) === 1 ? 'point' : 'points'}
                    </Text>
                    <EntryReason entry={entry} ownerName={ownerName} ownerId={ownerId} viewerId={viewerId} />
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
                    <Text size="xs" c="dimmed">
                      {entry.explanation}
                      {entry.generation > 0 ? ` ${pluralize(entry.generation, 'generation')} up the lineage.` : ''}{' '}
                      Scoring policy v{entry.policyVersion}.
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
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
