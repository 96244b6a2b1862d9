import { useApolloClient } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { print } from 'graphql';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { hasSession } from '../../../core/session';
import { NotificationAddedDocument } from '../../../generated/graphql';
import type { NotificationAddedSubscription } from '../../../generated/graphql';
import { createCreditSocket } from '../../notification/credit-socket';

/**
 * Listens for `notificationAdded`: a toast with the server's text (e.g. "Dana opened Pricing playbook") and a link to
 * where it happened; the engagement panels on screen are refetched. Mount it once, in the signed-in app shell.
 */
export function useShareNotifications(): void {
  const client = useApolloClient();
  // Toasts render outside the router: their link navigates through the app's own navigate.
  const navigate = useNavigate();

  useEffect(() => {
    if (!hasSession()) {
      return;
    }
    const socket = createCreditSocket();
    const unsubscribe = socket.subscribe<NotificationAddedSubscription>(
      { query: print(NotificationAddedDocument) },
      {
        next: (result) => {
          const notice = result.data?.notificationAdded;
          // Credit has its own toast (creditReceived); the centre's bell counts it.
          if (!notice || notice.kind === 'CREDIT') {
            return;
          }
          void client.refetchQueries({ include: ['ShareLinks'] });
          notifications.show({
            title: notice.kind === 'SHARE_OPENED' ? 'Your link was opened' : 'Notification',
            message: (
              <Text size="sm" component="span">
                {notice.text}
                {notice.path ? (
                  <>
                    {' · '}
                    <Anchor
                      href={notice.path}
                      size="sm"
                      onClick={(event) => {
                        event.preventDefault();
                        if (notice.path) {
                          void navigate(notice.path);
                        }
                      }}
                    >
                      Open
                    </Anchor>
                  </>
                ) : null}
              </Text>
            ),
            color: 'indigo',
            autoClose: 8000,
            className: 'byline-share-toast',
          });
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      unsubscribe();
      void socket.dispose();
    };
  }, [client, navigate]);
}
