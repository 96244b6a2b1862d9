import { Badge, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { EngagementLevel } from '../../../generated/graphql';
import type { PersonProfile } from '../hooks/usePersonProfile';

const LEVELS: Record<EngagementLevel, { label: string; hint: string; color: string }> = {
  CONTRIBUTING: { label: 'Contributing', hint: 'Authors published assets', color: 'teal' },
  PARTICIPATING: { label: 'Participating', hint: 'Endorses other people’s work', color: 'orange' },
  SHARING: { label: 'Sharing', hint: 'Reuses other people’s knowledge', color: 'blue' },
};

const STATUS_LABELS = { SUSPENDED: 'Suspended', DEPARTED: 'Left the company' } as const;

/** Name, title, team, engagement level and, for those who may read it, the way to their credit. */
export function PersonHeader({ profile }: { profile: PersonProfile }) {
  const { person, engagementLevel, credit } = profile;
  const level = engagementLevel ? LEVELS[engagementLevel] : null;
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} fz={26} data-testid="person-name">
          {person.name}
        </Title>
        <Text size="sm" c="dimmed">
          {[person.title, person.team?.name].filter(Boolean).join(' · ') || 'No title or team yet'}
        </Text>
        <Group gap="xs">
          {level ? (
            <Tooltip label={level.hint} withArrow>
              <Badge color={level.color} variant="light" radius="sm" data-testid="engagement-level">
                {level.label}
              </Badge>
            </Tooltip>
          ) : (
            <Badge color="gray" variant="light" radius="sm" data-testid="engagement-level">
              Not active yet
            </Badge>
          )}
          {person.status !== 'ACTIVE' ? (
            <Badge color="gray" variant="outline" radius="sm">
              {STATUS_LABELS[person.status]}
            </Badge>
          ) : null}
        </Group>
      </Stack>
      {credit ? (
        <Group gap="md" align="flex-end">
          <Stack gap={0} align="flex-end">
            <Text size="xs" c="dimmed">
              Credit · {credit.quarterLabel}
            </Text>
            <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {credit.thisQuarter} pts
            </Text>
            <Text size="xs" c="dimmed">
              {credit.allTime} pts all time
            </Text>
          </Stack>
          {person.viewerCan.readCredit ? (
            <Button component={Link} to={`/people/${person.id}/credit`} variant="light" size="sm">
              Credit statement
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Group>
  );
}
