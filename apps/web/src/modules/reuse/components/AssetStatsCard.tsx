import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';

interface AssetStats {
  reuseCount: number;
  uniqueReusers: number;
  teamsReached: number;
  viewCount: number;
  endorsementCount: number;
  creditGenerated: number;
}

const FIGURES: [keyof AssetStats, string][] = [
  ['reuseCount', 'Reuses'],
  ['uniqueReusers', 'People'],
  ['teamsReached', 'Teams reached'],
  ['endorsementCount', 'Endorsements'],
  ['viewCount', 'Views'],
  ['creditGenerated', 'Credit generated'],
];

/** How far an asset travelled: reuse, reach, endorsements and the credit it earned its authors. */
export function AssetStatsCard({ stats }: { stats: AssetStats }) {
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
      </Stack>
    </Card>
  );
}
