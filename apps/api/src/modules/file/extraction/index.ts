// Reading PDF, PPTX, DOCX and XLSX files: checks before a file is stored, text extraction and thumbnails in a worker
// thread with limits, and conversion to PDF for previews when LibreOffice is installed. No database, no Nest.
export { convertToPdf, sofficeAvailable } from './convert-to-pdf.js';
export { extractFile, openPdfFile, renderThumbnail } from './extract-file.js';
export type { ExtractedPage, Extraction } from './extraction-result.js';
export { PAGE_LABELS, kindFromName } from './file-kind.js';
export type { FileKind } from './file-kind.js';
export { DEFAULT_EXTRACTION_LIMITS, FileRejected } from './file-rejected.js';
export type { ExtractionLimits, RejectionReason } from './file-rejected.js';
export { inspectFile } from './inspect-file.js';
