import { Alert, Button, EmptyState, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useUrlParams } from '../core/useUrlParams';
import type { ViewerCan } from '../modules/auth/hooks/useViewer';
import { DealFilterBar } from '../modules/deal/components/DealFilterBar';
import type { DealFilterParam } from '../modules/deal/components/DealFilterBar';
import { DealsTable } from '../modules/deal/components/DealsTable';
import { MyOpenDeals } from '../modules/deal/components/MyOpenDeals';
import { hasClosedRange, readDealParams, toDealFilter } from '../modules/deal/deal-params';
import { useDeals } from '../modules/deal/hooks/useDeals';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { UploadIcon } from '../ui/icons';
import { LoadMoreButton } from '../ui/LoadMoreButton';

const FILTER_FIELDS: readonly DealFilterParam[] = ['outcome', 'team', 'industry', 'product', 'owner', 'from', 'to'];

interface DealsPageProps {
  viewer: { id: string; viewerCan: Pick<ViewerCan, 'importDeals'> };
}

export function DealsPage({ viewer }: DealsPageProps) {
  const { params: searchParams, values: params, update } = useUrlParams(readDealParams);
  const mine = params.tab === 'mine';
  const { deals, totalCount, hasNextPage, loadMore, loading, stale, loadingMore, error, refetch } = useDeals({
    filter: toDealFilter(params),
    outcome: params.outcome,
    skip: mine,
  });

  const narrowed = FILTER_FIELDS.some((param) => searchParams.get(param));
  const mayImport = viewer.viewerCan.importDeals;

  return (
    <>
      <PageHeader
        title="Deals"
        description="The pipeline from the CRM. Open a deal for the content suggested for it and the win/loss analyses written about it."
        actions={
          mayImport ? (
            <Button component={Link} to="/admin/import" variant="default" leftSection={<UploadIcon />}>
              Import deals
            </Button>
          ) : null
        }
      />
      <Tabs
        value={params.tab}
        onChange={(value) => update({ tab: value === 'mine' ? 'mine' : null })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="all">All deals</Tabs.Tab>
          <Tabs.Tab value="mine">My open deals</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="all">
          <Stack gap="md" aria-busy={loading}>
            <DealFilterBar fields={FILTER_FIELDS} />
            {params.outcome === 'OPEN' && hasClosedRange(params) ? (
              <Alert color="yellow" variant="light" data-testid="open-with-dates">
                Open deals have no close date, so a closed-date range leaves none. Clear the dates to see open deals.
              </Alert>
            ) : null}

            <Group justify="space-between" mih={28}>
              <Text size="sm" fw={600} data-testid="deals-count">
                {totalCount === null
                  ? 'Loading…'
                  : `${totalCount.toLocaleString()} ${totalCount === 1 ? 'deal' : 'deals'}${narrowed ? ' match' : ''}`}
              </Text>
              {loading && totalCount !== null ? <Loader size={16} /> : null}
            </Group>

            {error ? <ErrorNotice error={error} title="Could not load deals" onRetry={() => void refetch()} /> : null}

            {!loading && !error && deals.length === 0 ? (
              <EmptyState
                data-testid="deals-empty"
                py={48}
                title={narrowed ? 'No deals match' : 'No deals yet'}
                description={
                  narrowed
                    ? 'Remove a filter or widen the dates.'
                    : 'Deals come from your CRM: an admin or a manager imports a CSV export, or the CRM sends updates to the deal webhook.'
                }
              >
                {mayImport && !narrowed ? (
                  <EmptyState.Actions>
                    <Button component={Link} to="/admin/import" leftSection={<UploadIcon />}>
                      Import deals
                    </Button>
                  </EmptyState.Actions>
                ) : null}
              </EmptyState>
            ) : null}

            {deals.length > 0 ? <DealsTable deals={deals} stale={stale} /> : null}

            {hasNextPage ? (
              <Group justify="center" gap="md">
                <Text size="sm" c="dimmed" data-testid="deals-shown">
                  Showing {deals.length.toLocaleString()} of {(totalCount ?? 0).toLocaleString()}
                </Text>
                <LoadMoreButton loading={loadingMore} onLoadMore={loadMore} failureTitle="Could not load more deals" />
              </Group>
            ) : null}
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="mine">
          <MyOpenDeals viewerId={viewer.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
