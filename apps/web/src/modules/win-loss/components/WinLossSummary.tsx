import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { formatAmount } from '../../deal/deal-labels';
import { formatRate } from '../win-loss-labels';
import type { WinLossTotals } from '../win-loss-totals';

interface WinLossSummaryProps {
  totals: WinLossTotals;
  loading: boolean;
}

export function WinLossSummary({ totals, loading }: WinLossSummaryProps) {
  const stats = [
    { key: 'closed', label: 'Closed deals', value: totals.closed.toLocaleString() },
    { key: 'won', label: 'Won', value: totals.won.toLocaleString() },
    { key: 'lost', label: 'Lost', value: totals.lost.toLocaleString() },
    { key: 'win-rate', label: 'Win rate', value: formatRate(totals.winRate, true) },
    { key: 'won-amount', label: 'Won amount', value: formatAmount(totals.wonAmount) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" data-testid="win-loss-summary">
      {stats.map((stat) => (
        <Paper key={stat.key} withBorder p="md" radius="md" shadow="xs" data-testid={`summary-${stat.key}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
            {stat.label}
          </Text>
          {loading ? (
            <Skeleton h={28} mt={6} w="70%" />
          ) : (
            <Text fz={24} fw={650} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="summary-value">
              {stat.value}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
