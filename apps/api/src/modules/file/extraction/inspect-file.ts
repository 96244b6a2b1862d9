import { open, readFile } from 'node:fs/promises';
import { kindFromName } from './file-kind.js';
import type { FileKind } from './file-kind.js';
import { DEFAULT_EXTRACTION_LIMITS, FileRejected } from './file-rejected.js';
import type { ExtractionLimits } from './file-rejected.js';
import { KIND_NAMES, mainPart } from './ooxml.js';
import { ZipArchive } from './zip-archive.js';

const HEAD_BYTES = 1024;
const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP = Buffer.from('PK\x05\x06', 'latin1');
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted OOXML file is a CFB container with these streams instead of a zip.
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** What a file's first bytes say it is, for messages about a file that is not what its name claims. */
function describeContent(head: Buffer): string {
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'a JPEG image';
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return 'a GIF image';
  if (head.includes('%PDF-')) return 'a PDF';
  if (head.subarray(0, 4).equals(ZIP)) return 'a zip archive';
  if (head.subarray(0, 8).equals(CFB)) return 'an older Office file (.doc, .ppt or .xls)';
  return 'something else';
}

/**
 * Fast checks before anything is stored: the kind from the name, the content matches it (magic bytes; for OOXML the
 * zip's central directory: entry count, declared expanded size, the main part exists, not encrypted OOXML (CFB
 * container)), PDF header; throws FileRejected whose message names the file.
 */
export async function inspectFile(
  path: string,
  fileName: string,
  limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS,
): Promise<FileKind> {
  const kind = kindFromName(fileName);
  if (!kind) {
    throw new FileRejected('TYPE', `“${fileName}” is not a file type Byline reads: send a PDF, PPTX, DOCX or XLSX.`);
  }
  const head = Buffer.alloc(HEAD_BYTES);
  const handle = await open(path, 'r');
  let size: number;
  let headLength: number;
  try {
    size = (await handle.stat()).size;
    headLength = (await handle.read(head, 0, HEAD_BYTES, 0)).bytesRead;
  } finally {
    await handle.close();
  }
  if (size === 0) throw new FileRejected('CORRUPT', `“${fileName}” is empty.`);
  const start = head.subarray(0, headLength);
  const mismatch = () =>
    new FileRejected(
      'MISMATCH',
      `“${fileName}” is named as ${KIND_NAMES[kind]} but its content is ${describeContent(start)}.`,
    );

  if (kind === 'PDF') {
    // pdf.js, like Acrobat, accepts the header anywhere in the first kilobyte.
    if (!start.includes('%PDF-')) throw mismatch();
    return kind;
  }

  if (start.subarray(0, 8).equals(CFB)) {
    if ((await readFile(path)).includes(ENCRYPTION_INFO)) {
      throw new FileRejected('ENCRYPTED', `“${fileName}” is password-protected: remove the password and try again.`);
    }
    throw mismatch();
  }
  if (start.subarray(0, 4).equals(EMPTY_ZIP)) throw new FileRejected('CORRUPT', `“${fileName}” is an empty archive.`);
  if (!start.subarray(0, 4).equals(ZIP)) throw mismatch();

  const zip = await ZipArchive.open(path, fileName, limits);
  try {
    const main = await mainPart(zip, fileName);
    if (!main) {
      throw new FileRejected('MISMATCH', `“${fileName}” is a zip archive, not ${KIND_NAMES[kind]}.`);
    }
    if (main.kind !== kind) {
      throw new FileRejected(
        'MISMATCH',
        `“${fileName}” is named as ${KIND_NAMES[kind]} but it is ${KIND_NAMES[main.kind]}: rename it and try again.`,
      );
    }
    return kind;
  } finally {
    zip.close();
  }
}
