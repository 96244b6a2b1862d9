import { Anchor, Badge, Button, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import type { ViewerCan } from '../modules/auth/hooks/useViewer';
import { DealAuditTrail } from '../modules/deal/components/DealAuditTrail';
import { DealDetailsCard } from '../modules/deal/components/DealDetailsCard';
import { DealOutcomeBadge } from '../modules/deal/components/DealOutcomeBadge';
import { formatAmount } from '../modules/deal/deal-labels';
import { useDeal } from '../modules/deal/hooks/useDeal';
import { BuyerEngagementPanel } from '../modules/share/components/BuyerEngagementPanel';
import { DealSuggestions } from '../modules/suggestion/components/DealSuggestions';
import { DealAnalyses } from '../modules/win-loss/components/DealAnalyses';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PlusIcon } from '../ui/icons';

function DealNotFound() {
  return (
    <Card maw={560} data-testid="deal-not-found">
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz="xl">
          Deal not found
        </Title>
        <Text c="dimmed" size="sm">
          There is no deal at this address. It may have been removed from the CRM, or the link may be mistyped.
        </Text>
        <Button component={Link} to="/deals" variant="light">
          Back to the deals
        </Button>
      </Stack>
    </Card>
  );
}

export function DealPage({ viewerCan }: { viewerCan: Pick<ViewerCan, 'readDealAuditTrails'> }) {
  const { id } = useParams<{ id: string }>();
  const { deal, loading, notFound, error, refetch } = useDeal(id);
  const [writing, writer] = useDisclosure(false);

  if (notFound) {
    return <DealNotFound />;
  }
  if (!deal) {
    return loading || !error ? (
      <Stack gap="md" aria-busy="true">
        <Skeleton h={16} w={120} />
        <Skeleton h={34} w="50%" />
        <Skeleton h={300} mt="md" />
      </Stack>
    ) : (
      <ErrorNotice error={error} title="Could not load the deal" onRetry={() => void refetch()} />
    );
  }

  const closed = deal.outcome !== 'OPEN';
  const suggestions = <DealSuggestions dealId={deal.id} />;
  return (
    <Stack gap="lg" data-testid="deal-page">
      <Stack gap={6}>
        <Anchor component={Link} to="/deals" size="sm">
          ← Deals
        </Anchor>
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Stack gap={6}>
            <Title order={1} fz={26} data-testid="deal-title">
              {deal.name}
            </Title>
            <Group gap="xs">
              <DealOutcomeBadge outcome={deal.outcome} size="md" />
              {deal.stage && deal.stage.toLowerCase() !== deal.outcome.toLowerCase() ? (
                <Badge variant="default" radius="sm" size="md" tt="none" fw={500}>
                  {deal.stage}
                </Badge>
              ) : null}
              <Text size="sm" c="dimmed">
                {[
                  deal.accountName,
                  deal.amount !== null && deal.amount !== undefined ? formatAmount(deal.amount) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
          </Stack>
          {closed ? (
            <Button leftSection={<PlusIcon />} onClick={writer.open} data-testid="write-analysis">
              Write win/loss analysis
            </Button>
          ) : null}
        </Group>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <DealDetailsCard deal={deal} />
            {viewerCan.readDealAuditTrails ? <DealAuditTrail dealId={deal.id} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {/* An open deal needs inspiration first; a closed one, its lessons. */}
          <Stack gap="lg">
            {closed ? null : suggestions}
            <DealAnalyses deal={deal} writing={writing} onWrite={writer.open} onCloseWriter={writer.close} />
            {closed ? suggestions : null}
            <BuyerEngagementPanel dealId={deal.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
