import { Box, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { Component } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { isChunkLoadError, reloadForUpdate, reloadedForUpdateJustNow } from '../core/lazy-page';
import { BrandMark } from './BrandMark';

interface ErrorBoundaryProps {
  /** A change (the page's address) clears the error: the user went elsewhere. */
  resetKey?: string;
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.reset();
    }
  }

  reset = () => this.setState({ error: null, failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}

/**
 * The whole window, over the shell: the page's code is gone (a new version was deployed) or, right after a reload
 * for that, still does not arrive.
 */
export function AppUpdatedScreen() {
  const again = reloadedForUpdateJustNow();
  return (
    <Box
      pos="fixed"
      inset={0}
      bg="var(--mantine-color-body)"
      style={{ zIndex: 1000 }}
      role="alertdialog"
      aria-labelledby="app-updated-title"
      aria-describedby="app-updated-text"
    >
      <Center h="100%" p="md">
        <Stack maw={440} gap="md" align="flex-start">
          <BrandMark size="lg" />
          <Title order={1} fz={26} id="app-updated-title">
            {again ? 'Byline could not load' : 'Byline was updated'}
          </Title>
          <Text c="dimmed" id="app-updated-text">
            {again
              ? 'Part of the app did not arrive, even after reloading. Check your connection, then try again.'
              : 'A new version of Byline is available. Reload to continue on the current version; nothing you saved is lost.'}
          </Text>
          <Button size="md" onClick={reloadForUpdate}>
            {again ? 'Try again' : 'Reload'}
          </Button>
        </Stack>
      </Center>
    </Box>
  );
}

function RouteErrorPanel({ reset }: { reset: () => void }) {
  return (
    <Card maw={560} withBorder role="alert" data-testid="route-error">
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz="xl">
          Something went wrong on this page
        </Title>
        <Text c="dimmed" size="sm">
          This page ran into an unexpected error and could not be shown. The rest of Byline still works: try again, or
          go to another page.
        </Text>
        <Group gap="sm">
          <Button variant="light" onClick={reset}>
            Try again
          </Button>
          <Button component={Link} to="/" variant="default">
            Back to the feed
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * Around the routes: a page that throws while rendering shows a panel in its place (the shell around it keeps
 * working, and opening another page clears it); a page whose code is gone shows the "Byline was updated" screen.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary
      resetKey={pathname}
      fallback={(error, reset) => (isChunkLoadError(error) ? <AppUpdatedScreen /> : <RouteErrorPanel reset={reset} />)}
    >
      {children}
    </ErrorBoundary>
  );
}

function AppFailedScreen() {
  return (
    <Center h="100vh" p="md" role="alert">
      <Stack maw={440} gap="md" align="flex-start">
        <BrandMark size="lg" />
        <Title order={1} fz={26}>
          Something went wrong
        </Title>
        <Text c="dimmed">Byline ran into an unexpected error. Reloading the page usually fixes it.</Text>
        <Button size="md" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Stack>
    </Center>
  );
}

/** The last resort around the whole app (outside the router): never a blank page. */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={(error) => (isChunkLoadError(error) ? <AppUpdatedScreen /> : <AppFailedScreen />)}>
      {children}
    </ErrorBoundary>
  );
}
