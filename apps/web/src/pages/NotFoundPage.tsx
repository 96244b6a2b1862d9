import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Card maw={520}>
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz="xl">
          Page not found
        </Title>
        <Text c="dimmed" size="sm">
          There is nothing at this address. It may have moved, or the link may be mistyped.
        </Text>
        <Button component={Link} to="/" variant="light">
          Back to the feed
        </Button>
      </Stack>
    </Card>
  );
}
