import type { Viewer } from '../../core/auth/viewer.js';
import type { ColumnMap, ColumnSpec } from './csv-columns.util.js';

export const IMPORT_KINDS = ['accounts', 'teams', 'deals'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The most a CSV import takes, whichever way it arrives. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** The GraphQL mutations that may carry a CSV of up to MAX_IMPORT_BYTES. */
export const IMPORT_OPERATIONS = ['importAccounts', 'importTeams', 'importDeals'] as const;

export interface RowError {
  row: number;
  message: string;
  /** FORBIDDEN for a record the importer may not write; otherwise a value that cannot be stored. */
  code?: 'BAD_USER_INPUT' | 'FORBIDDEN';
}

export interface ParsedRow<T> {
  row: number;
  item: T;
}

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

/** One kind of CRM import: the columns it reads, how a row becomes a record, and how a batch of them is written. */
export interface RowImporter<K extends string, T> {
  readonly columns: ColumnSpec<K>[];
  /** Rows written per transaction; Infinity when the whole file must be seen at once. */
  readonly batchSize: number;
  /** The record of one row; throws FieldError when the row cannot be imported. */
  parse(values: string[], columns: ColumnMap<K>): T;
  /** What identifies a record in the file; a second row with the same key is reported, not imported. */
  identity?(item: T): string;
  /** Writes a batch in its own transaction, holding the CRM write lock, for `viewer` (null: Byline itself). */
  write(rows: ParsedRow<T>[], columns: ColumnMap<K>, viewer: Viewer | null): Promise<BatchOutcome>;
}
