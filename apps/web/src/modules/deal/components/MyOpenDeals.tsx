import { Anchor, Card, EmptyState, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SuggestionPeek } from '../../suggestion/components/SuggestionPeek';
import { formatAmount, formatDay } from '../deal-labels';
import { useDeals } from '../hooks/useDeals';
import { DealOutcomeBadge } from './DealOutcomeBadge';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const MY_DEALS_PAGE_SIZE = 12;

interface MyOpenDealsProps {
  viewerId: string;
}

/** The viewer's open deals, each with a peek at the content suggested for it. */
export function MyOpenDeals({ viewerId }: MyOpenDealsProps) {
  const { deals, totalCount, hasNextPage, loadMore, loading, loadingMore, error, refetch } = useDeals({
    filter: { ownerId: viewerId },
    outcome: 'OPEN',
    pageSize: MY_DEALS_PAGE_SIZE,
  });

  if (error) {
    return <ErrorNotice error={error} title="Could not load your deals" onRetry={() => void refetch()} />;
  }
  if (loading && deals.length === 0) {
    return (
      <Group justify="center" py="xl">
        <Loader size="sm" />
      </Group>
    );
  }
  if (deals.length === 0) {
    return (
      <EmptyState
        data-testid="my-deals-empty"
        py={48}
        title="You own no open deals"
        description="Deals come from the CRM: once an import or the CRM webhook names you as a deal's owner, it shows up here with content suggested for it."
      />
    );
  }
  return (
    <Stack gap="md" data-testid="my-open-deals">
      <Text size="sm" fw={600}>
        {totalCount === 1 ? '1 open deal' : `${(totalCount ?? deals.length).toLocaleString()} open deals`}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {deals.map((deal) => (
          <Card key={deal.id} padding="md" data-testid="my-deal-card" component="article" aria-label={deal.name}>
            <Stack gap={8}>
              <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                <Anchor component={Link} to={`/deals/${deal.id}`} fw={650} lineClamp={2}>
                  {deal.name}
                </Anchor>
                <DealOutcomeBadge outcome={deal.outcome} size="xs" />
              </Group>
              <Text size="xs" c="dimmed">
                {[deal.accountName, deal.industry, deal.product, deal.stage].filter(Boolean).join(' · ')}
                {deal.amount !== null && deal.amount !== undefined ? ` · ${formatAmount(deal.amount)}` : ''}
                {deal.closedAt ? ` · closed ${formatDay(deal.closedAt)}` : ''}
              </Text>
              <Text size="xs" fw={600} c="dark.4" mt={4}>
                Be inspired
              </Text>
              <SuggestionPeek dealId={deal.id} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {hasNextPage ? (
        <Group justify="center">
          <LoadMoreButton loading={loadingMore} onLoadMore={loadMore} failureTitle="Could not load more deals" />
        </Group>
      ) : null}
    </Stack>
  );
}
