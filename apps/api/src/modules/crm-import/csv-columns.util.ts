import { AppError } from '../../core/graphql/errors.js';

/** A field an import reads, the header names it goes by in CRM exports, and whether the import needs it. */
export interface ColumnSpec<K extends string> {
  key: K;
  /** How errors name it, e.g. "opportunity ID". */
  label: string;
  /** Header names, most specific first; compared without case, spaces or punctuation. */
  aliases: string[];
  required?: boolean;
}

export const headerKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Where each field is in a header row: the first alias found claims a column, so two fields never share one. */
export interface ColumnMap<K extends string> {
  has(key: K): boolean;
  /** The cell of `key` in `values`, undefined when the CSV has no such column. */
  get(values: string[], key: K): string | undefined;
  /** The header as the file spells it, for messages. */
  label(key: K): string;
  readonly width: number;
}

/** Maps a header row; a missing required column is a BAD_USER_INPUT that names every missing one. */
export function mapHeader<K extends string>(header: string[], specs: ColumnSpec<K>[]): ColumnMap<K> {
  const keys = header.map(headerKey);
  const claimed = new Set<number>();
  const index = new Map<K, number>();
  for (const spec of specs) {
    for (const alias of spec.aliases) {
      const at = keys.findIndex((k, i) => k === headerKey(alias) && !claimed.has(i));
      if (at >= 0) {
        index.set(spec.key, at);
        claimed.add(at);
        break;
      }
    }
  }
  const missing = specs.filter((s) => s.required && !index.has(s.key));
  if (missing.length) {
    const names = missing.map((s) => `${s.label} (e.g. ${s.aliases.slice(0, 3).join(', ')})`);
    throw new AppError('BAD_USER_INPUT', `The CSV has no column for ${names.join('; ')}. Nothing was imported.`, {
      field: 'csv',
      missingColumns: missing.map((s) => s.label),
    });
  }
  return {
    has: (key) => index.has(key),
    get: (values, key) => {
      const at = index.get(key);
      return at === undefined ? undefined : (values[at] ?? '');
    },
    label: (key) => {
      const at = index.get(key);
      return at === undefined ? (specs.find((s) => s.key === key)?.label ?? key) : header[at];
    },
    width: header.length,
  };
}
