import { Center, Container } from '@mantine/core';
import { useDeferredValue, useEffect } from 'react';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LOGIN_PATH } from '../../../core/apollo';
import { hasErrorCode } from '../../../core/graphql-errors';
import { forgetSession } from '../../../core/session';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { FullPageLoader } from '../../../ui/FullPageLoader';
import { useViewer } from '../hooks/useViewer';
import type { Viewer } from '../hooks/useViewer';

interface RequireViewerProps {
  children: (viewer: Viewer) => ReactNode;
}

function EndSession() {
  const navigate = useNavigate();
  useEffect(() => {
    forgetSession();
    void navigate(LOGIN_PATH, { replace: true });
  }, [navigate]);
  return <FullPageLoader />;
}

/** Renders its children for a signed-in user; everyone else goes to the login page. */
export function RequireViewer({ children }: RequireViewerProps) {
  const location = useLocation();
  const { hasSession, viewer: current, loading, error, refetch } = useViewer();
  // The signed-in app (shell and page) is built in an interruptible render that yields to the browser every few
  // milliseconds, not in one long task when the account arrives; the loading screen stays until it is ready.
  const viewer = useDeferredValue(current);

  if (!hasSession) {
    return <Navigate to={LOGIN_PATH} replace state={{ from: location.pathname }} />;
  }
  if (viewer) {
    return children(viewer);
  }
  // An UNAUTHENTICATED error is handled by the Apollo link, which is already on its way to the login page.
  if (loading || current || hasErrorCode(error, 'UNAUTHENTICATED')) {
    return <FullPageLoader />;
  }
  if (error) {
    return (
      <Container size="xs">
        <Center h="100vh">
          <ErrorNotice error={error} title="Byline could not load your account" onRetry={() => void refetch()} />
        </Center>
      </Container>
    );
  }
  // The session no longer names a user.
  return <EndSession />;
}
