// The worker thread that reads files: run by run-in-worker.ts with a heap limit and a timeout, so that a file that
// blows up takes only this thread down.
import { parentPort, workerData } from 'node:worker_threads';
import type { Extraction } from './extraction-result.js';
import type { FileKind } from './file-kind.js';
import { FileRejected } from './file-rejected.js';
import type { ExtractionLimits } from './file-rejected.js';
import { ZipArchive } from './zip-archive.js';

export type WorkerTask =
  | { task: 'extract'; path: string; fileName: string; kind: FileKind; limits: ExtractionLimits }
  | { task: 'thumbnail'; path: string; fileName: string; width: number }
  | { task: 'open'; path: string; fileName: string };

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'extracted'; extraction: Extraction }
  | { type: 'thumbnail'; png: Uint8Array }
  | { type: 'opened'; pageCount: number }
  | { type: 'rejected'; reason: FileRejected['reason']; message: string };

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

async function extract(task: Extract<WorkerTask, { task: 'extract' }>): Promise<Extraction> {
  let last = -1;
  const onProgress = (fraction: number) => {
    // A message per whole percent at most.
    const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
    if (percent > last) post({ type: 'progress', fraction: percent / 100 });
    last = percent;
  };
  if (task.kind === 'PDF') {
    const { extractPdf } = await import('./pdf-text.js');
    return extractPdf(task.path, task.fileName, onProgress);
  }
  const zip = await ZipArchive.open(task.path, task.fileName, task.limits);
  try {
    if (task.kind === 'PPTX') return await (await import('./pptx-text.js')).extractPptx(zip, task.fileName, onProgress);
    if (task.kind === 'DOCX') return await (await import('./docx-text.js')).extractDocx(zip, task.fileName, onProgress);
    return await (await import('./xlsx-text.js')).extractXlsx(zip, task.fileName, onProgress);
  } finally {
    zip.close();
  }
}

async function run(task: WorkerTask): Promise<void> {
  try {
    if (task.task === 'extract') {
      post({ type: 'extracted', extraction: await extract(task) });
    } else if (task.task === 'open') {
      const { openPdf } = await import('./pdf-text.js');
      const { pdf, close } = await openPdf(task.path, task.fileName);
      const pageCount = pdf.numPages;
      await close();
      post({ type: 'opened', pageCount });
    } else {
      const { renderPdfThumbnail } = await import('./pdf-thumbnail.js');
      const png = await renderPdfThumbnail(task.path, task.fileName, task.width);
      const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
      post({ type: 'thumbnail', png: bytes });
    }
  } catch (error) {
    // Anything else a file makes the readers throw is a file that cannot be read, not a reason to retry.
    const rejection =
      error instanceof FileRejected
        ? error
        : new FileRejected('CORRUPT', `“${task.fileName}” is damaged and cannot be read.`);
    post({ type: 'rejected', reason: rejection.reason, message: rejection.message });
  }
}

if (parentPort) await run(workerData as WorkerTask);
