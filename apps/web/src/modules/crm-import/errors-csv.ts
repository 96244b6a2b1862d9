import type { ImportResult } from './import-upload';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The skipped rows as CSV, header first: the line of the imported file and why it was skipped. */
export function importErrorsCsv(errors: ImportResult['errors']): string {
  const lines = ['row,message', ...errors.map((error) => `${csvField(error.row)},${csvField(error.message)}`)];
  return `${lines.join('\r\n')}\r\n`;
}

/** "deals-import-errors.csv" for "sales_pipeline.csv" imported as deals. */
export function importErrorsFileName(kind: string, sourceName: string): string {
  const base = sourceName
    .replace(/\.[^.]*$/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || kind}-${kind}-import-errors.csv`;
}

export function downloadTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
