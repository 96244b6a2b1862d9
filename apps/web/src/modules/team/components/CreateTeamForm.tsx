import { Alert, Button, Grid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { splitFormErrors } from '../../../core/graphql-errors';
import { notifySuccess } from '../../../ui/notify';
import { UserPicker } from '../../user/components/UserPicker';
import type { UserOption } from '../../user/components/UserPicker';
import { useCreateTeam } from '../hooks/useCreateTeam';

const TEAM_FIELDS = ['name', 'managerIds'] as const;

export function CreateTeamForm() {
  const [name, setName] = useState('');
  const [managers, setManagers] = useState<UserOption[]>([]);
  const [nameRequired, setNameRequired] = useState(false);
  const { createTeam, loading, error, reset } = useCreateTeam();
  // A duplicate team name comes back as CONFLICT.
  const { fieldErrors, formErrors } = splitFormErrors(error, TEAM_FIELDS, { CONFLICT: 'name' });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameRequired(true);
      return;
    }
    const team = await createTeam(
      name.trim(),
      managers.map((manager) => manager.id),
    );
    if (team) {
      notifySuccess(`Team “${team.name}” created.`);
      setName('');
      setManagers([]);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Create team">
      <Stack gap="sm">
        <Grid align="flex-start" gap="md">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Team name"
              placeholder="e.g. DACH Enterprise"
              value={name}
              error={nameRequired ? 'Give the team a name.' : fieldErrors.name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setNameRequired(false);
                reset();
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <UserPicker
              label="Managers"
              placeholder="Search people"
              value={managers}
              error={fieldErrors.managerIds}
              onChange={(next) => {
                setManagers(next);
                reset();
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 2 }}>
            <Button type="submit" fullWidth loading={loading} mt={{ base: 0, sm: 25 }}>
              Create team
            </Button>
          </Grid.Col>
        </Grid>
        {formErrors.length > 0 ? (
          <Alert color="red" variant="light" role="alert">
            {formErrors.join(' ')}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
