import { Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { JourneyPhase } from '../../../generated/graphql';
import { FollowButton } from '../../follow/components/FollowButton';
import { JOURNEY_PHASE_LABELS } from '../asset-labels';
import { libraryPath } from '../library-params';
import type { LibraryFilterKey } from '../library-params';

interface TopicRowProps {
  label: string;
  filterKey: LibraryFilterKey;
  values: readonly { value: string; label: string }[];
}

function TopicRow({ label, filterKey, values }: TopicRowProps) {
  if (values.length === 0) {
    return null;
  }
  return (
    <Stack gap={6}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Group gap={6}>
        {values.map(({ value, label: chipLabel }) => (
          <Badge
            key={value}
            component={Link}
            to={libraryPath(filterKey, value)}
            variant="default"
            radius="sm"
            size="lg"
            tt="none"
            fw={500}
            style={{ cursor: 'pointer' }}
            title={`Find more assets for ${chipLabel}`}
          >
            {chipLabel}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

interface AssetTopicsProps {
  industries: readonly string[];
  buyerRoles: readonly string[];
  journeyPhases: readonly JourneyPhase[];
  products: readonly string[];
  tags: readonly string[];
}

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** What an asset is about; each chip opens the library filtered by it, and tags can be followed. */
export function AssetTopics({ industries, buyerRoles, journeyPhases, products, tags }: AssetTopicsProps) {
  const empty = industries.length + buyerRoles.length + journeyPhases.length + products.length + tags.length === 0;
  if (empty) {
    return (
      <Text size="sm" c="dimmed">
        Not tagged yet.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <TopicRow label="Industries" filterKey="industry" values={plain(industries)} />
      <TopicRow label="Buyer roles" filterKey="buyerRole" values={plain(buyerRoles)} />
      <TopicRow
        label="Journey phases"
        filterKey="journeyPhase"
        values={journeyPhases.map((phase) => ({ value: phase, label: JOURNEY_PHASE_LABELS[phase] }))}
      />
      <TopicRow label="Products" filterKey="product" values={plain(products)} />
      {tags.length > 0 ? (
        <Stack gap={6}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            Tags
          </Text>
          <Stack gap={6}>
            {tags.map((tag) => (
              <Group key={tag} justify="space-between" gap="xs" wrap="nowrap" data-testid="asset-tag">
                <Badge
                  component={Link}
                  to={libraryPath('tag', tag)}
                  variant="light"
                  color="gray"
                  radius="sm"
                  size="lg"
                  tt="none"
                  fw={500}
                  style={{ cursor: 'pointer' }}
                  title={`Find more assets tagged ${tag}`}
                >
                  #{tag}
                </Badge>
                <FollowButton kind="TAG" target={tag} label={`#${tag}`} />
              </Group>
            ))}
          </Stack>
        </Stack>
      ) : null}
    </Stack>
  );
}
