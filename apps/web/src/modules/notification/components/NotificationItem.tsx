import { Badge, Box, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { formatRelative } from '../../../ui/format';
import type { CentreNotification } from '../hooks/useNotificationCentre';
import { notificationKind } from '../notification-kinds';

interface NotificationItemProps {
  notification: CentreNotification;
  /** Marks it read; opening it does too. */
  onRead: (id: string) => Promise<void>;
  /** Called after it is opened (the bell closes its dropdown). */
  onOpen?: () => void;
  /** Show a "Mark read" button for an unread one (the page; the dropdown marks on open). */
  withMarkButton?: boolean;
}

/** One notification: what kind, what happened, when; opening it goes where it leads and marks it read. */
export function NotificationItem({ notification: n, onRead, onOpen, withMarkButton }: NotificationItemProps) {
  const navigate = useNavigate();
  const kind = notificationKind(n.kind);
  const unread = !n.readAt;
  const open = () => {
    if (unread) {
      void onRead(n.id);
    }
    onOpen?.();
    if (n.path) {
      void navigate(n.path);
    }
  };
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py="xs"
      px="sm"
      data-testid="notification-item"
      data-unread={unread || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: unread ? 'var(--mantine-color-indigo-0)' : undefined,
      }}
    >
      <Box
        mt={7}
        w={8}
        h={8}
        style={{ flex: 'none', borderRadius: 4, background: unread ? 'var(--mantine-color-indigo-6)' : 'transparent' }}
        aria-hidden
      />
      <UnstyledButton onClick={open} style={{ flex: 1, minWidth: 0 }}>
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Badge size="xs" variant="light" color={kind.color}>
              {kind.label}
            </Badge>
            <Text size="xs" c="gray.7" component="time" dateTime={n.createdAt}>
              {formatRelative(n.createdAt)}
            </Text>
            {unread ? (
              <Text size="xs" c="indigo.9" fw={600} component="span">
                Unread
              </Text>
            ) : null}
          </Group>
          <Text size="sm" fw={unread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
            {n.text}
          </Text>
        </Stack>
      </UnstyledButton>
      {withMarkButton && unread ? (
        <Button size="compact-xs" variant="subtle" onClick={() => void onRead(n.id)} style={{ flex: 'none' }}>
          Mark read
        </Button>
      ) : null}
    </Group>
  );
}
