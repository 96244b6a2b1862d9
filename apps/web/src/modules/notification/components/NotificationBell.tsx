import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import {
  useLiveNotificationCount,
  useMarkRead,
  useNotifications,
  useUnreadCount,
} from '../hooks/useNotificationCentre';
import { unreadLabel } from '../notification-kinds';
import { NotificationItem } from './NotificationItem';

function BellIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden>
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}

function Latest({ onClose }: { onClose: () => void }) {
  const { notifications, loading } = useNotifications(8, false);
  const { markRead } = useMarkRead();
  if (loading) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        Loading…
      </Text>
    );
  }
  if (!notifications.length) {
    return (
      <Text size="sm" c="dimmed" p="sm" data-testid="bell-empty">
        Nothing yet. Credit, mentions, comments and opened links will show here.
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={380} type="auto">
      <Stack gap={2} p={4}>
        {notifications.map((n) => (
          <NotificationItem key={n.id} notification={n} onRead={(id) => markRead([id])} onOpen={onClose} />
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}

/** The header's bell: the unread count, live, and a dropdown of the latest notifications. */
export function NotificationBell() {
  useLiveNotificationCount();
  const unread = useUnreadCount();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { markRead, marking } = useMarkRead();
  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} width={360} position="bottom-end" shadow="md">
      {/* The count sits on the button's corner, outside it, so the button's own clipping does not cut "99+". */}
      <Indicator
        inline
        label={unreadLabel(unread)}
        disabled={unread === 0}
        size={16}
        offset={5}
        color="red"
        data-testid="bell-count"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={unread ? `Notifications, ${unread > 99 ? 'more than 99' : unread} unread` : 'Notifications'}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)" data-testid="bell-dropdown">
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={marking}
            onClick={() => void markRead(null)}
          >
            Mark all read
          </Button>
        </Group>
        <Divider />
        {opened ? <Latest onClose={close} /> : null}
        <Divider />
        <Anchor component={Link} to="/notifications" onClick={close} size="sm" display="block" p="sm" ta="center">
          See all notifications
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
