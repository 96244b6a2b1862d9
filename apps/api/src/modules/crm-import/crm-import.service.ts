import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { AppError, badInput } from '../../core/graphql/errors.js';
import { textProblem } from '../../core/graphql/text-input.js';
import { FieldError } from '../deal/deal-fields.util.js';
import { AccountImportService } from './account-import.service.js';
import { mapHeader } from './csv-columns.util.js';
import type { ColumnMap } from './csv-columns.util.js';
import { csvRecords } from './csv-records.util.js';
import { DealImportService } from './deal-import.service.js';
import type { ImportResultObject } from './dto/import-result.object.js';
import { MAX_IMPORT_BYTES } from './import-kind.js';
import type { ImportKind, ParsedRow, RowError, RowImporter } from './import-kind.js';
import { TeamImportService } from './team-import.service.js';

const MAX_LISTED_ERRORS = 10_000;

export type CsvSource = string | Iterable<Buffer | string> | AsyncIterable<Buffer | string>;

export interface ImportProgress {
  /** Data rows read so far. */
  rows: number;
}

/** Refuses a CSV over the import limit, before anything is read or written. */
export function tooLarge(bytes: number): AppError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new AppError(
    'BAD_USER_INPUT',
    `The CSV is ${mb(bytes)} MB; an import takes at most ${mb(MAX_IMPORT_BYTES)} MB. Nothing was imported.`,
    {
      field: 'csv',
      maxBytes: MAX_IMPORT_BYTES,
    },
  );
}

/**
 * Runs a CRM CSV import: streams the file, maps its header (a missing required column refuses the whole file
 * before anything is written), turns each row into a record or a row error, and writes the records in batches,
 * each in its own transaction. A failure after some batches keeps them; importing the file again completes it.
 */
@Injectable()
export class CrmImportService {
  private readonly importers: Record<ImportKind, RowImporter<string, unknown>>;

  constructor(accounts: AccountImportService, teams: TeamImportService, deals: DealImportService) {
    this.importers = { accounts, teams, deals };
  }

  async run(
    kind: ImportKind,
    source: CsvSource,
    viewer: Viewer | null,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportResultObject> {
    if (typeof source === 'string' && Buffer.byteLength(source) > MAX_IMPORT_BYTES) {
      throw tooLarge(Buffer.byteLength(source));
    }
    const importer = this.importers[kind];
    const result = { created: 0, updated: 0, unchanged: 0, rows: 0 };
    const errors: RowError[] = [];
    const seen = new Map<string, number>();
    let header: string[] = [];
    let columns: ColumnMap<string> | undefined;
    let batch: ParsedRow<unknown>[] = [];
    const flush = async () => {
      if (!batch.length || !columns) return;
      const outcome = await importer.write(batch, columns, viewer);
      result.created += outcome.created;
      result.updated += outcome.updated;
      result.unchanged += outcome.unchanged;
      errors.push(...outcome.errors);
      batch = [];
      onProgress?.({ rows: result.rows });
    };
    const problems = (problem: RowError) => {
      result.rows++;
      errors.push(problem);
    };
    for await (const { row, values } of csvRecords(typeof source === 'string' ? [source] : source, problems)) {
      if (!columns) {
        header = values;
        columns = mapHeader(values, importer.columns);
        continue;
      }
      result.rows++;
      try {
        if (values.length !== columns.width) {
          throw new FieldError(`has ${values.length} fields where the header has ${columns.width}`);
        }
        for (const [at, value] of values.entries()) {
          const problem = textProblem(value);
          if (problem) throw new FieldError(`${header[at]} ${problem}`);
        }
        const item = importer.parse(values, columns);
        const identity = importer.identity?.(item);
        if (identity !== undefined) {
          const first = seen.get(identity);
          if (first !== undefined) {
            throw new FieldError(`repeats line ${first} (the same ${importer.columns[0].label})`);
          }
          seen.set(identity, row);
        }
        batch.push({ row, item });
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        errors.push({ row, message: error.message, code: error.code });
      }
      if (batch.length >= importer.batchSize) await flush();
    }
    if (!columns) throw badInput('csv', 'The CSV is empty: it needs a header row naming its columns.');
    await flush();
    errors.sort((a, b) => a.row - b.row);
    const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => ({ ...e, code: e.code ?? 'BAD_USER_INPUT' }));
    return { ...result, skipped: errors.length, errors: listed };
  }
}
