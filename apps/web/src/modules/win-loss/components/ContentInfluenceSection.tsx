import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DealFilter } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { AssetKindBadge } from '../../asset/components/AssetBadges';
import { MIN_CLOSED_DEALS, useContentInfluence } from '../hooks/useContentInfluence';
import type { ContentInfluenceRow } from '../hooks/useContentInfluence';
import { formatRate } from '../win-loss-labels';
import { dealCount, liftVerdict } from '../win-loss-sample';
import { ChartCard } from './ChartCard';
import { InfluenceInterval } from './InfluenceInterval';
import { NumberCell, NumberHeader } from '../../../ui/TableCells';

interface ContentInfluenceSectionProps {
  filter: DealFilter;
}

function InfluenceRow({ row }: { row: ContentInfluenceRow }) {
  const sparse = !row.enoughData;
  const verdict = liftVerdict(row);
  // Coloured as a gain or a loss only when the data supports it.
  const liftColor = verdict.tone === 'gain' ? 'teal' : verdict.tone === 'loss' ? 'red' : 'dimmed';
  return (
    <Table.Tr
      data-testid="influence-row"
      data-enough-data={row.enoughData}
      // Set apart by a grey row, not by fading: faded text would be too light to read.
      bg={sparse ? 'gray.0' : undefined}
    >
      <Table.Td>
        <Stack gap={2}>
          <Anchor
            component={Link}
            to={`/assets/${row.asset.id}`}
            size="sm"
            fw={600}
            truncate="end"
            title={row.asset.title}
            display="block"
            maw={260}
          >
            {row.asset.title}
          </Anchor>
          <Group gap={6}>
            <AssetKindBadge kind={row.asset.kind} size="xs" />
          </Group>
        </Stack>
      </Table.Td>
      <NumberCell>{row.dealsUsedIn.toLocaleString()}</NumberCell>
      <NumberCell>{row.won.toLocaleString()}</NumberCell>
      <NumberCell>{row.lost.toLocaleString()}</NumberCell>
      <Table.Td>
        {sparse || row.winRate === null || row.winRate === undefined || !row.winRateInterval ? (
          <Text size="xs" c="dimmed" fs="italic" data-testid="influence-sparse">
            too few deals to rate (under {MIN_CLOSED_DEALS} closed)
          </Text>
        ) : (
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" w={48} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatRate(row.winRate, true)}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              of {dealCount(row.dealsUsedIn)}
            </Text>
            <InfluenceInterval
              winRate={row.winRate}
              low={row.winRateInterval.low}
              high={row.winRateInterval.high}
              baseline={row.baselineWinRate ?? null}
              width={120}
            />
          </Group>
        )}
      </Table.Td>
      <NumberCell>{formatRate(row.baselineWinRate, true)}</NumberCell>
      <Table.Td>
        <Text
          size="sm"
          fw={verdict.tone === 'gain' || verdict.tone === 'loss' ? 600 : 400}
          c={liftColor}
          fs={sparse ? 'italic' : undefined}
          data-testid="influence-lift"
          data-tone={verdict.tone}
          style={{ whiteSpace: 'normal', minWidth: 160, maxWidth: 220 }}
        >
          {sparse ? '—' : verdict.text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** Which content is used in the deals that are won: each asset's win rate against the deals that did not use it. */
export function ContentInfluenceSection({ filter }: ContentInfluenceSectionProps) {
  const { rows, loading, error, refetch } = useContentInfluence(filter);
  return (
    <ChartCard
      id="content-influence"
      title="Content influence"
      caption={`Closed deals each asset was recorded as used in, against the closed deals that did not use it (the baseline). The dot is the win rate, the bar its 95% interval, the tick the baseline: a bar clear of the tick is a difference the data supports, and only then is the lift coloured. No win rate is claimed under ${MIN_CLOSED_DEALS} closed deals.`}
      loading={loading}
      skeletonHeight={200}
      empty={
        error
          ? null
          : rows.length === 0
            ? 'No asset has been recorded as used in a closed deal yet. Record “Used in a deal” from an asset to see its influence here.'
            : null
      }
      data-testid="content-influence-card"
    >
      {error ? (
        <ErrorNotice error={error} title="Could not load content influence" onRetry={() => void refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table
            verticalSpacing={8}
            horizontalSpacing="sm"
            data-testid="content-influence-table"
            style={{ whiteSpace: 'nowrap' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asset</Table.Th>
                <NumberHeader>Deals used in</NumberHeader>
                <NumberHeader>Won</NumberHeader>
                <NumberHeader>Lost</NumberHeader>
                <Table.Th>Win rate and its 95% interval</Table.Th>
                <NumberHeader>Baseline</NumberHeader>
                <Table.Th>Lift against comparable deals</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <InfluenceRow key={row.asset.id} row={row} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ChartCard>
  );
}
