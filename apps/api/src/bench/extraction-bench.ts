// Text extraction per MB of file for each kind, on files of a few MB built here (the same builders as the tests),
// read through extractFile as the upload pipeline reads them: in a worker thread, with the default limits.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx, buildPdf, buildPptx, buildXlsx, sampleText } from '../../test/support/file-builders.js';
import type { DocxParagraphSpec } from '../../test/support/file-builders.js';
import { extractFile, renderThumbnail } from '../modules/file/extraction/index.js';
import type { FileKind } from '../modules/file/extraction/index.js';

const RUNS = Number(process.env.BENCH_EXTRACTION_RUNS ?? 3);
const SCALE = Number(process.env.BENCH_EXTRACTION_SCALE ?? 1);

const SYLLABLES = 'ka lo mi ne ru sa te vi do pa re li mo na su ta ve ri co ga'.split(' ');

/** Common words mixed with made-up names and numbers, so that it compresses about as real documents do. */
const prose = (words: number, seed: number) =>
  sampleText(words, seed)
    .split(' ')
    .map((word, i) => {
      const n = (seed * 7919 + i * 104729) % 1_000_003;
      if (i % 3 === 1) return SYLLABLES[n % 20] + SYLLABLES[(n >> 5) % 20] + SYLLABLES[(n >> 9) % 20];
      return i % 7 === 3 ? `${word}-${n % 10000}` : word;
    })
    .join(' ');

const FILES: { kind: FileKind; name: string; build: () => Promise<Buffer> }[] = [
  {
    kind: 'PDF',
    name: 'report.pdf',
    build: () =>
      buildPdf({
        title: 'Bench report',
        pages: Array.from({ length: 500 * SCALE }, (_, i) => ({ heading: `Section ${i + 1}`, text: prose(450, i) })),
      }),
  },
  {
    kind: 'PPTX',
    name: 'deck.pptx',
    build: () =>
      buildPptx({
        slides: Array.from({ length: 600 * SCALE }, (_, i) => ({
          title: `Slide ${i + 1}: ${prose(5, i)}`,
          text: Array.from({ length: 6 }, (_, line) => prose(14, i * 10 + line)).join('\n'),
          table: [
            ['Metric', 'Before', 'After'],
            [prose(2, i), String(i * 3), String(i * 5)],
          ],
        })),
      }),
  },
  {
    kind: 'DOCX',
    name: 'proposal.docx',
    build: () =>
      buildDocx({
        paragraphs: Array.from({ length: 900 * SCALE }, (_, i): DocxParagraphSpec[] => [
          { text: `Chapter ${i + 1}`, style: i % 3 ? 2 : 1 },
          ...Array.from({ length: 8 }, (_, p) => ({ text: prose(60, i * 10 + p) })),
        ]).flat(),
      }),
  },
  {
    kind: 'XLSX',
    name: 'model.xlsx',
    build: () =>
      buildXlsx({
        sheets: Array.from({ length: 4 }, (_, sheet) => ({
          name: `Region ${sheet + 1}`,
          rows: Array.from({ length: 8_000 * SCALE }, (_, row) => [
            prose(3, sheet * 100_000 + row),
            row,
            (row * 37.5) % 1000,
            prose(1, row),
            row % 2 === 0,
          ]),
        })),
      }),
  },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pad = (text: string, width: number) => text.padEnd(width);

/** Prints extraction time per MB for each kind on generated files of a few MB, and a thumbnail's time. */
export async function benchExtraction(print: (line: string) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'byline-extraction-bench-'));
  try {
    for (const { kind, name, build } of FILES) {
      const path = join(dir, name);
      await writeFile(path, await build());
      const megabytes = (await stat(path)).size / 1024 / 1024;
      const times: number[] = [];
      let pages = 0;
      let characters = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        const extraction = await extractFile(path, name, kind);
        times.push(performance.now() - started);
        pages = extraction.pages.length;
        characters = extraction.pages.reduce((sum, page) => sum + page.text.length + (page.heading?.length ?? 0), 0);
      }
      const ms = median(times);
      print(
        `    ${pad(kind, 5)} ${pad(`${megabytes.toFixed(1)} MB`, 8)} ${pad(`${pages} ${kind === 'XLSX' ? 'sheets' : 'pages'}`, 11)}` +
          ` ${pad(`${(characters / 1e6).toFixed(1)} M chars`, 12)} ${pad(`${(ms / 1000).toFixed(2)} s`, 8)}` +
          ` ${(ms / megabytes / 1000).toFixed(2)} s/MB  (median of ${RUNS}, worker start included)`,
      );
    }
    const pdf = join(dir, 'report.pdf');
    const thumbs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await renderThumbnail(pdf, 320);
      thumbs.push(performance.now() - started);
    }
    print(`    thumbnail of a PDF's first page, 320 px: ${Math.round(median(thumbs))} ms (median of ${RUNS})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
