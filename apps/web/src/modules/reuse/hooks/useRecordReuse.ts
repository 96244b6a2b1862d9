import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RecordReuseDocument } from '../../../generated/graphql';
import type { RecordReuseMutation, ReuseKind } from '../../../generated/graphql';
import { newClientEventId } from '../client-event-id';
import { withRetries } from '../reuse-retry';

export type RecordedReuse = RecordReuseMutation['recordReuse'];

interface ReuseRequest {
  assetId: string;
  kind: ReuseKind;
  dealId?: string | null;
  /** The slides or pages of its deck used, as typed ("3-5", "1, 4"). */
  slides?: string | null;
}

/**
 * Records one reuse. Each call is one user action with one clientEventId; network failures are retried with that
 * same id, so the server records the action once even when an earlier attempt did arrive.
 */
export function useRecordReuse() {
  const [mutate] = useMutation(RecordReuseDocument);
  const [pendingKind, setPendingKind] = useState<ReuseKind | null>(null);

  const recordReuse = async ({ assetId, kind, dealId, slides }: ReuseRequest): Promise<RecordedReuse> => {
    const clientEventId = newClientEventId();
    setPendingKind(kind);
    try {
      return await withRetries(async () => {
        const { data } = await mutate({
          variables: {
            input: { assetId, kind, clientEventId, dealId: dealId ?? null, slides: slides?.trim() || null },
          },
        });
        if (!data) {
          throw new Error('The server did not confirm the reuse.');
        }
        return data.recordReuse;
      });
    } finally {
      setPendingKind(null);
    }
  };

  return { recordReuse, pendingKind };
}
