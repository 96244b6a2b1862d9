import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { LOGIN_PATH } from '../../../core/apollo';
import { forgetSession } from '../../../core/session';
import { LogoutDocument } from '../../../generated/graphql';

export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logoutMutation] = useMutation(LogoutDocument);

  return async (): Promise<void> => {
    try {
      // The server expires the session's cookies.
      await logoutMutation();
    } catch {
      // Unreachable server: the app still forgets the session below.
    }
    forgetSession();
    // Messages about the last session's actions mean nothing to whoever signs in next.
    notifications.clean();
    await navigate(LOGIN_PATH, { replace: true });
    // After leaving the shell, so no mounted query refetches with the old identity.
    await client.clearStore();
  };
}
