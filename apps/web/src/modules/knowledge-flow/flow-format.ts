/** A share-weighted reuse count: whole numbers as they are, others to one decimal. */
export function formatReuses(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString()
    : value.toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A share of people as a whole percent. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** Days, as people say them: "under a day", "1 day", "3.5 days". */
export function formatDays(days: number | null): string {
  if (days === null) return '–';
  if (days < 1) return 'under a day';
  const rounded = Math.round(days * 10) / 10;
  return `${rounded.toLocaleString()} ${rounded === 1 ? 'day' : 'days'}`;
}
