import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Info } from 'csv-parse';

/** One record of a CSV file and the line it starts on (the header is line 1). */
export interface CsvRecord {
  row: number;
  values: string[];
}

export interface CsvProblem {
  row: number;
  message: string;
}

const DELIMITERS = [',', ';', '\t'] as const;

// Spreadsheets in many locales export with semicolons, some tools with tabs: the header line decides.
function sniffDelimiter(head: string): string {
  const firstLine = head.split(/\r?\n|\r/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((d) => firstLine.split(d).length - 1);
  const best = Math.max(...counts);
  return best > 0 ? DELIMITERS[counts.indexOf(best)] : ',';
}

async function* prefixed(
  head: (Buffer | string)[],
  rest: AsyncIterator<Buffer | string>,
): AsyncGenerator<Buffer | string> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Streams the records of a CSV (UTF-8, with or without a BOM; comma, semicolon or tab separated; RFC 4180 quoting)
 * with csv-parse. Records that cannot be read (a stray quote) are passed to `problems` and skipped; the rest go on.
 */
export async function* csvRecords(
  source: Iterable<Buffer | string> | AsyncIterable<Buffer | string>,
  problems: (problem: CsvProblem) => void,
): AsyncGenerator<CsvRecord> {
  const input = Readable.from(source, { objectMode: false });
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const head: (Buffer | string)[] = [];
  let headText = '';
  while (!/[\r\n]/.test(headText) && headText.length < 65_536) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    headText += next.value.toString();
  }
  const parser = parse({
    bom: true,
    delimiter: sniffDelimiter(headText),
    info: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) {
        problems({
          row: typeof error.lines === 'number' ? error.lines : 0,
          message: `cannot be read as CSV: ${error.message}`,
        });
      }
      return undefined;
    },
  });
  const feed = Readable.from(prefixed(head, chunks));
  feed.on('error', (error) => parser.destroy(error));
  feed.pipe(parser);
  let lastLine = 0;
  let lastEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      // csv-parse counts the line a record ends on; it starts after the previous record and any empty lines.
      const row = lastLine + 1 + (info.empty_lines - lastEmpty);
      lastLine = info.lines;
      lastEmpty = info.empty_lines;
      yield { row, values: record };
    }
  } finally {
    feed.destroy();
    input.destroy();
  }
}
