import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useDealReviewFlags } from '../hooks/useDealReviewFlags';
import { DealOutcomeBadge } from './DealOutcomeBadge';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

const REASON_LABELS: Record<string, string> = {
  OUTCOME_CHANGED_AGAIN: 'Outcome changed more than once',
  REOPENED: 'Closed, then re-opened',
};

/** Deals whose outcome moved in ways worth a look. A flag is for review only: it never changes credit. */
export function DealReviewFlagsSection() {
  const phone = usePhoneLayout();
  const { flags, loading, error, refetch } = useDealReviewFlags();
  return (
    <Card component="section" aria-labelledby="deal-flags-heading" data-testid="deal-review-flags">
      <Stack gap="md">
        <Group gap="xs">
          <Title order={2} fz="lg" id="deal-flags-heading">
            Deals to review
          </Title>
          <Badge variant="light" color="gray" radius="sm">
            {flags.length}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          From each deal&apos;s change history. Flags are for review; they never change anyone&apos;s credit.
        </Text>
        {error ? <ErrorNotice error={error} title="Could not load the flags" onRetry={() => void refetch()} /> : null}
        {!flags.length ? (
          <Text size="sm" c="dimmed">
            {loading ? 'Loading…' : 'No deal to review.'}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={phone ? 0 : 560}>
            <Table className={`${keyColumns.wrap} ${keyColumns.hide4}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Deal</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Why</Table.Th>
                  <Table.Th>Last change</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {flags.map((f) => (
                  <Table.Tr key={f.deal.id} data-testid="deal-review-flag">
                    <Table.Td>
                      <Anchor component={Link} to={`/deals/${f.deal.id}`} size="sm">
                        {f.deal.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {f.deal.externalId}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <DealOutcomeBadge outcome={f.deal.outcome} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.reasons.map((r) => REASON_LABELS[r] ?? r).join('; ')}</Text>
                      <Text size="xs" c="dimmed">
                        {f.outcomeChanges} outcome changes, {f.reopenings} re-opened
                      </Text>
                    </Table.Td>
                    <Table.Td>{new Date(f.lastChangeAt).toLocaleString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
