import { ColorSwatch, Select } from '@mantine/core';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useSetUserStatus } from '../hooks/useSetUserStatus';
import { USER_STATUS_COLORS, USER_STATUS_LABELS, USER_STATUS_OPTIONS, isUserStatus } from '../user-labels';
import type { UserRow } from '../hooks/useUsers';

interface UserStatusSelectProps {
  user: Pick<UserRow, 'id' | 'name' | 'status'>;
}

export function UserStatusSelect({ user }: UserStatusSelectProps) {
  const { setUserStatus, loading } = useSetUserStatus();

  const handleChange = async (value: string | null) => {
    if (!isUserStatus(value) || value === user.status) {
      return;
    }
    try {
      await setUserStatus(user.id, value);
      notifySuccess(`${user.name} is now ${USER_STATUS_LABELS[value].toLowerCase()}.`);
    } catch (error) {
      notifyError(error, `Could not change ${user.name}'s status`);
    }
  };

  return (
    <Select
      size="xs"
      w={124}
      aria-label={`Status of ${user.name}`}
      data={USER_STATUS_OPTIONS}
      value={user.status}
      leftSection={
        <ColorSwatch
          size={8}
          color={`var(--mantine-color-${USER_STATUS_COLORS[user.status]}-6)`}
          withShadow={false}
          aria-hidden
        />
      }
      allowDeselect={false}
      disabled={loading}
      onChange={(value) => void handleChange(value)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
