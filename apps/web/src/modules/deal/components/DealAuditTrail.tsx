import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useDealAuditTrail } from '../hooks/useDealAuditTrail';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

const FIELD_LABELS: Record<string, string> = {
  outcome: 'Outcome',
  amount: 'Amount',
  engagedAt: 'Engage date',
  closedAt: 'Close date',
};
const SOURCE_LABELS: Record<string, string> = { IMPORT: 'Import', WEBHOOK: 'CRM webhook', API: 'API' };

const value = (v: string | null | undefined) => (v === null || v === undefined ? '—' : v);

/** Who changed a deal's outcome, amount or dates, how, and from what to what. Shown to admins only. */
export function DealAuditTrail({ dealId }: { dealId: string }) {
  const phone = usePhoneLayout();
  const { entries, loading, error, refetch } = useDealAuditTrail(dealId);
  return (
    <Card component="section" aria-labelledby="deal-audit-heading" data-testid="deal-audit-trail">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="deal-audit-heading">
          Change history
        </Title>
        {error ? (
          <ErrorNotice error={error} title="Could not load the change history" onRetry={() => void refetch()} />
        ) : null}
        {!entries.length ? (
          <Text size="sm" c="dimmed">
            {loading ? 'Loading the change history…' : 'No change of outcome, amount or dates recorded yet.'}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={phone ? 0 : 560}>
            <Table className={`${keyColumns.wrap} ${keyColumns.hide4}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Field</Table.Th>
                  <Table.Th>Before → after</Table.Th>
                  <Table.Th>By</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.id} data-testid="deal-audit-row">
                    <Table.Td>{new Date(e.changedAt).toLocaleString()}</Table.Td>
                    <Table.Td>{FIELD_LABELS[e.field] ?? e.field}</Table.Td>
                    <Table.Td>
                      {value(e.before)} → {value(e.after)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" radius="sm" tt="none" mr={6}>
                        {SOURCE_LABELS[e.source] ?? e.source}
                      </Badge>
                      {e.actor?.name ?? null}
                    </Table.Td>
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
