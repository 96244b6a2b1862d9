import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { endorsementKindLabel } from '../../endorsement/endorsement-labels';
import type { PersonProfile } from '../hooks/usePersonProfile';
import { PersonLink } from './PersonLink';

/** Endorsements their assets received, newest first, with the endorser's comment. */
export function PersonEndorsements({ profile }: { profile: PersonProfile }) {
  return (
    <Card component="section" aria-labelledby="person-endorsements-title" data-testid="person-endorsements">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="lg" id="person-endorsements-title">
            Endorsements received
          </Title>
          <Text size="sm" c="dimmed">
            {profile.endorsementCount}
          </Text>
        </Group>
        {profile.endorsements.length === 0 ? (
          <Text size="sm" c="dimmed">
            No endorsements yet.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {profile.endorsements.map((e) => (
              <Stack key={e.id} component="li" gap={4} data-testid="person-endorsement">
                <Group gap={6} wrap="wrap">
                  <Badge variant="light" color="orange" radius="sm" size="sm" tt="none">
                    {endorsementKindLabel(e.kind)}
                  </Badge>
                  <Text size="sm">
                    <PersonLink person={e.endorser} fw={600} /> on{' '}
                    <Anchor component={Link} to={`/assets/${e.asset.id}`} inherit>
                      {e.asset.title}
                    </Anchor>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(e.createdAt)}
                  </Text>
                </Group>
                {e.comment ? (
                  <Text size="sm" c="dark.4" fs="italic" style={{ overflowWrap: 'anywhere' }}>
                    “{e.comment}”
                  </Text>
                ) : null}
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
