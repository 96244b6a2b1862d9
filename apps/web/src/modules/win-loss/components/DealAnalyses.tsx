import { Anchor, Badge, Box, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PersonLinks } from '../../people/components/PersonLinks';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { formatDate } from '../../../ui/format';
import { PlusIcon } from '../../../ui/icons';
import { AssetStatusBadge } from '../../asset/components/AssetBadges';
import { MarkdownBody } from '../../asset/components/MarkdownBody';
import type { DealDetail } from '../../deal/hooks/useDeal';
import { useDealAnalyses } from '../hooks/useDealAnalyses';
import type { DealAnalysis } from '../hooks/useDealAnalyses';
import { WriteAnalysisModal } from './WriteAnalysisModal';

function AnalysisCard({ analysis }: { analysis: DealAnalysis }) {
  const details = analysis.winLoss;
  return (
    <Card padding="md" withBorder shadow="none" component="article" data-testid="analysis" aria-label={analysis.title}>
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
          <Anchor component={Link} to={`/assets/${analysis.id}`} fw={650}>
            {analysis.title}
          </Anchor>
          {analysis.status !== 'PUBLISHED' ? <AssetStatusBadge status={analysis.status} size="xs" /> : null}
        </Group>
        <Text size="xs" c="dimmed">
          <PersonLinks people={analysis.authors.map((author) => author.user)} />
          {analysis.publishedAt
            ? ` · Published ${formatDate(analysis.publishedAt)}`
            : ` · Written ${formatDate(analysis.createdAt)}`}
        </Text>
        {analysis.summary ? <Text size="sm">{analysis.summary}</Text> : null}
        {details && details.reasons.length > 0 ? (
          <Group gap={6}>
            {details.reasons.map((reason) => (
              <Badge
                key={reason}
                variant="light"
                color={details.outcome === 'WON' ? 'teal' : 'red'}
                radius="sm"
                tt="none"
                fw={500}
                data-testid="analysis-reason"
              >
                {reason}
              </Badge>
            ))}
          </Group>
        ) : null}
        {details && (details.competitor || details.buyerRolesInvolved.length > 0) ? (
          <Text size="xs" c="dimmed">
            {[
              details.competitor ? `Against ${details.competitor}` : null,
              details.buyerRolesInvolved.length > 0 ? `Buyers: ${details.buyerRolesInvolved.join(', ')}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        ) : null}
        {details?.lessonsLearned ? (
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
              Lessons learned
            </Text>
            <Box fz="sm">
              <MarkdownBody>{details.lessonsLearned}</MarkdownBody>
            </Box>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

interface DealAnalysesProps {
  deal: DealDetail;
  /** Whether the "write an analysis" form is open (the deal page's header opens it too). */
  writing: boolean;
  onWrite: () => void;
  onCloseWriter: () => void;
}

/** The win/loss analyses written about one deal, and for a closed deal, the way to write one. */
export function DealAnalyses({ deal, writing, onWrite, onCloseWriter }: DealAnalysesProps) {
  const { analyses, loading, error, refetch } = useDealAnalyses(deal.id);
  const closed = deal.outcome !== 'OPEN';
  return (
    <Card component="section" aria-labelledby="analyses-heading" data-testid="deal-analyses">
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} fz="md" id="analyses-heading">
            Win/loss analyses
          </Title>
        </Group>
        {error ? (
          <ErrorNotice error={error} title="Could not load the analyses" onRetry={() => void refetch()} />
        ) : loading ? (
          <Skeleton h={90} />
        ) : analyses.length === 0 ? (
          <Stack gap="sm" align="flex-start" data-testid="analyses-empty">
            <Text size="sm" c="dimmed">
              {closed
                ? `Nobody has written up why this deal was ${deal.outcome === 'WON' ? 'won' : 'lost'} yet. An analysis helps the next seller in a deal like it, and its reasons feed the win/loss dashboard.`
                : 'Analyses are written once the deal is won or lost.'}
            </Text>
            {closed ? (
              <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={onWrite}>
                Write the first one
              </Button>
            ) : null}
          </Stack>
        ) : (
          <Stack gap="sm">
            {analyses.map((analysis) => (
              <AnalysisCard key={analysis.id} analysis={analysis} />
            ))}
          </Stack>
        )}
      </Stack>
      {closed && writing ? (
        <WriteAnalysisModal
          deal={deal}
          opened={writing}
          onClose={onCloseWriter}
          onSaved={() => {
            onCloseWriter();
            void refetch();
          }}
        />
      ) : null}
    </Card>
  );
}
