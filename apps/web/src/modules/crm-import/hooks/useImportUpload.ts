import { useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../import-kinds';
import type { ImportKind } from '../import-kinds';
import { ImportUploadError, uploadImport } from '../import-upload';
import type { ImportResult, ImportUploadHandle } from '../import-upload';

export type ImportState =
  | { status: 'idle' }
  | { status: 'uploading'; file: File; sent: number; total: number }
  | { status: 'processing'; file: File }
  | { status: 'done'; file: File; result: ImportResult }
  | { status: 'failed'; file: File | null; message: string };

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel', 'text/plain', '']);

/** Why a file cannot be imported, before anything is sent; null when it may be. */
export function rejectFile(file: File): string | null {
  if (!/\.(csv|txt)$/i.test(file.name) && !CSV_TYPES.has(file.type)) {
    return `${file.name} is not a CSV file. Export the report from your CRM as CSV.`;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return `${file.name} is larger than 25 MB. Split it into smaller files and import them one after another.`;
  }
  if (file.size === 0) {
    return `${file.name} is empty.`;
  }
  return null;
}

/** One import: upload with progress, the server's processing, then its result or error. */
export function useImportUpload(kind: ImportKind, onImported?: (result: ImportResult) => void) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const handle = useRef<ImportUploadHandle | null>(null);

  // Leaving the page stops an upload still running (a file already sent is imported all the same).
  useEffect(() => () => handle.current?.cancel(), []);

  const start = (file: File) => {
    const problem = rejectFile(file);
    if (problem) {
      setState({ status: 'failed', file, message: problem });
      return;
    }
    setState({ status: 'uploading', file, sent: 0, total: file.size });
    const upload = uploadImport(kind, file, {
      onProgress: (sent, total) =>
        setState((current) => (current.status === 'uploading' ? { ...current, sent, total } : current)),
      onUploaded: () => setState({ status: 'processing', file }),
    });
    handle.current = upload;
    upload.done.then(
      (result) => {
        handle.current = null;
        setState({ status: 'done', file, result });
        onImported?.(result);
      },
      (error: unknown) => {
        handle.current = null;
        if (error instanceof ImportUploadError && error.code === 'ABORTED') {
          setState({ status: 'idle' });
          return;
        }
        setState({ status: 'failed', file, message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  const cancel = () => handle.current?.cancel();
  const reset = () => setState({ status: 'idle' });

  return { state, start, cancel, reset };
}
