import { postFile } from '../attachment/attachment-transfer';
import type { AssetKind, Visibility } from '../../generated/graphql';

/** The draft the server made of a dropped file; its title, summary and body follow once the file is read. */
export interface DraftFromFile {
  id: string;
  title: string;
  version: number;
}

export interface DraftOptions {
  kind: AssetKind;
  visibility: Visibility;
}

/** Sends one dropped file to become a draft asset, with the upload's progress (0 to 1). */
export function uploadDraftFromFile(file: File, options: DraftOptions, onProgress: (fraction: number) => void) {
  return postFile<DraftFromFile>(
    '/assets/from-file',
    file,
    { kind: options.kind, visibility: options.visibility },
    onProgress,
  );
}
