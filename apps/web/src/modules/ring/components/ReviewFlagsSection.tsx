import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PeriodKind } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { PeriodKindControl } from '../../credit/components/PeriodPicker';
import { useReviewFlags } from '../hooks/useReviewFlags';
import { CreditRingsTable } from './CreditRingsTable';
import { CreditSpikesTable } from './CreditSpikesTable';

/** Patterns in the credit an admin should look at; flags never change anyone's credit. */
export function ReviewFlagsSection() {
  const [kind, setKind] = useState<PeriodKind>('MONTH');
  const { rings, spikes, loading, error, refetch } = useReviewFlags(kind);
  const empty = (what: string) => (loading ? 'Loading…' : `No ${what} in this period.`);

  return (
    <Card component="section" aria-labelledby="review-flags-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="lg" id="review-flags-heading">
            Review flags
          </Title>
          <PeriodKindControl value={kind} onChange={setKind} />
        </Group>
        <Text size="sm" c="dimmed">
          Flags are for review only: nobody&apos;s credit changes because of them.
        </Text>
        {error ? (
          <ErrorNotice error={error} title="Could not load review flags" onRetry={() => void refetch()} />
        ) : null}
        <Title order={3} fz="md">
          Credit rings
        </Title>
        <CreditRingsTable rings={rings} emptyMessage={empty('credit rings')} />
        <Title order={3} fz="md">
          Credit spikes
        </Title>
        <Text size="sm" c="dimmed">
          A day with at least 50 points and more than 5× the person&apos;s median day over the 90 days before (days
          without credit count as 0).
        </Text>
        <CreditSpikesTable spikes={spikes} emptyMessage={empty('credit spikes')} />
      </Stack>
    </Card>
  );
}
