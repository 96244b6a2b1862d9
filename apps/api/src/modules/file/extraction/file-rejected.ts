export type RejectionReason =
  'TYPE' | 'MISMATCH' | 'ENCRYPTED' | 'CORRUPT' | 'TOO_LARGE' | 'ZIP_LIMIT' | 'TIMEOUT' | 'MEMORY';

/** A file Byline will not read, with a sentence for the person who sent it that names the file. */
export class FileRejected extends Error {
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(message);
    this.name = 'FileRejected';
  }
}

/** How much one extraction may take before it is stopped. */
export interface ExtractionLimits {
  /** Wall-clock time for one extraction or rendering, worker start included. */
  timeoutMs: number;
  /** The worker's JavaScript heap. */
  maxMemoryMb: number;
  /** Entries in a PPTX, DOCX or XLSX (a zip). */
  maxZipEntries: number;
  /** Bytes a zip may expand to: declared sizes before anything is stored, real inflated bytes while reading. */
  maxExpandedBytes: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  timeoutMs: 60_000,
  maxMemoryMb: 512,
  maxZipEntries: 10_000,
  maxExpandedBytes: 100 * 1024 * 1024,
};

/** "1.5 MB", for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
