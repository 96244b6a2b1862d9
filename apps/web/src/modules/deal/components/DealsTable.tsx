import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PersonLink } from '../../people/components/PersonLink';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import { formatAmount, formatDay } from '../deal-labels';
import type { DealRow } from '../hooks/useDeals';
import { DealOutcomeBadge } from './DealOutcomeBadge';

interface DealsTableProps {
  deals: readonly DealRow[];
  /** Dims the rows while results for new filters load. */
  stale?: boolean;
}

/** On a phone: one card per deal, with what tells deals apart (name, account, amount, outcome, owner, close). */
function DealCards({ deals, stale }: { deals: readonly DealRow[]; stale: boolean }) {
  return (
    <Stack
      gap="xs"
      data-testid="deals-table"
      style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms ease' }}
      component="ul"
      p={0}
      m={0}
      aria-label="Deals"
    >
      {deals.map((deal) => (
        <Card key={deal.id} component="li" padding="sm" data-testid="deal-row" style={{ listStyle: 'none' }}>
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Anchor
                component={Link}
                to={`/deals/${deal.id}`}
                fw={600}
                size="sm"
                style={{ overflowWrap: 'anywhere', minWidth: 0 }}
              >
                {deal.name}
              </Anchor>
              <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatAmount(deal.amount)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[deal.accountName, deal.industry, deal.product].filter(Boolean).join(' · ') || '—'}
            </Text>
            <Group gap={6} wrap="wrap">
              <DealOutcomeBadge outcome={deal.outcome} size="xs" />
              {deal.stage && deal.stage.toLowerCase() !== deal.outcome.toLowerCase() ? (
                <Text size="xs" span data-testid="deal-stage">
                  {deal.stage}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed" span>
                {[deal.owner?.name, deal.closedAt ? `closed ${formatDay(deal.closedAt)}` : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

export function DealsTable({ deals, stale = false }: DealsTableProps) {
  const phone = usePhoneLayout();
  if (phone) {
    return <DealCards deals={deals} stale={stale} />;
  }
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table
        data-testid="deals-table"
        horizontalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms ease', whiteSpace: 'nowrap' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Deal</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Industry</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Product</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
            <Table.Th>Outcome and stage</Table.Th>
            <Table.Th>Closed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deals.map((deal) => (
            <Table.Tr key={deal.id} data-testid="deal-row">
              <Table.Td maw={220}>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/deals/${deal.id}`} fw={600} size="sm" truncate="end" title={deal.name}>
                    {deal.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {deal.externalId}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{deal.accountName ?? <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>{deal.industry ?? <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>
                {deal.owner ? <PersonLink person={deal.owner} /> : <Text c="dimmed">—</Text>}
                {deal.team ? (
                  <Text size="xs" c="dimmed">
                    {deal.team.name}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{deal.product ?? <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                {formatAmount(deal.amount)}
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <DealOutcomeBadge outcome={deal.outcome} size="xs" />
                  {/* The CRM's stage, where it says more than the outcome (Prospecting, Engaging, …). */}
                  {deal.stage && deal.stage.toLowerCase() !== deal.outcome.toLowerCase() ? (
                    <Text size="sm" span data-testid="deal-stage">
                      {deal.stage}
                    </Text>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(deal.closedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
