import { Button, Card, EmptyState, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { AssetCard } from '../modules/asset/components/AssetCard';
import { useFeed } from '../modules/asset/hooks/useFeed';
import { FollowingPanel } from '../modules/follow/components/FollowingPanel';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { PlusIcon } from '../ui/icons';
import { LoadMoreButton } from '../ui/LoadMoreButton';

interface FeedPageProps {
  viewerName: string;
}

export function FeedPage({ viewerName }: FeedPageProps) {
  const firstName = viewerName.split(/\s+/)[0] ?? viewerName;
  const { assets, hasNextPage, loadMore, loading, loadingMore, error, refetch } = useFeed();

  return (
    <>
      <PageHeader
        title="Feed"
        description={`Welcome, ${firstName}. New work from your team and the people and tags you follow comes first, then the rest of the organisation.`}
        actions={
          <Button component={Link} to="/assets/new" leftSection={<PlusIcon />}>
            New asset
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm" data-testid="feed" aria-busy={loading}>
            {error ? (
              <ErrorNotice error={error} title="Could not load your feed" onRetry={() => void refetch()} />
            ) : null}
            {loading ? Array.from({ length: 3 }, (_, index) => <Skeleton key={index} h={132} radius="md" />) : null}
            {!loading && !error && assets.length === 0 ? (
              <Card>
                <EmptyState
                  data-testid="feed-empty"
                  py="xl"
                  title="Your feed is empty"
                  description="Nothing has been published that you can see yet. Share a playbook, a best practice or a win/loss lesson: your colleagues will see it here."
                >
                  <EmptyState.Actions>
                    <Button component={Link} to="/assets/new" leftSection={<PlusIcon />}>
                      New asset
                    </Button>
                    <Button component={Link} to="/library" variant="default">
                      Browse the library
                    </Button>
                  </EmptyState.Actions>
                </EmptyState>
              </Card>
            ) : null}
            {assets.map((asset) => (
              <AssetCard key={asset.id} asset={asset} />
            ))}
            {hasNextPage ? (
              <Group justify="center" mt="xs">
                <LoadMoreButton
                  loading={loadingMore}
                  onLoadMore={loadMore}
                  failureTitle="Could not load more of your feed"
                />
              </Group>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg" style={{ position: 'sticky', top: 84 }}>
            <FollowingPanel />
            <Card>
              <Stack gap={6}>
                <Title order={2} fz="md">
                  Looking for something?
                </Title>
                <Text size="sm" c="dimmed">
                  Search every published asset by words, industry, buyer role, journey phase, product or author.
                </Text>
                <Button component={Link} to="/library" variant="light" mt={4}>
                  Open the library
                </Button>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
