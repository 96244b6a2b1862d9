import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { EngagementLevels } from '../../report/components/EngagementLevels';
import type { EngagementCounts } from '../../report/engagement';
import { formatPoints, pluralize } from '../credit-labels';
import type { CreditStanding } from '../hooks/useCreditStanding';
import { formatOrdinal, formatRank } from '../../leaderboard/rank';

interface CreditSummaryCardsProps {
  periodLabel: string | null;
  sum: number | null;
  totalCount: number;
  standing: CreditStanding | null;
  boardSize: number | null;
  engagement: EngagementCounts | null;
  loading: boolean;
  /** "you" on My credit, the person's first name elsewhere. */
  subject: string;
}

function SummaryCard({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card padding="lg" data-testid={testId}>
      <Stack gap={6} h="100%">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          {title}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

/** "Top 36%": rank 5 of 14. */
function topPercent(rank: number, size: number): number {
  return Math.max(1, Math.round((rank / size) * 100));
}

export function CreditSummaryCards({
  periodLabel,
  sum,
  totalCount,
  standing,
  boardSize,
  engagement,
  loading,
  subject,
}: CreditSummaryCardsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
      <SummaryCard title={periodLabel ? `Credit · ${periodLabel}` : 'Credit'} testId="credit-total">
        {loading || sum === null ? (
          <Skeleton h={40} w={120} />
        ) : (
          <Title order={2} fz={40} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="credit-sum">
            {sum === 0 ? '0' : formatPoints(sum)}
          </Title>
        )}
        <Text size="sm" c="dimmed">
          {loading ? '\u00a0' : `The sum of ${pluralize(totalCount, 'entry', 'entries')} in the statement below.`}
        </Text>
      </SummaryCard>

      <SummaryCard title="Rank in the organisation" testId="credit-rank">
        {loading ? (
          <Skeleton h={40} w={120} />
        ) : standing ? (
          <>
            <Title
              order={2}
              fz={40}
              lh={1}
              style={{ fontVariantNumeric: 'tabular-nums' }}
              aria-label={formatRank(standing.rank, standing.size)}
              data-testid="credit-rank-value"
            >
              {formatOrdinal(standing.rank)}
              <Text span c="dimmed" fz="lg" fw={500}>
                {' '}
                of {standing.size.toLocaleString()}
              </Text>
            </Title>
            <Text size="sm" c="dimmed">
              Top {topPercent(standing.rank, standing.size)}% on the credit leaderboard.
            </Text>
          </>
        ) : (
          <>
            <Title order={2} fz={40} lh={1} c="dimmed">
              —
            </Title>
            <Text size="sm" c="dimmed">
              {subject === 'you' ? 'You are' : `${subject} is`} not on the board for this period
              {boardSize ? ` (${pluralize(boardSize, 'person', 'people')} with credit)` : ''}.
            </Text>
          </>
        )}
      </SummaryCard>

      <SummaryCard title="Engagement" testId="credit-engagement">
        {engagement ? (
          <EngagementLevels counts={engagement} caption="The three compared with one another, this period." />
        ) : loading ? (
          <Skeleton h={90} />
        ) : (
          <Text size="sm" c="dimmed">
            Engagement is not available.
          </Text>
        )}
      </SummaryCard>
    </SimpleGrid>
  );
}
