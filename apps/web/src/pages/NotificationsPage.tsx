import { Button, Card, Center, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { DigestSettings } from '../modules/notification/components/DigestSettings';
import { NotificationItem } from '../modules/notification/components/NotificationItem';
import { useMarkRead, useNotifications, useUnreadCount } from '../modules/notification/hooks/useNotificationCentre';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

const PAGE = 20;
const MAX = 100;

/** /notifications: everything that concerns the viewer, all or unread, marked read one by one or all at once. */
export function NotificationsPage() {
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [first, setFirst] = useState(PAGE);
  const { notifications, loading, error, refetch } = useNotifications(first, filter === 'unread');
  const unread = useUnreadCount();
  const { markRead, marking } = useMarkRead();
  const mayShowMore = notifications.length >= first && first < MAX;

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Credit you received, mentions, comments and questions for you, links of yours that buyers opened, co-authorships and reviews due."
      />
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SegmentedControl
            aria-label="Show"
            value={filter}
            onChange={(value) => {
              setFilter(value === 'unread' ? 'unread' : 'all');
              setFirst(PAGE);
            }}
            data={[
              { value: 'all', label: 'All' },
              { value: 'unread', label: unread ? `Unread (${unread > 99 ? '99+' : unread})` : 'Unread' },
            ]}
            data-testid="notification-filter"
          />
          <Button
            variant="light"
            disabled={unread === 0}
            loading={marking}
            onClick={() => void markRead(null)}
            data-testid="mark-all-read"
          >
            Mark all read
          </Button>
        </Group>
        {error ? (
          <ErrorNotice error={error} title="Could not load your notifications" onRetry={() => void refetch()} />
        ) : null}
        {loading ? (
          <Center py="xl" aria-busy="true">
            <Loader size="sm" />
          </Center>
        ) : notifications.length === 0 ? (
          <Card withBorder padding="lg" data-testid="notifications-empty">
            <Text c="dimmed" size="sm">
              {filter === 'unread'
                ? 'You are all caught up: nothing unread.'
                : 'Nothing yet. When someone reuses or endorses your work, mentions you, or opens a link you shared, it shows here.'}
            </Text>
          </Card>
        ) : (
          <Card withBorder padding={4} data-testid="notification-list">
            <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {notifications.map((n) => (
                <li key={n.id}>
                  <NotificationItem notification={n} onRead={(id) => markRead([id])} withMarkButton />
                </li>
              ))}
            </Stack>
          </Card>
        )}
        {mayShowMore ? (
          <Group justify="center">
            <Button variant="default" onClick={() => setFirst((n) => Math.min(MAX, n + PAGE))}>
              Show more
            </Button>
          </Group>
        ) : null}
        <DigestSettings />
      </Stack>
    </>
  );
}
