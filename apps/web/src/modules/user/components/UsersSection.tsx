import { Badge, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useUsers } from '../hooks/useUsers';
import { NewUserModal } from './NewUserModal';
import { UsersTable } from './UsersTable';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

export function UsersSection() {
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 300);
  const [newUserOpened, newUserModal] = useDisclosure(false);
  const { users, totalCount, hasNextPage, loadMore, loading, loadingMore, error, refetch } = useUsers(search);

  return (
    <Card component="section" aria-labelledby="users-heading">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="xs">
            <Title order={2} fz="lg" id="users-heading">
              Users
            </Title>
            <Badge variant="light" color="gray" radius="sm">
              {totalCount}
            </Badge>
          </Group>
          <Group gap="sm" wrap="wrap">
            <TextInput
              placeholder="Search by name or email"
              aria-label="Search users"
              w={260}
              value={searchInput}
              onChange={(event) => setSearchInput(event.currentTarget.value)}
              rightSection={loading && !loadingMore ? <Loader size={14} /> : null}
            />
            <Button onClick={newUserModal.open}>New user</Button>
          </Group>
        </Group>

        {error ? <ErrorNotice error={error} title="Could not load users" onRetry={() => void refetch()} /> : null}

        <UsersTable
          users={users}
          emptyMessage={loading ? 'Loading users…' : search ? `No user matches “${search}”.` : 'No users yet.'}
        />

        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Showing {users.length} of {totalCount}
          </Text>
          {hasNextPage ? (
            <LoadMoreButton loading={loadingMore} onLoadMore={loadMore} failureTitle="Could not load more users" />
          ) : null}
        </Group>
      </Stack>
      <NewUserModal opened={newUserOpened} onClose={newUserModal.close} />
    </Card>
  );
}
