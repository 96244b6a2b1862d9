import { Button, EmptyState, Grid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUrlParams } from '../core/useUrlParams';
import type { ViewerCan } from '../modules/auth/hooks/useViewer';
import { DealFilterBar } from '../modules/deal/components/DealFilterBar';
import type { DealFilterParam } from '../modules/deal/components/DealFilterBar';
import { ChartCard } from '../modules/win-loss/components/ChartCard';
import { ContentInfluenceSection } from '../modules/win-loss/components/ContentInfluenceSection';
import { TopLossReasonsSection } from '../modules/win-loss/components/TopLossReasonsSection';
import { WinLossBreakdownTable } from '../modules/win-loss/components/WinLossBreakdownTable';
import { WinLossSummary } from '../modules/win-loss/components/WinLossSummary';
import { WinRateChart } from '../modules/win-loss/components/WinRateChart';
import { WinRateTrendChart } from '../modules/win-loss/components/WinRateTrendChart';
import { AmountChart } from '../modules/win-loss/components/WonAmountChart';
import { MIN_CLOSED_DEALS, splitBySample } from '../modules/win-loss/win-loss-sample';
import { COLLAPSED_GROUPS, chartGroups } from '../modules/win-loss/chart-groups';
import { useWinLoss } from '../modules/win-loss/hooks/useWinLoss';
import { DIMENSION_LABELS, WIN_LOSS_DIMENSIONS } from '../modules/win-loss/win-loss-labels';
import { DEFAULT_DIMENSION, readWinLossParams, toWinLossFilter } from '../modules/win-loss/win-loss-params';
import { winLossTotals } from '../modules/win-loss/win-loss-totals';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { ChoiceControl } from '../ui/ChoiceControl';

const FILTER_FIELDS: readonly DealFilterParam[] = ['team', 'industry', 'product', 'from', 'to'];

interface WinLossPageProps {
  viewerCan: Pick<ViewerCan, 'importDeals'>;
}

