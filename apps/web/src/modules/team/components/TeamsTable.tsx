import { Button, Table, Text } from '@mantine/core';
import type { TeamRow } from '../hooks/useTeams';
import { EmptyTableRow } from '../../../ui/TableCells';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

interface TeamsTableProps {
  teams: readonly TeamRow[];
  emptyMessage: string;
  onEditManagers: (team: TeamRow) => void;
}

export function TeamsTable({ teams, emptyMessage, onEditManagers }: TeamsTableProps) {
  const phone = usePhoneLayout();
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 620}>
      <Table className={`${keyColumns.wrap} ${keyColumns.hide2} ${keyColumns.hide3}`} aria-label="Teams">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Team</Table.Th>
            <Table.Th>Managers</Table.Th>
            <Table.Th ta="right" w={110}>
              Members
            </Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.length === 0 ? (
            <EmptyTableRow colSpan={4}>{emptyMessage}</EmptyTableRow>
          ) : (
            teams.map((team) => (
              <Table.Tr key={team.id} data-testid="team-row">
                <Table.Td fw={600}>{team.name}</Table.Td>
                <Table.Td>
                  {team.managers.length > 0 ? (
                    team.managers.map((manager) => manager.name).join(', ')
                  ) : (
                    <Text span c="dimmed" size="sm">
                      No manager
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {team.memberCount}
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="xs" variant="subtle" onClick={() => onEditManagers(team)}>
                    Set managers
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
