import { useQuery } from '@apollo/client/react';
import { hasSession as sessionHeld } from '../../../core/session';
import { ViewerDocument } from '../../../generated/graphql';
import type { ViewerQuery } from '../../../generated/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** What the viewer may do, as the API answers it. */
export type ViewerCan = Viewer['viewerCan'];

/** The signed-in user. Without a session nothing is asked of the server. */
export function useViewer() {
  const hasSession = sessionHeld();
  const { data, loading, error, refetch } = useQuery(ViewerDocument, { skip: !hasSession });
  return {
    hasSession,
    viewer: data?.viewer ?? null,
    loading,
    error,
    refetch,
  };
}
