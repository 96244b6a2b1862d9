import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { LOGIN_PATH } from '../../../core/apollo';
import { clearSessionToken } from '../../../core/session-token';

export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();

  return async (): Promise<void> => {
    clearSessionToken();
    // Messages about the last session's actions mean nothing to whoever signs in next.
    notifications.clean();
    await navigate(LOGIN_PATH, { replace: true });
    // After leaving the shell, so no mounted query refetches with the old identity.
    await client.clearStore();
  };
}
