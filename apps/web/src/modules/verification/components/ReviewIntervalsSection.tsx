import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AssetKind } from '../../../generated/graphql';
import { ASSET_KIND_LABELS } from '../../asset/asset-labels';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useReviewIntervals, useSetReviewInterval } from '../hooks/useReviewIntervals';

function IntervalRow({ kind, days, isDefault }: { kind: AssetKind; days: number; isDefault: boolean }) {
  const [value, setValue] = useState<number | string>(days);
  const { save, loading } = useSetReviewInterval();
  const label = ASSET_KIND_LABELS[kind];
  const changed = typeof value === 'number' && value !== days;
  const onSave = () =>
    void save(kind, value as number)
      .then(() => notifySuccess(`${label} assets are now reviewed every ${String(value)} days.`))
      .catch((error: unknown) => notifyError(error, 'Could not change the interval'));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="review-interval" data-kind={kind}>
      <NumberInput
        label={`${label} (days)`}
        description={isDefault ? 'The default' : undefined}
        min={1}
        max={730}
        allowDecimal={false}
        value={value}
        onChange={setValue}
        w={180}
      />
      <Button size="sm" variant="default" disabled={!changed} loading={loading} onClick={onSave}>
        Save
      </Button>
    </Group>
  );
}

/** On the admin page: how long each kind of asset stays fresh before its verifier is asked to review it. */
export function ReviewIntervalsSection() {
  const { intervals, error, refetch } = useReviewIntervals();
  return (
    <Card component="section" aria-labelledby="review-intervals-heading" withBorder>
      <Stack gap="md">
        <Title order={2} fz="lg" id="review-intervals-heading">
          Review intervals
        </Title>
        <Text size="sm" c="dimmed">
          An asset falls due for review this many days after it was last verified or published; then it is marked “may
          be out of date”, ranks lower in suggestions and its verifier is reminded.
        </Text>
        {error ? (
          <ErrorNotice error={error} title="Could not load the intervals" onRetry={() => void refetch()} />
        ) : null}
        {intervals.map((i) => (
          <IntervalRow key={`${i.kind}:${i.days}`} kind={i.kind} days={i.days} isDefault={i.isDefault} />
        ))}
      </Stack>
    </Card>
  );
}
