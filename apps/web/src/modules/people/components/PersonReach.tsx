import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { reuseKindLabel } from '../../reuse/reuse-labels';
import type { PersonProfile } from '../hooks/usePersonProfile';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder padding="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Card>
  );
}

/** What others did with the person's work: reuses by kind as bars, share-link views and deals as stat cards. */
export function PersonReach({ profile }: { profile: PersonProfile }) {
  const { reuses, shareLinkViews, dealsUsedIn } = profile.reach;
  const max = Math.max(1, ...reuses.map((r) => r.count));
  const nothing = reuses.every((r) => r.count === 0) && shareLinkViews === 0 && dealsUsedIn === 0;
  return (
    <Card component="section" aria-labelledby="person-reach-title" data-testid="person-reach">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="person-reach-title">
          What others did with their work
        </Title>
        {nothing ? (
          <Text size="sm" c="dimmed">
            Nobody has reused their work yet.
          </Text>
        ) : (
          <>
            <SimpleGrid cols={2} spacing="sm">
              <Stat label="Buyer views of share links" value={shareLinkViews} />
              <Stat label="Deals used in" value={dealsUsedIn} />
            </SimpleGrid>
            <Stack gap={8}>
              {reuses.map((r) => (
                <Stack key={r.kind} gap={2}>
                  <Group justify="space-between">
                    <Text size="sm">{reuseKindLabel(r.kind)}</Text>
                    <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {r.count}
                    </Text>
                  </Group>
                  <Progress
                    value={(r.count / max) * 100}
                    size="sm"
                    aria-label={`${reuseKindLabel(r.kind)}: ${r.count}`}
                  />
                </Stack>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Card>
  );
}
