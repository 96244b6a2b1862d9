import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Suspense, lazy } from 'react';

const SlidesUsedChart = lazy(() => import('./SlidesUsedChart').then((module) => ({ default: module.SlidesUsedChart })));

interface AssetStats {
  reuseCount: number;
  uniqueReusers: number;
  teamsReached: number;
  viewCount: number;
  endorsementCount: number;
  creditGenerated: number;
  slidesUsed?: readonly { slide: number; reuses: number }[];
}

type Figure = Exclude<keyof AssetStats, 'slidesUsed'>;

const FIGURES: [Figure, string][] = [
  ['reuseCount', 'Reuses'],
  ['uniqueReusers', 'People'],
  ['teamsReached', 'Teams reached'],
  ['endorsementCount', 'Endorsements'],
  ['viewCount', 'Views'],
  ['creditGenerated', 'Credit generated'],
];

interface AssetStatsCardProps {
  stats: AssetStats;
  /** What one page of its deck is called (slide or page), when reuses can name them. */
  pageLabel?: string;
}

/** How far an asset travelled: reuse, reach, endorsements, the credit it earned its authors, and its slides used. */
export function AssetStatsCard({ stats, pageLabel = 'slide' }: AssetStatsCardProps) {
  const slidesUsed = stats.slidesUsed ?? [];
  return (
    <Card component="section" aria-labelledby="stats-heading" data-testid="asset-stats">
      <Stack gap="md">
        <Title order={2} fz="md" id="stats-heading">
          How it travelled
        </Title>
        <SimpleGrid cols={3} spacing="sm" verticalSpacing="md">
          {FIGURES.map(([key, label]) => (
            <Stack key={key} gap={0}>
              <Text fw={700} fz="xl" lh={1.1}>
                {stats[key].toLocaleString()}
              </Text>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        {slidesUsed.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} fz="sm" fw={600}>
              {pageLabel === 'page' ? 'Pages used' : 'Slides used'}
            </Title>
            <Suspense fallback={<Skeleton h={26 * slidesUsed.length + 30} />}>
              <SlidesUsedChart slidesUsed={slidesUsed} pageLabel={pageLabel} />
            </Suspense>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
