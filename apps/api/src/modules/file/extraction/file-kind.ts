/** The file kinds Byline reads text from. */
export type FileKind = 'PDF' | 'PPTX' | 'DOCX' | 'XLSX';

/** What one page of a kind is called when a match inside a file is shown ("slide 4"). */
export const PAGE_LABELS = { PDF: 'page', PPTX: 'slide', DOCX: 'section', XLSX: 'sheet' } as const satisfies Record<
  FileKind,
  string
>;

const BY_EXTENSION: Record<string, FileKind> = { pdf: 'PDF', pptx: 'PPTX', docx: 'DOCX', xlsx: 'XLSX' };

/** The kind a file name claims by its extension, or null when it is not a kind Byline reads. */
export function kindFromName(fileName: string): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || null;
}
