import { useQuery } from '@apollo/client/react';
import { AttachmentOutlineDocument } from '../../../generated/graphql';

const OUTLINE_PAGES = 50;

/** A document's text page by page (the first 50 pages), for one without a PDF to preview it by. */
export function useAttachmentOutline(assetId: string, attachmentId: string) {
  const { data, loading, error, refetch } = useQuery(AttachmentOutlineDocument, {
    variables: { assetId, first: OUTLINE_PAGES },
  });
  const pages = data?.asset?.attachments.find((attachment) => attachment.id === attachmentId)?.pages ?? null;
  return { pages, loading: loading && !data, error, refetch, limit: OUTLINE_PAGES };
}
