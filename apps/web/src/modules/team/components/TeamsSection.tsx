import { Badge, Card, Divider, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useTeams } from '../hooks/useTeams';
import type { TeamRow } from '../hooks/useTeams';
import { CreateTeamForm } from './CreateTeamForm';
import { SetTeamManagersModal } from './SetTeamManagersModal';
import { TeamsTable } from './TeamsTable';

export function TeamsSection() {
  const { teams, loading, error, refetch } = useTeams();
  const [editedTeam, setEditedTeam] = useState<TeamRow | null>(null);

  return (
    <Card component="section" aria-labelledby="teams-heading">
      <Stack gap="md">
        <Group gap="xs">
          <Title order={2} fz="lg" id="teams-heading">
            Teams
          </Title>
          <Badge variant="light" color="gray" radius="sm">
            {teams.length}
          </Badge>
        </Group>
        <CreateTeamForm />
        <Divider />
        {error ? <ErrorNotice error={error} title="Could not load teams" onRetry={() => void refetch()} /> : null}
        <TeamsTable
          teams={teams}
          emptyMessage={loading ? 'Loading teams…' : 'No teams yet. Create the first one above.'}
          onEditManagers={setEditedTeam}
        />
      </Stack>
      {editedTeam ? (
        <SetTeamManagersModal key={editedTeam.id} team={editedTeam} onClose={() => setEditedTeam(null)} />
      ) : null}
    </Card>
  );
}
