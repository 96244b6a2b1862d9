import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { libraryPath } from '../../asset/library-params';
import type { LibraryFilterKey } from '../../asset/library-params';
import type { PersonProfile } from '../hooks/usePersonProfile';

const GROUPS = [
  { key: 'industries', filter: 'industry', label: 'Industries' },
  { key: 'buyerRoles', filter: 'buyerRole', label: 'Buyer roles' },
  { key: 'products', filter: 'product', label: 'Products' },
] as const satisfies readonly { key: keyof PersonProfile['expertise']; filter: LibraryFilterKey; label: string }[];

/** The terms they know best, from what they authored and what was endorsed; each opens the filtered library. */
export function PersonExpertise({ profile }: { profile: PersonProfile }) {
  const groups = GROUPS.map((g) => ({ ...g, terms: profile.expertise[g.key] })).filter((g) => g.terms.length > 0);
  return (
    <Card component="section" aria-labelledby="person-expertise-title" data-testid="person-expertise">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="person-expertise-title">
          Expertise
        </Title>
        {groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            No expertise to show yet: it comes from published assets tagged with industries, buyer roles or products.
          </Text>
        ) : (
          groups.map((g) => (
            <Stack key={g.key} gap={6}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {g.label}
              </Text>
              <Group gap={6} wrap="wrap">
                {g.terms.map((t) => (
                  <Badge
                    key={t.value}
                    component={Link}
                    to={libraryPath(g.filter, t.value)}
                    variant="default"
                    radius="sm"
                    size="lg"
                    tt="none"
                    fw={500}
                    style={{ cursor: 'pointer' }}
                    aria-label={`${t.value}: ${t.assets} ${t.assets === 1 ? 'asset' : 'assets'}, ${t.endorsements} endorsements`}
                    data-testid="expertise-chip"
                  >
                    {t.value} · {t.assets}
                  </Badge>
                ))}
              </Group>
            </Stack>
          ))
        )}
      </Stack>
    </Card>
  );
}
