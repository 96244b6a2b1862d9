import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { RecordReuseDocument } from '../../../generated/graphql';
import { newClientEventId } from '../client-event-id';

/** Records one VIEW per opening of an asset page (analytics only: views earn no credit). */
export function useRecordView(assetId: string | undefined, enabled: boolean) {
  const [mutate] = useMutation(RecordReuseDocument);
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!assetId || !enabled || recorded.current === assetId) return;
    recorded.current = assetId;
    mutate({ variables: { input: { assetId, kind: 'VIEW', clientEventId: newClientEventId() } } }).catch(() => {
      // A lost view only makes a statistic one lower; nobody needs to be told.
    });
  }, [assetId, enabled, mutate]);
}
