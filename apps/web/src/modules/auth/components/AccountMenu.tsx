import { Avatar, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { Role } from '../../../generated/graphql';
import { ROLE_LABELS } from '../../user/user-labels';

interface AccountMenuProps {
  name: string;
  email: string | null;
  role: Role;
  onLogout: () => void;
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function AccountMenu({ name, email, role, onLogout }: AccountMenuProps) {
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        {/* Named by what it shows (the initials are decoration); on a phone, where only they show, by a hidden name. */}
        <UnstyledButton data-testid="account-menu">
          <Group gap="sm" wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={34} aria-hidden>
              {initialsOf(name)}
            </Avatar>
            <Stack gap={0} visibleFrom="xs">
              <Text size="sm" fw={600} lh={1.25} data-testid="viewer-name">
                {name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.25} data-testid="viewer-role">
                {ROLE_LABELS[role]}
              </Text>
            </Stack>
            <VisuallyHidden hiddenFrom="xs">{`${name}, account menu`}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {email ? <Menu.Label>{email}</Menu.Label> : null}
        <Menu.Item onClick={onLogout}>Log out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
