import { useQuery } from '@apollo/client/react';
import { readSessionToken } from '../../../core/session-token';
import { ViewerDocument } from '../../../generated/graphql';
import type { ViewerQuery } from '../../../generated/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** The signed-in user. Without a session token nothing is asked of the server. */
export function useViewer() {
  const hasSession = readSessionToken() !== null;
  const { data, loading, error, refetch } = useQuery(ViewerDocument, { skip: !hasSession });
  return {
    hasSession,
    viewer: data?.viewer ?? null,
    loading,
    error,
    refetch,
  };
}
