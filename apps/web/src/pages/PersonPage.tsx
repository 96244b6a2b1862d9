import { Button, Card, Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PersonAssets } from '../modules/people/components/PersonAssets';
import { PersonEndorsements } from '../modules/people/components/PersonEndorsements';
import { PersonExpertise } from '../modules/people/components/PersonExpertise';
import { PersonHeader } from '../modules/people/components/PersonHeader';
import { PersonReach } from '../modules/people/components/PersonReach';
import { usePersonProfile } from '../modules/people/hooks/usePersonProfile';
import { ErrorNotice } from '../ui/ErrorNotice';

function PersonNotFound() {
  return (
    <Card maw={560} data-testid="person-not-found">
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz="xl">
          Person not found
        </Title>
        <Text c="dimmed" size="sm">
          There is nobody at this address in Byline. The link may be mistyped.
        </Text>
        <Button component={Link} to="/" variant="light">
          Back to the feed
        </Button>
      </Stack>
    </Card>
  );
}

/** A person's profile: their work, what others did with it, endorsements and expertise. */
export function PersonPage() {
  const { id } = useParams<{ id: string }>();
  const { profile, loading, notFound, error, refetch } = usePersonProfile(id);

  if (notFound) {
    return <PersonNotFound />;
  }
  if (!profile) {
    return loading || !error ? (
      <Stack gap="md" aria-busy="true">
        <Skeleton h={34} w="40%" />
        <Skeleton h={16} w={200} />
        <Skeleton h={300} mt="md" />
      </Stack>
    ) : (
      <ErrorNotice error={error} title="Could not load the profile" onRetry={() => void refetch()} />
    );
  }

  return (
    <Stack gap="lg" data-testid="person-page">
      <PersonHeader profile={profile} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <PersonAssets profile={profile} />
            <PersonEndorsements profile={profile} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <PersonExpertise profile={profile} />
            <PersonReach profile={profile} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
