import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Expert } from '../hooks/useExperts';
import { PersonLink } from './PersonLink';

/** The people to ask, best first, each with the evidence: assets on the topic, endorsements, their top assets. */
export function ExpertResults({ topic, experts }: { topic: string; experts: readonly Expert[] }) {
  if (experts.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="experts-empty">
        Nobody has published anything you can see about “{topic}” yet. Try an industry, a product or a buyer role.
      </Text>
    );
  }
  return (
    <Stack
      gap="sm"
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={`Who to ask about ${topic}`}
    >
      {experts.map((expert, index) => (
        <Card key={expert.person.id} component="li" withBorder padding="md" data-testid="expert">
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text c="dimmed" fw={700} size="sm">
                  {index + 1}.
                </Text>
                <PersonLink person={expert.person} fw={650} size="md" data-testid="expert-name" />
              </Group>
              <Group gap={6}>
                <Badge variant="light" radius="sm" tt="none">
                  {expert.assetCount === 1 ? '1 asset' : `${expert.assetCount} assets`}
                </Badge>
                <Badge variant="light" color="orange" radius="sm" tt="none">
                  {expert.endorsementCount === 1 ? '1 endorsement' : `${expert.endorsementCount} endorsements`}
                </Badge>
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              {[expert.person.title, expert.person.team?.name].filter(Boolean).join(' · ')}
            </Text>
            {expert.topAssets.length > 0 ? (
              <Stack gap={2}>
                {expert.topAssets.map((asset) => (
                  <Anchor
                    key={asset.id}
                    component={Link}
                    to={`/assets/${asset.id}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {asset.title}
                  </Anchor>
                ))}
              </Stack>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
