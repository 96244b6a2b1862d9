import {
  Button,
  CloseButton,
  Drawer,
  EmptyState,
  Grid,
  Group,
  Loader,
  Pill,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useUrlParams } from '../core/useUrlParams';
import { ASSET_SORT_LABELS, isAssetSort } from '../modules/asset/asset-labels';
import { AssetCard } from '../modules/asset/components/AssetCard';
import { LibraryFacets, facetValueLabel } from '../modules/asset/components/LibraryFacets';
import { useLibraryAssets } from '../modules/asset/hooks/useLibraryAssets';
import { LIBRARY_FACETS, effectiveSort, readLibraryParams } from '../modules/asset/library-params';
import type { LibraryFilterKey } from '../modules/asset/library-params';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { FilterIcon, PlusIcon, SearchIcon } from '../ui/icons';
import { LoadMoreButton } from '../ui/LoadMoreButton';
import { usePhoneLayout } from '../ui/usePhoneLayout';

const SEARCH_DEBOUNCE_MS = 300;

const STATUS_OPTIONS = [
  { value: 'PUBLISHED', label: 'Published' },
  { value: 'DRAFT', label: 'My drafts' },
  { value: 'ARCHIVED', label: 'Archived' },
];

const facetsCleared = Object.fromEntries(LIBRARY_FACETS.map((facet) => [facet.param, null]));

