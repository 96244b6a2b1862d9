import { Anchor, Badge, Breadcrumbs, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { BranchIcon } from '../../../ui/icons';
import type { AssetDetail } from '../hooks/useAsset';
import { AssetKindBadge } from './AssetBadges';

/** "Adapted from" the chain of ancestors, farthest first, so it reads like a path to this asset. */
export function AncestryBreadcrumbs({ ancestry }: { ancestry: AssetDetail['ancestry'] }) {
  if (ancestry.length === 0) {
    return null;
  }
  return (
    <Group gap={8} wrap="nowrap" data-testid="adapted-from">
      <Text size="sm" c="dimmed" style={{ display: 'inline-flex', alignItems: 'center', gap: 6, flexShrink: 0 }}>
        <BranchIcon size={14} />
        Adapted from
      </Text>
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', minWidth: 0 }}>
        {[...ancestry].reverse().map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={`/assets/${ancestor.id}`} size="sm" fw={500}>
            {ancestor.title}
          </Anchor>
        ))}
      </Breadcrumbs>
    </Group>
  );
}

/** Published adaptations of this asset, which earn its authors credit. */
export function DerivedAssetsSection({ derivedAssets }: { derivedAssets: AssetDetail['derivedAssets'] }) {
  return (
    <Card component="section" aria-labelledby="adaptations-heading" data-testid="adaptations">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} fz="lg" id="adaptations-heading">
            Adaptations
          </Title>
          <Badge variant="light" color="gray" radius="sm">
            {derivedAssets.length}
          </Badge>
        </Group>
        {derivedAssets.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody has adapted this yet. When someone does, its authors are credited for every adaptation published.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {derivedAssets.map((derived) => (
              <Group
                key={derived.id}
                component="li"
                gap="sm"
                wrap="nowrap"
                align="flex-start"
                data-testid="adaptation-row"
              >
                <AssetKindBadge kind={derived.kind} size="xs" />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/assets/${derived.id}`} size="sm" fw={600}>
                    {derived.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[
                      derived.authors.map((author) => author.user.name).join(', '),
                      derived.team?.name,
                      derived.publishedAt ? formatDate(derived.publishedAt) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
