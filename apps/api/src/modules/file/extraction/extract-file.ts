import type { Extraction } from './extraction-result.js';
import type { FileKind } from './file-kind.js';
import { DEFAULT_EXTRACTION_LIMITS } from './file-rejected.js';
import type { ExtractionLimits } from './file-rejected.js';
import { runInWorker } from './run-in-worker.js';

/**
 * Text, title and pages, run in a worker thread with resourceLimits and a timeout; onProgress(0..1) as pages are done.
 * Encrypted/corrupt PDF, zip bombs (real expanded bytes counted while inflating, not only the declared sizes),
 * time-outs and memory blow-ups reject with FileRejected; the server process never dies.
 */
export async function extractFile(
  path: string,
  fileName: string,
  kind: FileKind,
  opts: { limits?: ExtractionLimits; onProgress?: (fraction: number) => void } = {},
): Promise<Extraction> {
  const limits = opts.limits ?? DEFAULT_EXTRACTION_LIMITS;
  const answer = await runInWorker({ task: 'extract', path, fileName, kind, limits }, limits, opts.onProgress);
  if (answer.type !== 'extracted') throw new Error('The extraction worker answered with something else.');
  return answer.extraction;
}

/** A PNG of the first page of a PDF, `width` px wide, in the same kind of worker. */
export async function renderThumbnail(
  pdfPath: string,
  width: number,
  limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS,
): Promise<Buffer> {
  const fileName = pdfPath.split(/[/\\]/).pop() ?? 'the PDF';
  const answer = await runInWorker({ task: 'thumbnail', path: pdfPath, fileName, width }, limits);
  if (answer.type !== 'thumbnail') throw new Error('The rendering worker answered with something else.');
  return Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength);
}

/**
 * Opens a PDF in the same kind of worker without reading its text: a password-protected or damaged PDF rejects with
 * FileRejected, so it can be refused before it is stored. Resolves to its page count.
 */
export async function openPdfFile(
  path: string,
  fileName: string,
  limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS,
): Promise<number> {
  const answer = await runInWorker({ task: 'open', path, fileName }, limits);
  if (answer.type !== 'opened') throw new Error('The PDF worker answered with something else.');
  return answer.pageCount;
}
