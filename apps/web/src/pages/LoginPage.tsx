import { Alert, Box, Card, Center, Divider, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { hasSession } from '../core/session';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { SsoSignIn } from '../modules/auth/components/SsoSignIn';
import { useAuthConfig } from '../modules/auth/hooks/useAuthConfig';
import { ssoErrorMessage } from '../modules/auth/sso-errors';
import { ErrorNotice } from '../ui/ErrorNotice';
import { BrandMark } from '../ui/BrandMark';

function returnPathFrom(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    if (typeof from === 'string' && from.startsWith('/') && from !== '/login') {
      return from;
    }
  }
  return '/';
}

export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const returnPath = returnPathFrom(location.state);
  const [searchParams] = useSearchParams();
  const ssoError = ssoErrorMessage(searchParams.get('sso'));
  const { config, error, refetch } = useAuthConfig();
  const sso = config?.oidc.enabled && config.oidc.loginUrl ? config.oidc : null;
  // Until the server says otherwise, the password form is what most installations offer.
  const passwordLogin = config?.passwordLogin ?? true;

  if (hasSession()) {
    return <Navigate to={returnPath} replace />;
  }

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing={0} mih="100vh">
      <Box
        visibleFrom="md"
        p={56}
        c="white"
        style={{
          background: 'linear-gradient(155deg, var(--mantine-color-indigo-8) 0%, var(--mantine-color-indigo-6) 100%)',
        }}
      >
        <Stack justify="center" h="100%" maw={460} mx="auto" gap="xl">
          <Title order={2} fz={34} lh={1.2} c="white">
            Knowledge that wins deals, credited to the people who wrote it.
          </Title>
          <List spacing="md" size="md" c="indigo.0" listStyleType="none">
            <List.Item>
              <Text fw={600} c="white">
                Sharing instead of hoarding
              </Text>
              Playbooks, case studies and win/loss lessons in one place, not on personal laptops.
            </List.Item>
            <List.Item>
              <Text fw={600} c="white">
                Authorship instead of ownership
              </Text>
              Every reuse, adaptation and endorsement credits the authors.
            </List.Item>
            <List.Item>
              <Text fw={600} c="white">
                Knowledge flow instead of knowledge stocks
              </Text>
              The right content reaches the deal that needs it.
            </List.Item>
          </List>
        </Stack>
      </Box>
      <Center p="xl" bg="gray.0">
        <Stack w="100%" maw={400} gap="lg">
          <Stack gap="xs">
            <BrandMark size="lg" />
            <Text c="dimmed" size="sm">
              Byline is where your sales team shares what works, and authors get credit every time their content is
              reused.
            </Text>
          </Stack>
          <Card p="xl">
            <Stack gap="lg">
              <Title order={1} fz="xl">
                Sign in
              </Title>
              {ssoError ? (
                <Alert color="red" variant="light" role="alert" data-testid="sso-error">
                  {ssoError}
                </Alert>
              ) : null}
              {error && !config ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : null}
              {sso ? (
                <SsoSignIn label={sso.label ?? 'single sign-on'} loginUrl={sso.loginUrl!} returnPath={returnPath} />
              ) : null}
              {sso && passwordLogin ? <Divider label="or with your email and password" labelPosition="center" /> : null}
              {passwordLogin ? <LoginForm onSignedIn={() => void navigate(returnPath, { replace: true })} /> : null}
            </Stack>
          </Card>
        </Stack>
      </Center>
    </SimpleGrid>
  );
}
