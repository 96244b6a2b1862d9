import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { AssetDetailDocument } from '../../../generated/graphql';
import { uploadAttachment } from '../attachment-transfer';
import type { UploadHandle } from '../attachment-transfer';

export interface UploadState {
  fileName: string;
  /** 0 to 1. */
  progress: number;
}

/** One upload at a time for an asset, with its progress; the asset is refetched once the file is stored. */
export function useUploadAttachment(assetId: string) {
  const client = useApolloClient();
  const [upload, setUpload] = useState<UploadState | null>(null);
  const handle = useRef<UploadHandle | null>(null);

  const start = async (file: File): Promise<void> => {
    setUpload({ fileName: file.name, progress: 0 });
    handle.current = uploadAttachment(assetId, file, (progress) =>
      setUpload((current) => (current ? { ...current, progress } : current)),
    );
    try {
      await handle.current.done;
      await client.refetchQueries({ include: [AssetDetailDocument] });
    } finally {
      handle.current = null;
      setUpload(null);
    }
  };

  const cancel = () => handle.current?.cancel();

  return { upload, start, cancel };
}
