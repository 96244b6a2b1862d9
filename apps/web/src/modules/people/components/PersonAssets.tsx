import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { AssetKindBadge, AssetStatusBadge, VisibilityBadge } from '../../asset/components/AssetBadges';
import { AUTHOR_ROLE_LABELS } from '../../authorship/authorship-labels';
import type { PersonProfile } from '../hooks/usePersonProfile';

/** The assets the person authors or co-authors, with their role and share. */
export function PersonAssets({ profile }: { profile: PersonProfile }) {
  const first = profile.person.name.split(' ')[0] ?? profile.person.name;
  return (
    <Card component="section" aria-labelledby="person-assets-title" data-testid="person-assets">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="lg" id="person-assets-title">
            Assets
          </Title>
          <Text size="sm" c="dimmed">
            {profile.assetCount === 1 ? '1 asset' : `${profile.assetCount} assets`}
          </Text>
        </Group>
        {profile.assets.length === 0 ? (
          <Text size="sm" c="dimmed">
            {first} has not authored anything you can see yet.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {profile.assets.map(({ asset, role, share }) => (
              <Stack key={asset.id} component="li" gap={4} data-testid="person-asset">
                <Anchor
                  component={Link}
                  to={`/assets/${asset.id}`}
                  fw={600}
                  size="sm"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {asset.title}
                </Anchor>
                <Group gap={6} wrap="wrap">
                  <Badge variant="light" color="indigo" radius="sm" size="sm" tt="none" fw={500}>
                    {AUTHOR_ROLE_LABELS[role]} · {share}%
                  </Badge>
                  <AssetKindBadge kind={asset.kind} size="xs" />
                  {asset.status !== 'PUBLISHED' ? <AssetStatusBadge status={asset.status} size="xs" /> : null}
                  {asset.visibility !== 'ORG' ? <VisibilityBadge visibility={asset.visibility} size="xs" /> : null}
                  <Text size="xs" c="dimmed">
                    {formatDate(asset.publishedAt ?? asset.createdAt)}
                  </Text>
                </Group>
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
