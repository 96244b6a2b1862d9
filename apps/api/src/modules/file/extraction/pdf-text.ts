import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { firstHeadingLine, headingLike, summaryOf, tidyText } from './extraction-result.js';
import type { ExtractedPage, Extraction } from './extraction-result.js';
import { FileRejected } from './file-rejected.js';

// pdf.js's own data (standard fonts, CMaps, image decoders) is read from the installed package, never fetched; in
// Node it takes these "URLs" as file paths.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dataUrl = (folder: string) => `${join(PDFJS_DIR, folder)}${sep}`;

/** pdf.js, loaded once per worker, with the built-ins it needs provided. */
let pdfjs: Promise<typeof PdfJs> | undefined;
export const loadPdfJs = () => {
  provideNode22Builtins();
  return (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
};

/**
 * pdf.js 6 calls Promise.withResolvers and ArrayBuffer#transferToFixedLength, which Node 20 lacks; its legacy build
 * polyfills much else, not these. Only this worker thread's globals are touched.
 */
function provideNode22Builtins(): void {
  const buffers = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (length?: number) => ArrayBuffer };
  buffers.transferToFixedLength ??= function (this: ArrayBuffer, length?: number) {
    if (length == null || length === this.byteLength) return structuredClone(this, { transfer: [this] });
    const moved = new Uint8Array(length);
    moved.set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    structuredClone(this, { transfer: [this] });
    return moved.buffer;
  };
  const promise = Promise as unknown as { withResolvers?: () => unknown };
  promise.withResolvers ??= () => {
    let resolve!: (value: unknown) => void;
    let reject!: (reason?: unknown) => void;
    const created = new Promise((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise: created, resolve, reject };
  };
}

/** A PDF opened with pdf.js; `close` ends its loading task and frees it. */
export interface OpenPdf {
  pdf: PDFDocumentProxy;
  close: () => Promise<void>;
}

/** Opens a PDF with pdf.js; a password or a broken structure rejects with a message naming the file. */
export async function openPdf(path: string, fileName: string): Promise<OpenPdf> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const data = new Uint8Array(await readFile(path));
  const task = getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: dataUrl('standard_fonts'),
    cMapUrl: dataUrl('cmaps'),
    cMapPacked: true,
    wasmUrl: dataUrl('wasm'),
    iccUrl: dataUrl('iccs'),
  });
  try {
    return { pdf: await task.promise, close: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    throw pdfRejection(error, fileName);
  }
}

export function pdfRejection(error: unknown, fileName: string): FileRejected {
  if (error instanceof FileRejected) return error;
  if ((error as { name?: string }).name === 'PasswordException') {
    return new FileRejected('ENCRYPTED', `“${fileName}” is password-protected: remove the password and try again.`);
  }
  return new FileRejected('CORRUPT', `“${fileName}” is damaged and cannot be read as a PDF.`);
}

interface Line {
  text: string;
  size: number;
}

/** The page's text as lines, each with the largest font size on it. */
function linesOf(items: unknown[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let size = 0;
  let lastY: number | null = null;
  const flush = () => {
    if (text.trim()) lines.push({ text: text.replace(/\s+/g, ' ').trim(), size });
    text = '';
    size = 0;
  };
  for (const item of items) {
    if (!item || typeof (item as { str?: unknown }).str !== 'string') continue;
    const { str, transform, hasEOL, height } = item as {
      str: string;
      transform: number[];
      hasEOL: boolean;
      height: number;
    };
    const y = transform[5];
    // A new line when the text moves down (or up) by more than half its height without an end-of-line mark.
    if (lastY != null && text && Math.abs(y - lastY) > Math.max(height, 1) / 2) flush();
    text += str;
    if (str.trim()) size = Math.max(size, Math.abs(height) || Math.hypot(transform[2], transform[3]));
    lastY = y;
    if (hasEOL) flush();
  }
  flush();
  return lines;
}

/** The most common font size on the page, by characters. */
function bodySize(lines: Line[]): number {
  const bySize = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.size);
    bySize.set(key, (bySize.get(key) ?? 0) + line.text.length);
  }
  return [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** A heading: among the page's first lines, one set clearly larger than the body text. */
function headingOf(lines: Line[]): number {
  if (lines.length < 2) return -1;
  const body = bodySize(lines);
  return lines.slice(0, 3).findIndex((line) => line.size >= body * 1.2 && headingLike(line.text));
}

function metadataTitle(info: unknown): string | null {
  const raw = (info as { Title?: unknown } | null)?.Title;
  if (typeof raw !== 'string') return null;
  // Office's PDF export puts "Microsoft Word - name.docx" there.
  const title = raw.replace(/^Microsoft (Word|PowerPoint|Excel) - /, '').trim();
  return title && !/^untitled/i.test(title) && !/\.(docx?|pptx?|xlsx?)$/i.test(title) ? title : null;
}

export async function extractPdf(
  path: string,
  fileName: string,
  onProgress: (fraction: number) => void,
): Promise<Extraction> {
  const { pdf, close } = await openPdf(path, fileName);
  try {
    const pages: ExtractedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const lines = linesOf((await page.getTextContent()).items);
      page.cleanup();
      const heading = headingOf(lines);
      pages.push({
        n,
        heading: heading >= 0 ? lines[heading].text : null,
        text: tidyText(
          lines
            .filter((_, index) => index !== heading)
            .map((line) => line.text)
            .join('\n'),
        ),
      });
      onProgress(n / pdf.numPages);
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: null }));
    const title = metadataTitle(info) ?? firstHeadingLine(pages);
    return { kind: 'PDF', title, summary: summaryOf(pages, title), pages, pageLabel: 'page' };
  } catch (error) {
    throw pdfRejection(error, fileName);
  } finally {
    await close();
  }
}
