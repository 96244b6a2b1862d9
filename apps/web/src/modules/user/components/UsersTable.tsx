import { Table, Text } from '@mantine/core';
import type { UserRow } from '../hooks/useUsers';
import { ROLE_LABELS } from '../user-labels';
import { UserStatusSelect } from './UserStatusSelect';
import { EmptyTableRow } from '../../../ui/TableCells';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

interface UsersTableProps {
  users: readonly UserRow[];
  emptyMessage: string;
}

export function UsersTable({ users, emptyMessage }: UsersTableProps) {
  const phone = usePhoneLayout();
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 860}>
      <Table
        className={`${keyColumns.wrap} ${keyColumns.hide2} ${keyColumns.hide3} ${keyColumns.hide5}`}
        aria-label="Users"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Team</Table.Th>
            <Table.Th w={140}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.length === 0 ? (
            <EmptyTableRow colSpan={6}>{emptyMessage}</EmptyTableRow>
          ) : (
            users.map((user) => (
              <Table.Tr key={user.id} data-testid="user-row">
                <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {user.name}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {user.email ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{user.title ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{ROLE_LABELS[user.role]}</Table.Td>
                <Table.Td>
                  {user.team?.name ?? (
                    <Text span c="dimmed" size="sm">
                      No team
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <UserStatusSelect user={user} />
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
