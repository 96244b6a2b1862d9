import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { CreateShareLinkDocument } from '../../../generated/graphql';
import type { CreateShareLinkInput } from '../../../generated/graphql';
import { newClientEventId } from '../../reuse/client-event-id';

export type ShareLinkRequest = Omit<CreateShareLinkInput, 'clientEventId'>;

/**
 * Creates a share link, then refetches the share links on screen. One request is one action until it succeeds: a
 * retry after an error the user did not fix reuses the client event id, so the server creates the link once; a
 * changed request, or another after a success, gets a new id.
 */
export function useCreateShareLink() {
  const [mutate, { loading }] = useMutation(CreateShareLinkDocument, { refetchQueries: ['ShareLinks'] });
  const last = useRef<{ key: string; clientEventId: string } | null>(null);

  const createShareLink = async (request: ShareLinkRequest) => {
    const key = JSON.stringify(request);
    if (last.current?.key !== key) {
      last.current = { key, clientEventId: newClientEventId() };
    }
    const { data } = await mutate({ variables: { input: { ...request, clientEventId: last.current.clientEventId } } });
    if (!data) {
      throw new Error('The server did not confirm the link.');
    }
    last.current = null;
    return data.createShareLink;
  };

  return { createShareLink, creating: loading };
}
