import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { print } from 'graphql';
import { useEffect } from 'react';
import { hasSession } from '../../../core/session';
import { CreditNoticeContextDocument, CreditReceivedDocument } from '../../../generated/graphql';
import type { CreditReceivedSubscription } from '../../../generated/graphql';
import { creditNoticeText } from '../credit-notice';
import { createCreditSocket } from '../credit-socket';

type CreditNotice = CreditReceivedSubscription['creditReceived'];

/** The queries that show credit; those on screen are refetched when credit arrives. */
const CREDIT_QUERIES: ReadonlySet<string> = new Set([
  'CreditStatement',
  'CreditStanding',
  'CreditHistory',
  'PersonEngagement',
  'Leaderboard',
  'TeamReport',
  'PersonReport',
]);

const REFETCH_DEBOUNCE_MS = 300;

/**
 * Listens for `creditReceived` while the app is open: a toast says who earned the viewer what, and the credit on
 * screen is refetched. Mount it once, in the signed-in app shell.
 */
export function useCreditNotifications(viewerId: string): void {
  const client = useApolloClient();

  useEffect(() => {
    if (!hasSession()) {
      return;
    }
    const socket = createCreditSocket();
    let refetchTimer: number | undefined;
    let disposed = false;

    // Several entries can land at once (a won deal, lineage): refetch once for the burst.
    const refetchCredit = () => {
      window.clearTimeout(refetchTimer);
      refetchTimer = window.setTimeout(() => {
        void client.refetchQueries({
          include: 'active',
          onQueryUpdated: (query) => (CREDIT_QUERIES.has(query.queryName ?? '') ? query.refetch() : false),
        });
      }, REFETCH_DEBOUNCE_MS);
    };

    const announce = async (notice: CreditNotice) => {
      let actorName: string | null = null;
      let assetTitle: string | null = null;
      try {
        const { data } = await client.query({
          query: CreditNoticeContextDocument,
          variables: { actorId: notice.actorId, assetId: notice.assetId ?? '', withAsset: notice.assetId != null },
          errorPolicy: 'all',
        });
        actorName = data?.user?.name ?? null;
        assetTitle = data?.asset?.title ?? null;
      } catch {
        // The toast still says how much, without names.
      }
      if (disposed) {
        return;
      }
      notifications.show({
        ...creditNoticeText(notice, actorName, assetTitle, notice.actorId === viewerId),
        autoClose: 6000,
        className: 'byline-credit-toast',
      });
    };

    const unsubscribe = socket.subscribe<CreditReceivedSubscription>(
      { query: print(CreditReceivedDocument) },
      {
        next: (result) => {
          const notice = result.data?.creditReceived;
          if (notice) {
            refetchCredit();
            void announce(notice);
          }
        },
        // The socket reconnects by itself; an operation error (e.g. an expired session) ends only the live updates.
        error: () => undefined,
        complete: () => undefined,
      },
    );

    return () => {
      disposed = true;
      window.clearTimeout(refetchTimer);
      unsubscribe();
      void socket.dispose();
    };
  }, [client, viewerId]);
}
