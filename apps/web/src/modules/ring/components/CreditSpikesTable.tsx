import { Anchor, List, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { CreditSpikeRow } from '../hooks/useReviewFlags';
import { PersonLink } from './PersonLink';
import { EmptyTableRow } from '../../../ui/TableCells';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

const utcDay = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });

/** Each flagged day with the events that made it: who acted, on which asset, for how many points. */
export function CreditSpikesTable({
  spikes,
  emptyMessage,
}: {
  spikes: readonly CreditSpikeRow[];
  emptyMessage: string;
}) {
  const phone = usePhoneLayout();
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 720}>
      <Table
        className={`${keyColumns.wrap} ${keyColumns.hide4} ${keyColumns.hide5}`}
        aria-label="Credit spikes"
        verticalSpacing="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Day (UTC)</Table.Th>
            <Table.Th ta="right">Points</Table.Th>
            <Table.Th ta="right">Usual day</Table.Th>
            <Table.Th>Events that made it</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {spikes.length === 0 ? (
            <EmptyTableRow colSpan={5}>{emptyMessage}</EmptyTableRow>
          ) : (
            spikes.map((spike) => (
              <Table.Tr key={`${spike.user.id}:${spike.day}`} data-testid="credit-spike-row">
                <Table.Td>
                  <PersonLink person={spike.user} />
                </Table.Td>
                <Table.Td>{utcDay(spike.day)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {spike.points}
                </Table.Td>
                <Table.Td ta="right">{spike.medianPoints}</Table.Td>
                <Table.Td>
                  <List size="sm" spacing={2}>
                    {spike.events.map((event) => (
                      <List.Item key={event.eventId}>
                        {event.points} pts · {event.kind.toLowerCase().replace(/_/g, ' ')}
                        {event.actor ? (
                          <>
                            {' by '}
                            <PersonLink person={event.actor} />
                          </>
                        ) : null}
                        {event.asset ? (
                          <>
                            {' on '}
                            <Anchor component={Link} to={`/assets/${event.asset.id}`} size="sm">
                              {event.asset.title}
                            </Anchor>
                          </>
                        ) : null}
                      </List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
