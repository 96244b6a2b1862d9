import { Group, Table } from '@mantine/core';
import type { CreditRingRow } from '../hooks/useReviewFlags';
import { PersonLink } from './PersonLink';
import { EmptyTableRow } from '../../../ui/TableCells';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function CreditRingsTable({ rings, emptyMessage }: { rings: readonly CreditRingRow[]; emptyMessage: string }) {
  const phone = usePhoneLayout();
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 520}>
      <Table className={`${keyColumns.wrap}`} aria-label="Credit rings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>People who mostly credit each other</Table.Th>
            <Table.Th ta="right">Points each way</Table.Th>
            <Table.Th ta="right">Share of what they received</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rings.length === 0 ? (
            <EmptyTableRow colSpan={3}>{emptyMessage}</EmptyTableRow>
          ) : (
            rings.map((ring) => (
              <Table.Tr key={ring.users.map((u) => u.id).join(':')} data-testid="credit-ring-row">
                <Table.Td>
                  <Group gap="xs">
                    {ring.users.map((user) => (
                      <PersonLink key={user.id} person={user} />
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{ring.mutualPoints}</Table.Td>
                <Table.Td ta="right">{percent(ring.share)}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
