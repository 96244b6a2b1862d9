import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { splitFormErrors } from '../../../core/graphql-errors';
import { notifySuccess } from '../../../ui/notify';
import { UserPicker } from '../../user/components/UserPicker';
import type { UserOption } from '../../user/components/UserPicker';
import { useSetTeamManagers } from '../hooks/useSetTeamManagers';
import type { TeamRow } from '../hooks/useTeams';

interface SetTeamManagersModalProps {
  team: TeamRow;
  onClose: () => void;
}

export function SetTeamManagersModal({ team, onClose }: SetTeamManagersModalProps) {
  const [managers, setManagers] = useState<UserOption[]>(() => team.managers.map(({ id, name }) => ({ id, name })));
  const { setTeamManagers, loading, error, reset } = useSetTeamManagers();
  const { fieldErrors, formErrors } = splitFormErrors(error, ['userIds'] as const);

  const save = async () => {
    const saved = await setTeamManagers(
      team.id,
      managers.map((manager) => manager.id),
    );
    if (saved) {
      notifySuccess(`Managers of “${team.name}” updated.`);
      onClose();
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Managers of ${team.name}`} centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Managers see their team’s authorship reports and leaderboards.
        </Text>
        <UserPicker
          label="Managers"
          placeholder="Search people"
          value={managers}
          error={fieldErrors.userIds}
          onChange={(next) => {
            setManagers(next);
            reset();
          }}
        />
        {formErrors.length > 0 ? (
          <Alert color="red" variant="light" role="alert">
            {formErrors.join(' ')}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} onClick={() => void save()}>
            Save managers
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
