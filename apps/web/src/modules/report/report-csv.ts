/** Saves the report's CSV (from the API's `csv` field) as a file. */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
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

/** "authorship-emea-enterprise-fy2026-q4.csv" */
export function reportFileName(subject: string, periodLabel: string): string {
  const slug = `${subject} ${periodLabel}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `authorship-${slug || 'report'}.csv`;
}

/** Several reports' CSV as one file: the first header row, then every data row. */
export function combineCsv(parts: readonly string[]): string {
  const [first, ...rest] = parts.filter((part) => part.length > 0);
  if (first === undefined) {
    return '';
  }
  const withoutHeader = rest.map((part) => part.slice(part.indexOf('\n') + 1));
  return [first, ...withoutHeader].join('');
}
