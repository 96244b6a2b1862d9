import { Alert, Anchor, Box, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { EmbedDealPanel } from '../modules/embed/components/EmbedDealPanel';
import { useEmbedSession } from '../modules/embed/hooks/useEmbedSession';
import { BrandMark } from '../ui/BrandMark';

/** Byline's own pages open in a new tab: the CRM keeps its frame. */
const BYLINE_HOME = `${window.location.origin}/`;

function SignIn() {
  return (
    <Stack gap="xs" align="flex-start" data-testid="embed-sign-in">
      <Text size="sm">Sign in to Byline to see what fits this deal.</Text>
      <Anchor href={BYLINE_HOME} target="_blank" rel="noopener" fw={600}>
        Open Byline to sign in
      </Anchor>
      <Text size="xs" c="dimmed">
        Then reload this record.
      </Text>
    </Stack>
  );
}

/**
 * The CRM sidebar panel of one deal (/embed/deals/<crm id>), outside the app's navigation: made for a frame 320 to
 * 400 px wide, and a phone.
 */
export function EmbedDealPage() {
  const { crmId = '' } = useParams();
  const session = useEmbedSession(crmId);
  return (
    <Box maw={440} mx="auto" p="sm" data-testid="embed-panel">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <BrandMark />
        <Text size="xs" c="dimmed">
          in your CRM
        </Text>
      </Group>
      {session.kind === 'loading' ? (
        <Center py="xl" aria-busy="true">
          <Loader size="sm" />
        </Center>
      ) : session.kind === 'ready' ? (
        <EmbedDealPanel dealId={session.dealId} />
      ) : session.kind === 'refused' ? (
        <Alert
          color="red"
          variant="light"
          title="Byline could not open this deal"
          role="alert"
          data-testid="embed-refused"
        >
          <Stack gap={6} align="flex-start">
            <Text size="sm">{session.message}</Text>
            <Text size="sm">Reload the CRM record to get a fresh link. Nothing was recorded.</Text>
          </Stack>
        </Alert>
      ) : session.kind === 'no-deal' ? (
        <Alert color="gray" variant="light" title="This deal is not in Byline yet" data-testid="embed-no-deal">
          <Text size="sm">Deals reach Byline through the CRM import or webhook; this one has not arrived.</Text>
        </Alert>
      ) : (
        <SignIn />
      )}
    </Box>
  );
}