export function WinLossPage({ viewerCan }: WinLossPageProps) {
  const { params: searchParams, values: params, update } = useUrlParams(readWinLossParams);
  const filter = toWinLossFilter(params);
  const [showAll, setShowAll] = useState(false);

  const byDimension = useWinLoss(params.dimension, filter);
  const byQuarter = useWinLoss('QUARTER', filter);
  // Every dimension partitions the closed deals, so the quarters give the totals whatever is on screen.
  const totals = winLossTotals(byQuarter.groups);
  // A rate from a handful of deals is not ranked: those groups are listed apart.
  const { rated, tooFew } = splitBySample(byDimension.groups);
  const { shown, hidden } = chartGroups(rated, params.dimension, showAll);
  const amounts = chartGroups(byDimension.groups, params.dimension, showAll);
  const dimensionLabel = DIMENSION_LABELS[params.dimension].toLowerCase();

  // The deal list a group links to keeps the dashboard's filters.
  const dealListParams = new URLSearchParams();
  for (const param of FILTER_FIELDS) {
    const value = searchParams.get(param);
    if (value) {
      dealListParams.set(param, value);
    }
  }

  const filtered = FILTER_FIELDS.some((param) => searchParams.get(param));
  const empty = !byDimension.loading && totals.closed === 0 ? 'No closed deals match these filters.' : null;
  // Nothing closed at all: one message instead of a page of empty charts.
  const noDeals = !byQuarter.loading && !byQuarter.error && totals.closed === 0 && !filtered;
  const showAllButton =
    hidden > 0 || amounts.hidden > 0 || showAll ? (
      <Button variant="subtle" size="compact-xs" onClick={() => setShowAll(!showAll)}>
        {showAll ? `Show the ${COLLAPSED_GROUPS} largest` : `Show all ${amounts.shown.length + amounts.hidden}`}
      </Button>
    ) : null;
  const groupCaption =
    hidden > 0 || amounts.hidden > 0
      ? `The ${amounts.shown.length} ${dimensionLabel} groups with the most closed deals; ${amounts.hidden} more hidden.`
      : null;

  return (
    <>
      <PageHeader
        title="Win/Loss"
        description="How closed deals went: win rate, amounts and cycle time by industry, product, team, owner, competitor and quarter; why deals are lost; and which content is used in the deals that are won."
      />
      <Stack gap="lg" data-testid="win-loss-dashboard">
        <DealFilterBar fields={FILTER_FIELDS} />

        {byDimension.error || byQuarter.error ? (
          <ErrorNotice
            error={byDimension.error ?? byQuarter.error}
            title="Could not load win/loss analytics"
            onRetry={() => {
              void byDimension.refetch();
              void byQuarter.refetch();
            }}
          />
        ) : null}

        {noDeals ? (
          <EmptyState
            data-testid="win-loss-empty"
            py={48}
            title="No closed deals yet"
            description="Win rates, amounts and cycle times appear once deals from the CRM are won or lost. An admin or a manager imports them from a CSV export, or the CRM sends them to the deal webhook."
          >
            {viewerCan.importDeals ? (
              <EmptyState.Actions>
                <Button component={Link} to="/admin/import">
                  Import deals
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        ) : null}

        {noDeals ? null : (
          <>
            <WinLossSummary totals={totals} loading={byQuarter.loading} />

            <Stack gap={6}>
              <Text size="sm" fw={600} id="dimension-label">
                Group by
              </Text>
              <ChoiceControl
                aria-labelledby="dimension-label"
                data-testid="dimension-switcher"
                value={params.dimension}
                onChange={(value) => {
                  setShowAll(false);
                  update({ by: value === DEFAULT_DIMENSION ? null : value });
                }}
                data={WIN_LOSS_DIMENSIONS.map((dimension) => ({
                  value: dimension,
                  label: DIMENSION_LABELS[dimension],
                }))}
              />
            </Stack>

            <Grid gap="lg" style={{ opacity: byDimension.stale ? 0.6 : 1, transition: 'opacity 120ms ease' }}>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <ChartCard
                  id="win-rate"
                  title={`Win rate by ${dimensionLabel}`}
                  caption={
                    hidden > 0
                      ? `The ${shown.length} rated groups with the most closed deals; ${hidden} more hidden.`
                      : `Won ÷ (won + lost), for groups with at least ${MIN_CLOSED_DEALS} closed deals; the dashed line is the rate over all these deals.`
                  }
                  actions={showAllButton}
                  loading={byDimension.loading}
                  empty={empty}
                  data-testid="win-rate-card"
                >
                  <WinRateChart
                    groups={shown}
                    tooFew={tooFew}
                    dimension={params.dimension}
                    baseline={totals.winRate}
                    baselineDeals={totals.closed}
                  />
                </ChartCard>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <ChartCard
                  id="win-rate-trend"
                  title="Win rate by quarter"
                  caption={`Fiscal quarters of the close date, for quarters with at least ${MIN_CLOSED_DEALS} closed deals; the dashed line is the rate over all these deals.`}
                  loading={byQuarter.loading}
                  empty={empty}
                  data-testid="win-rate-trend-card"
                >
                  <WinRateTrendChart
                    quarters={byQuarter.groups}
                    baseline={totals.winRate}
                    baselineDeals={totals.closed}
                  />
                </ChartCard>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <ChartCard
                  id="won-amount"
                  title={`Won amount by ${dimensionLabel}`}
                  caption={groupCaption ?? 'The summed close value of the won deals only, in the CRM’s currency.'}
                  actions={showAllButton}
                  loading={byDimension.loading}
                  empty={empty}
                  data-testid="won-amount-card"
                >
                  <AmountChart groups={amounts.shown} dimension={params.dimension} outcome="WON" />
                </ChartCard>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <ChartCard
                  id="lost-amount"
                  title={`Lost amount by ${dimensionLabel}`}
                  caption={groupCaption ?? 'The summed value of the lost deals only, as the CRM recorded it.'}
                  loading={byDimension.loading}
                  empty={empty ?? (totals.lostAmount > 0 ? null : 'The CRM recorded no amount for the lost deals.')}
                  data-testid="lost-amount-card"
                >
                  <AmountChart groups={amounts.shown} dimension={params.dimension} outcome="LOST" />
                </ChartCard>
              </Grid.Col>
              <Grid.Col span={12}>
                <TopLossReasonsSection filter={filter} />
              </Grid.Col>
              <Grid.Col span={12}>
                <ContentInfluenceSection filter={filter} />
              </Grid.Col>
              <Grid.Col span={12}>
                <ChartCard
                  id="breakdown"
                  title={`Every ${dimensionLabel}`}
                  caption="Open a group to see its deals."
                  loading={byDimension.loading}
                  empty={empty}
                  skeletonHeight={160}
                  data-testid="win-loss-breakdown"
                >
                  <WinLossBreakdownTable
                    groups={byDimension.groups}
                    dimension={params.dimension}
                    dealListParams={dealListParams}
                  />
                </ChartCard>
              </Grid.Col>
            </Grid>
          </>
        )}
      </Stack>
    </>
  );
}
