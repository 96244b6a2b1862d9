import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AssetDetailDocument, FileAssetProgressDocument } from '../../../generated/graphql';
import type { FileAssetProgressQuery } from '../../../generated/graphql';
import { uploadAttachment } from '../../attachment/attachment-transfer';
import { DOCUMENT_EXTENSIONS, attachmentFileProblem, documentFileProblem } from '../file-checks';
import { uploadDraftFromFile } from '../file-transfer';
import type { DraftOptions } from '../file-transfer';

const POLL_MS = 1000;

export type FileRowPhase = 'uploading' | 'reading' | 'ready' | 'failed';

/** One file on its way: sent, then read by the server, then ready (or failed with the server's sentence). */
export interface FileRow {
  key: string;
  fileName: string;
  phase: FileRowPhase;
  /** Uploading: the fraction sent (0–1). Reading: the server's progress (0–100). */
  progress: number;
  /** What one page of it is called once the server knows (slide, page, sheet, section). */
  pageLabel: string | null;
  /** The draft made of it, or the asset it was attached to. */
  assetId: string | null;
  /** Known for attachments; a draft's file is its only attachment. */
  attachmentId: string | null;
  message: string | null;
}

type ProgressAttachment = NonNullable<FileAssetProgressQuery['asset']>['attachments'][number];

let nextKey = 0;

function isDocument(fileName: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extension);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something unexpected went wrong.';
}

/**
 * Files sent to the server, each with its row: the upload's progress, then the reading's (the asset is polled every
 * second while one of its files is being read, and no more once the page is left).
 */
export function useFileUploads() {
  const client = useApolloClient();
  const [rows, setRows] = useState<FileRow[]>([]);
  const mounted = useRef(true);
  const cancels = useRef(new Map<string, () => void>());

  useEffect(() => {
    mounted.current = true;
    const pending = cancels.current;
    return () => {
      mounted.current = false;
      for (const cancel of pending.values()) {
        cancel();
      }
    };
  }, []);

  const patch = useCallback((key: string, change: Partial<FileRow>) => {
    if (mounted.current) {
      setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
    }
  }, []);

  const addRow = (fileName: string, problem: string | null): FileRow => {
    const row: FileRow = {
      key: `file-${++nextKey}`,
      fileName,
      phase: problem ? 'failed' : 'uploading',
      progress: 0,
      pageLabel: null,
      assetId: null,
      attachmentId: null,
      message: problem,
    };
    setRows((current) => [...current, row]);
    return row;
  };

  /** Each file becomes a draft asset; refused files get their row with the reason and are not sent. */
  const sendAsDrafts = (files: readonly File[], options: DraftOptions): FileRow[] =>
    files.map((file) => {
      const row = addRow(file.name, documentFileProblem(file));
      if (row.phase === 'failed') {
        return row;
      }
      const handle = uploadDraftFromFile(file, options, (progress) => patch(row.key, { progress }));
      cancels.current.set(row.key, handle.cancel);
      handle.done.then(
        (draft) => patch(row.key, { phase: 'reading', progress: 0, assetId: draft.id }),
        (error: unknown) => patch(row.key, { phase: 'failed', message: messageOf(error) }),
      );
      void handle.done.finally(() => cancels.current.delete(row.key)).catch(() => undefined);
      return row;
    });

  /**
   * Attaches files to an asset one after the other; resolves, once all are sent, with how each went (documents are
   * read afterwards, their rows following the reading).
   */
  const attachTo = async (assetId: string, files: readonly File[]): Promise<FileRow[]> => {
    const queued = files.map((file) => ({ file, row: addRow(file.name, attachmentFileProblem(file)) }));
    const results: FileRow[] = [];
    for (const { file, row } of queued) {
      if (row.phase === 'failed') {
        results.push(row);
        continue;
      }
      const handle = uploadAttachment(assetId, file, (progress) => patch(row.key, { progress }));
      cancels.current.set(row.key, handle.cancel);
      let change: Partial<FileRow>;
      try {
        const attachment = await handle.done;
        change = {
          phase: isDocument(file.name) ? 'reading' : 'ready',
          progress: 0,
          assetId,
          attachmentId: attachment.id,
        };
      } catch (error) {
        change = { phase: 'failed', message: messageOf(error) };
      } finally {
        cancels.current.delete(row.key);
      }
      patch(row.key, change);
      results.push({ ...row, ...change });
    }
    // The asset's page reads its attachments from here (not every asset query: the new-asset editor holds a skipped one).
    await client.query({ query: AssetDetailDocument, variables: { id: assetId }, fetchPolicy: 'network-only' });
    return results;
  };

  const clear = () =>
    setRows((current) => current.filter((row) => row.phase === 'uploading' || row.phase === 'reading'));

  // Poll each asset with a file being read, once a second, until none is.
  const readingAssets = [
    ...new Set(rows.filter((row) => row.phase === 'reading' && row.assetId).map((row) => row.assetId as string)),
  ];
  const readingKey = readingAssets.join(',');
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  }, [rows]);

  useEffect(() => {
    if (readingKey === '') {
      return;
    }
    let stopped = false;
    const poll = async () => {
      for (const assetId of readingKey.split(',')) {
        let attachments: readonly ProgressAttachment[];
        try {
          const { data } = await client.query({
            query: FileAssetProgressDocument,
            variables: { id: assetId },
            fetchPolicy: 'network-only',
          });
          attachments = data?.asset?.attachments ?? [];
        } catch {
          // A missed poll is retried on the next tick.
          continue;
        }
        if (stopped) {
          return;
        }
        for (const row of rowsRef.current) {
          if (row.phase !== 'reading' || row.assetId !== assetId) {
            continue;
          }
          const attachment = row.attachmentId
            ? attachments.find((candidate) => candidate.id === row.attachmentId)
            : attachments[0];
          const extraction = attachment?.extraction;
          if (!attachment || !extraction) {
            continue;
          }
          const known = { attachmentId: attachment.id, pageLabel: extraction.pageLabel ?? null };
          if (extraction.status === 'DONE') {
            patch(row.key, { ...known, phase: 'ready', progress: 100 });
          } else if (extraction.status === 'FAILED') {
            patch(row.key, {
              ...known,
              phase: 'failed',
              message: extraction.error ?? `Byline could not read ${row.fileName}.`,
            });
          } else {
            patch(row.key, { ...known, progress: extraction.progress });
          }
        }
      }
    };
    // The next poll waits for the answer to this one, so a slow server is never asked twice at once.
    let timer = 0;
    const tick = () => {
      timer = window.setTimeout(() => {
        void poll().finally(() => {
          if (!stopped) {
            tick();
          }
        });
      }, POLL_MS);
    };
    tick();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [readingKey, client, patch]);

  return { rows, sendAsDrafts, attachTo, clear };
}
