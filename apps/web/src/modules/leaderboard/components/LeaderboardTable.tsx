import { Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { PersonLink } from '../../people/components/PersonLink';
import type { LeaderboardMetric } from '../../../generated/graphql';
import { USER_STATUS_LABELS } from '../../user/user-labels';
import { METRIC_LABELS } from '../leaderboard-labels';
import type { LeaderboardRow } from '../hooks/useLeaderboard';
import { EmptyTableRow } from '../../../ui/TableCells';

interface LeaderboardTableProps {
  entries: readonly LeaderboardRow[];
  viewerEntry: LeaderboardRow | null;
  metric: LeaderboardMetric;
  viewerId: string;
  /** Whose credit statement the viewer may open (their own, their teams', everyone's for admins). */
  canOpenCredit: (row: LeaderboardRow) => boolean;
  emptyMessage: string;
}

function isTie(entries: readonly LeaderboardRow[], index: number): boolean {
  const rank = entries[index]?.rank;
  return entries[index - 1]?.rank === rank || entries[index + 1]?.rank === rank;
}

function Row({
  entry,
  tie,
  isViewer,
  canOpen,
}: {
  entry: LeaderboardRow;
  tie: boolean;
  isViewer: boolean;
  canOpen: boolean;
}) {
  return (
    <Table.Tr
      data-testid={isViewer ? 'leaderboard-viewer-row' : 'leaderboard-row'}
      aria-current={isViewer ? 'true' : undefined}
      bg={isViewer ? 'orange.0' : undefined}
      style={isViewer ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-orange-5)' } : undefined}
    >
      <Table.Td fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {tie ? (
          <Tooltip label="Tied: equal values share a rank" withArrow>
            <span>{entry.rank}=</span>
          </Tooltip>
        ) : (
          entry.rank
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="wrap">
          {canOpen ? (
            <Anchor component={Link} to={`/people/${entry.user.id}/credit`} size="sm" fw={isViewer ? 700 : 500}>
              {entry.user.name}
            </Anchor>
          ) : (
            <PersonLink person={entry.user} size="sm" fw={isViewer ? 700 : 500} inherit={false} />
          )}
          {isViewer ? (
            <Badge size="xs" color="orange" variant="filled" radius="sm">
              You
            </Badge>
          ) : null}
          {entry.user.status !== 'ACTIVE' ? (
            <Badge size="xs" color="gray" variant="light" radius="sm">
              {USER_STATUS_LABELS[entry.user.status]}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" c={entry.user.team ? undefined : 'dimmed'}>
          {entry.user.team?.name ?? 'No team'}
        </Text>
      </Table.Td>
      <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {entry.value.toLocaleString()}
      </Table.Td>
    </Table.Tr>
  );
}

/** Ranks 1–50; the viewer's row is highlighted, and added below when they rank further down. */
export function LeaderboardTable({
  entries,
  viewerEntry,
  metric,
  viewerId,
  canOpenCredit,
  emptyMessage,
}: LeaderboardTableProps) {
  const viewerListed = entries.some((entry) => entry.user.id === viewerId);
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table aria-label="Leaderboard" data-testid="leaderboard-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={{ base: 56, sm: 80 }}>Rank</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th visibleFrom="sm">Team</Table.Th>
            <Table.Th ta="right" w={{ base: 80, sm: 130 }}>
              {METRIC_LABELS[metric].column}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 ? (
            <EmptyTableRow colSpan={4}>{emptyMessage}</EmptyTableRow>
          ) : (
            entries.map((entry, index) => (
              <Row
                key={entry.user.id}
                entry={entry}
                tie={isTie(entries, index)}
                isViewer={entry.user.id === viewerId}
                canOpen={canOpenCredit(entry)}
              />
            ))
          )}
          {viewerEntry && !viewerListed ? (
            <>
              <Table.Tr aria-hidden>
                <Table.Td colSpan={4} ta="center" c="dimmed" py={2}>
                  ⋯
                </Table.Td>
              </Table.Tr>
              <Row entry={viewerEntry} tie={false} isViewer canOpen />
            </>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
