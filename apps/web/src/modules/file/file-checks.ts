import { ACCEPTED_EXTENSIONS } from '../attachment/attachment-transfer';

/** The documents Byline reads text from, and so makes drafts of. */
export const DOCUMENT_EXTENSIONS = ['pdf', 'pptx', 'docx', 'xlsx'] as const;

/**
 * The server's upload limit (BYLINE_ATTACHMENT_MAX_BYTES, 25 MB unless configured otherwise). The browser checks it
 * to save a long upload that would be refused; the server checks again whatever the limit.
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

interface FileLike {
  name: string;
  size: number;
}

function extensionOf(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
}

function sizeProblem(file: FileLike, maxBytes: number): string | null {
  if (file.size > maxBytes) {
    return `${file.name} is larger than the limit of ${Math.floor(maxBytes / 1024 / 1024)} MB.`;
  }
  if (file.size === 0) {
    return `${file.name} is empty.`;
  }
  return null;
}

/** Why a dropped file cannot become a draft, in the server's words; null when it may be sent. */
export function documentFileProblem(file: FileLike, maxBytes = MAX_FILE_BYTES): string | null {
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
    return `“${file.name}” is not a file type Byline reads: send a PDF, PPTX, DOCX or XLSX.`;
  }
  return sizeProblem(file, maxBytes);
}

/** Why a file cannot be attached to an asset, in the server's words; null when it may be sent. */
export function attachmentFileProblem(file: FileLike, maxBytes = MAX_FILE_BYTES): string | null {
  if (!ACCEPTED_EXTENSIONS.includes(extensionOf(file.name))) {
    return `“${file.name}” is not a type Byline accepts; allowed: ${ACCEPTED_EXTENSIONS.join(', ')}.`;
  }
  return sizeProblem(file, maxBytes);
}

/** What the reading of a document is called while it runs: "Reading slides…", "Reading pages…". */
export function readingLabel(pageLabel: string | null | undefined, kind: string | null | undefined): string {
  const label =
    pageLabel ?? (kind === 'PPTX' ? 'slide' : kind === 'XLSX' ? 'sheet' : kind === 'DOCX' ? 'section' : 'page');
  return `Reading ${label}s…`;
}
