import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { print } from 'graphql';
import { useCallback, useEffect } from 'react';
import { hasSession } from '../../../core/session';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationCentreDocument,
  UnreadNotificationsDocument,
} from '../../../generated/graphql';
import type { NotificationAddedSubscription, NotificationFieldsFragment } from '../../../generated/graphql';
import { createCreditSocket } from '../credit-socket';

export type CentreNotification = NotificationFieldsFragment;

const CENTRE_QUERIES = ['UnreadNotifications', 'NotificationCentre'];

/** How many unread notifications the viewer has (up to 100), kept current by `useLiveNotificationCount`. */
export function useUnreadCount(): number {
  const { data } = useQuery(UnreadNotificationsDocument, { fetchPolicy: 'cache-and-network' });
  return data?.notifications.length ?? 0;
}

/** Refetches the centre's queries on screen whenever a notification arrives. Mount it once (the bell does). */
export function useLiveNotificationCount(): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!hasSession()) {
      return;
    }
    const socket = createCreditSocket();
    const unsubscribe = socket.subscribe<NotificationAddedSubscription>(
      { query: print(NotificationAddedDocument) },
      {
        next: (result) => {
          if (result.data?.notificationAdded) {
            void client.refetchQueries({ include: CENTRE_QUERIES });
          }
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      unsubscribe();
      void socket.dispose();
    };
  }, [client]);
}

/** The viewer's notifications, newest first. */
export function useNotifications(first: number, unreadOnly: boolean) {
  const { data, previousData, loading, error, refetch } = useQuery(NotificationCentreDocument, {
    variables: { first, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const notifications = (data ?? previousData)?.notifications ?? [];
  return { notifications, loading: loading && !data && !previousData, error, refetch };
}

/** Marks notifications read (these ids, or all with null), then refreshes the count and the lists. */
export function useMarkRead() {
  const [mutate, { loading }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: CENTRE_QUERIES,
    awaitRefetchQueries: true,
  });
  const markRead = useCallback(
    async (ids: string[] | null) => {
      await mutate({ variables: { ids } });
    },
    [mutate],
  );
  return { markRead, marking: loading };
}