export function LibraryPage() {
  const { values: params, update: updateParams } = useUrlParams(readLibraryParams);
  const sort = effectiveSort(params);
  const {
    assets,
    facets,
    totalCount,
    totalIsEstimate,
    hasNextPage,
    loadMore,
    loading,
    stale,
    loadingMore,
    error,
    refetch,
  } = useLibraryAssets(params);
  // Twenty cards are drawn in an interruptible render: typing in the search box and the first paint stay quick.
  const shownAssets = useDeferredValue(assets);
  const phone = usePhoneLayout();
  const [filtersOpen, setFiltersOpen] = useState(false);

  // The box shows what is typed at once; the URL (and so the query) follows after a pause.
  const [searchInput, setSearchInput] = useState(params.search);
  const [lastUrlSearch, setLastUrlSearch] = useState(params.search);
  if (params.search !== lastUrlSearch) {
    // The URL changed without typing (back button, a link): show its search.
    setLastUrlSearch(params.search);
    if (params.search !== searchInput.trim()) {
      setSearchInput(params.search);
    }
  }

  const commitSearch = useDebouncedCallback((value: string) => {
    updateParams({ q: value.trim() || null }, true);
  }, SEARCH_DEBOUNCE_MS);

  const setFilter = (key: LibraryFilterKey, value: string | null) => {
    const facet = LIBRARY_FACETS.find((candidate) => candidate.key === key);
    if (!facet) {
      return;
    }
    updateParams({ [facet.param]: value });
  };

  const clearAll = () => {
    commitSearch.cancel();
    setSearchInput('');
    updateParams({ q: null, ...facetsCleared });
  };

  const activeFilters = LIBRARY_FACETS.flatMap((facet) => {
    const value = params.filter[facet.key];
    if (!value) {
      return [];
    }
    const apiLabel = facets?.[facet.facet].find((count) => count.value === value)?.label ?? value;
    return [{ facet, value, label: facetValueLabel(facet, value, apiLabel) }];
  });
  const narrowed = activeFilters.length > 0 || params.search !== '';
  // On a phone the status sits in the drawer with the facets, so it counts as one of its filters there.
  const drawerFilterCount = activeFilters.length + (params.status === 'PUBLISHED' ? 0 : 1);
  const countLabel =
    loading && !facets
      ? 'Loading…'
      : totalIsEstimate
        ? `${totalCount.toLocaleString('en')}+ assets`
        : `${totalCount} ${totalCount === 1 ? 'asset' : 'assets'}`;

  const statusControl = (
    <SegmentedControl
      aria-label="Status"
      size="sm"
      fullWidth={phone}
      data={STATUS_OPTIONS}
      value={params.status}
      onChange={(value) => updateParams({ status: value === 'PUBLISHED' ? null : value })}
    />
  );
  const facetList = (
    <LibraryFacets
      facets={facets}
      filter={params.filter}
      onChange={setFilter}
      onClear={() => updateParams(facetsCleared)}
    />
  );

  return (
    <>
      <PageHeader
        title="Library"
        description={
          // On a phone the first result comes before the explanation.
          phone
            ? undefined
            : 'Everything your colleagues have shared: playbooks, best practices, win/loss analyses and client-facing content.'
        }
        actions={
          <Button component={Link} to="/assets/new" leftSection={<PlusIcon />}>
            New asset
          </Button>
        }
      />

      <Group gap="sm" mb={phone ? 'md' : 'lg'} wrap="wrap" align="center">
        <TextInput
          type="search"
          placeholder="Search titles, summaries and content"
          aria-label="Search assets"
          leftSection={<SearchIcon />}
          rightSection={
            loading && !loadingMore ? (
              <Loader size={14} />
            ) : searchInput ? (
              <CloseButton
                size="sm"
                aria-label="Clear search"
                onClick={() => {
                  setSearchInput('');
                  commitSearch('');
                  commitSearch.flush();
                }}
              />
            ) : null
          }
          value={searchInput}
          onChange={(event) => {
            setSearchInput(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              commitSearch.flush();
            }
          }}
          style={{ flex: '1 1 320px' }}
          size="md"
        />
        {phone ? (
          <Button
            variant={drawerFilterCount > 0 ? 'light' : 'default'}
            size="md"
            leftSection={<FilterIcon />}
            onClick={() => setFiltersOpen(true)}
            aria-haspopup="dialog"
            data-testid="library-filters-button"
            style={{ flex: '1 1 0' }}
          >
            {drawerFilterCount > 0 ? `Filters · ${drawerFilterCount}` : 'Filters'}
          </Button>
        ) : null}
        <Select
          aria-label="Sort by"
          size="md"
          w={phone ? undefined : 170}
          style={phone ? { flex: '1 1 0' } : undefined}
          data={(['RELEVANCE', 'NEWEST', 'MOST_REUSED'] as const).map((value) => ({
            value,
            label: ASSET_SORT_LABELS[value],
            disabled: value === 'RELEVANCE' && !params.search,
          }))}
          value={sort}
          allowDeselect={false}
          onChange={(value) => {
            if (isAssetSort(value)) {
              updateParams({ sort: value });
            }
          }}
          comboboxProps={{ withinPortal: true }}
        />
        {phone ? null : statusControl}
      </Group>

      {phone ? (
        // Choices apply at once (the list behind updates and the counts stay true); the footer clears or closes.
        <Drawer
          opened={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          title="Filters"
          position="bottom"
          size="85%"
          radius="md"
          data-testid="library-filters-drawer"
          styles={{ body: { paddingBottom: 0 } }}
        >
          <Stack gap="md">
            {statusControl}
            {facetList}
            <Group
              grow
              gap="sm"
              py="sm"
              pos="sticky"
              bottom={0}
              bg="var(--mantine-color-body)"
              style={{ paddingBottom: 'max(var(--mantine-spacing-sm), env(safe-area-inset-bottom))', zIndex: 1 }}
            >
              <Button
                variant="default"
                disabled={drawerFilterCount === 0}
                onClick={() => updateParams({ status: null, ...facetsCleared })}
              >
                Clear all
              </Button>
              <Button onClick={() => setFiltersOpen(false)} data-testid="library-filters-apply">
                {loading ? 'Show assets' : `Show ${countLabel}`}
              </Button>
            </Group>
          </Stack>
        </Drawer>
      ) : null}

      <Grid gap="lg">
        {phone ? null : <Grid.Col span={{ base: 12, md: 3 }}>{facetList}</Grid.Col>}
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md" data-testid="library-results" aria-busy={loading || shownAssets !== assets}>
            <Group justify="space-between" gap="sm" mih={28}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600} data-testid="library-count">
                  {countLabel}
                </Text>
                {activeFilters.map(({ facet, value, label }) => (
                  <Pill
                    key={facet.key}
                    withRemoveButton
                    onRemove={() => setFilter(facet.key, null)}
                    removeButtonProps={{ 'aria-label': `Remove filter ${facet.label}: ${label}` }}
                    size="md"
                    data-testid="active-filter"
                    title={value}
                  >
                    {facet.label}: {label}
                  </Pill>
                ))}
              </Group>
              {narrowed ? (
                <Button variant="subtle" size="compact-sm" onClick={clearAll}>
                  Clear search and filters
                </Button>
              ) : null}
            </Group>

            {error ? (
              <ErrorNotice error={error} title="Could not load the library" onRetry={() => void refetch()} />
            ) : null}

            {!loading && !error && assets.length === 0 ? (
              <EmptyState
                data-testid="library-empty"
                py={48}
                title={
                  narrowed
                    ? 'No assets match'
                    : params.status === 'DRAFT'
                      ? 'You have no drafts'
                      : params.status === 'ARCHIVED'
                        ? 'Nothing is archived'
                        : 'Nothing has been shared yet'
                }
                description={
                  narrowed
                    ? 'Try other words, or remove a filter. Assets shared only with another team do not show up here.'
                    : 'Share a playbook, a best practice or a win/loss lesson, and get credit whenever someone reuses it.'
                }
              >
                <EmptyState.Actions>
                  {narrowed ? (
                    <Button variant="default" onClick={clearAll}>
                      Clear search and filters
                    </Button>
                  ) : (
                    <Button component={Link} to="/assets/new" leftSection={<PlusIcon />}>
                      New asset
                    </Button>
                  )}
                </EmptyState.Actions>
              </EmptyState>
            ) : null}

            <Stack gap="sm" style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms ease' }}>
              {shownAssets.map((asset) => (
                <AssetCard key={asset.id} asset={asset} />
              ))}
            </Stack>

            {hasNextPage ? (
              <Group justify="center">
                <LoadMoreButton loading={loadingMore} onLoadMore={loadMore} failureTitle="Could not load more assets" />
              </Group>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
