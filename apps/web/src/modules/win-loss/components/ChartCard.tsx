import { Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ChartCardProps {
  id: string;
  title: string;
  /** One line on what the chart shows, under the title. */
  caption?: ReactNode;
  /** Controls at the right of the title (e.g. "Show all"). */
  actions?: ReactNode;
  loading?: boolean;
  /** What to say when there is nothing to draw; the chart is drawn when null. */
  empty?: string | null;
  skeletonHeight?: number;
  children: ReactNode;
  'data-testid'?: string;
}

export function ChartCard({
  id,
  title,
  caption,
  actions,
  loading = false,
  empty = null,
  skeletonHeight = 240,
  children,
  'data-testid': testId,
}: ChartCardProps) {
  return (
    <Card component="section" aria-labelledby={`${id}-heading`} data-testid={testId} h="100%">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="md" id={`${id}-heading`}>
              {title}
            </Title>
            {caption ? (
              <Text size="xs" c="dimmed">
                {caption}
              </Text>
            ) : null}
          </Stack>
          {actions}
        </Group>
        {loading ? (
          <Skeleton h={skeletonHeight} />
        ) : empty ? (
          <Text size="sm" c="dimmed" py="xl" ta="center" data-testid="chart-empty">
            {empty}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Card>
  );
}
