import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { loadImage } from '@napi-rs/canvas';
import {
  buildDocx,
  buildPdf,
  buildPptx,
  buildXlsx,
  corruptPdf,
  encryptedPdf,
  handWrittenPptx,
  inlineStringsXlsx,
  manyEntriesPptx,
  sampleText,
  zipArchive,
  zipBombPptx,
} from '../../../../test/support/file-builders.js';
import { DEFAULT_EXTRACTION_LIMITS, FileRejected, extractFile, inspectFile, renderThumbnail } from './index.js';
import type { FileKind } from './index.js';
import { loadPdfJs } from './pdf-text.js';

let dir: string;
const file = async (name: string, content: Buffer | Promise<Buffer>) => {
  const path = join(dir, name);
  await writeFile(path, await content);
  return path;
};

async function rejection(promise: Promise<unknown>): Promise<FileRejected> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileRejected) return error;
    throw error;
  }
  throw new Error('the file was read');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PDF', () => {
  it('reads every page, its heading and text, the title from the metadata and a summary', async () => {
    const intro = `Acme cut onboarding time by half with the rollout. ${sampleText(80)}`;
    const path = await file(
      'study.pdf',
      buildPdf({
        title: 'Acme case study',
        pages: [
          { heading: 'The challenge', text: intro },
          { heading: 'The results', text: 'Revenue grew 30% in two quarters.' },
          { text: 'Contact the account team.' },
        ],
      }),
    );
    const progress: number[] = [];
    const result = await extractFile(path, 'Acme.pdf', 'PDF', { onProgress: (fraction) => progress.push(fraction) });
    expect(result).toMatchObject({ kind: 'PDF', title: 'Acme case study', pageLabel: 'page' });
    expect(result.pages.map((page) => [page.n, page.heading])).toEqual([
      [1, 'The challenge'],
      [2, 'The results'],
      [3, null],
    ]);
    expect(result.pages[0].text.replace(/\s+/g, ' ')).toContain('Acme cut onboarding time by half');
    expect(result.pages[0].text).not.toContain('The challenge');
    expect(result.pages[1].text).toBe('Revenue grew 30% in two quarters.');
    expect(result.summary!.startsWith('The challenge Acme cut onboarding time by half')).toBe(true);
    expect(result.summary!.length).toBeLessThanOrEqual(301);
    expect(progress).toEqual([1 / 3, 2 / 3, 1].map((f) => Math.floor(f * 100) / 100));
  });

  it('takes the first heading as the title when the metadata has none', async () => {
    const path = await file('untitled.pdf', buildPdf({ pages: [{ heading: 'Pricing guide 2027', text: 'Tiers.' }] }));
    const result = await extractFile(path, 'guide.pdf', 'PDF');
    expect(result.title).toBe('Pricing guide 2027');
    expect(result.summary).toBe('Tiers.');
  });

  it('refuses a password-protected PDF, which opens only with its password', async () => {
    const bytes = encryptedPdf('secret', 'Confidential pricing');
    const error = await rejection(extractFile(await file('locked.pdf', bytes), 'Locked.pdf', 'PDF'));
    expect(error.reason).toBe('ENCRYPTED');
    expect(error.message).toBe('“Locked.pdf” is password-protected: remove the password and try again.');

    // The file is really encrypted: with the password pdf.js reads the text.
    const { getDocument } = await loadPdfJs();
    const task = getDocument({ data: new Uint8Array(bytes), password: 'secret', verbosity: 0 });
    const page = await (await task.promise).getPage(1);
    const items = (await page.getTextContent()).items as { str: string }[];
    expect(items.map((item) => item.str).join('')).toBe('Confidential pricing');
    await task.destroy();
  });

  it('refuses a damaged PDF', async () => {
    const error = await rejection(extractFile(await file('noise.pdf', corruptPdf()), 'Noise.pdf', 'PDF'));
    expect(error.reason).toBe('CORRUPT');
    expect(error.message).toBe('“Noise.pdf” is damaged and cannot be read as a PDF.');
  });

  it('renders the first page as a PNG of the asked width with the page drawn on it', async () => {
    const path = await file('cover.pdf', buildPdf({ pages: [{ heading: 'Cover', text: sampleText(400) }] }));
    const png = await renderThumbnail(path, 240);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const image = await loadImage(png);
    expect(image.width).toBe(240);
    expect(image.height).toBe(Math.round((240 * 792) / 612));
    // Not a blank page: some pixels are dark (the text).
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128) dark++;
    expect(dark).toBeGreaterThan(200);
    expect(dark).toBeLessThan((image.width * image.height) / 2);

    const noise = await file('noise-thumb.pdf', corruptPdf());
    expect((await rejection(renderThumbnail(noise, 240))).reason).toBe('CORRUPT');
  });
});

describe('PPTX', () => {
  it('reads slides in order with their titles as headings, text and table cells, the title from slide 1', async () => {
    const path = await file(
      'deck.pptx',
      buildPptx({
        title: 'Core title, not used',
        slides: [
          { title: 'Winning against Globex', text: 'Lead with security\nShow the migration plan' },
          {
            title: 'Pricing',
            table: [
              ['Tier', 'Price'],
              ['Pro', '1200'],
            ],
          },
          { text: 'A slide without a title' },
        ],
      }),
    );
    const progress: number[] = [];
    const result = await extractFile(path, 'Globex.pptx', 'PPTX', { onProgress: (f) => progress.push(f) });
    expect(result).toMatchObject({ kind: 'PPTX', title: 'Winning against Globex', pageLabel: 'slide' });
    expect(result.pages).toEqual([
      { n: 1, heading: 'Winning against Globex', text: 'Lead with security\nShow the migration plan' },
      { n: 2, heading: 'Pricing', text: 'Tier\tPrice\nPro\t1200' },
      { n: 3, heading: null, text: 'A slide without a title' },
    ]);
    expect(result.summary).toBe(
      'Lead with security Show the migration plan Pricing Tier Price Pro 1200 A slide without a title',
    );
    expect(progress.at(-1)).toBe(1);
  });

  it('follows the presentation order, not the part names', async () => {
    const path = await file(
      'reordered.pptx',
      handWrittenPptx(
        [
          { title: 'Part one', lines: ['first part'] },
          { title: 'Part two', lines: ['second part'] },
          { title: 'Part three', lines: ['third part &amp; more &#8212; end'] },
        ],
        [3, 1, 2],
      ),
    );
    const result = await extractFile(path, 'Reordered.pptx', 'PPTX');
    expect(result.pages.map((page) => page.heading)).toEqual(['Part three', 'Part one', 'Part two']);
    expect(result.pages[0]).toEqual({ n: 1, heading: 'Part three', text: 'third part & more — end' });
  });

  it('takes the core title when the first slide has no title', async () => {
    const path = await file('no-title.pptx', buildPptx({ title: 'Q3 enablement', slides: [{ text: 'Agenda' }] }));
    expect((await extractFile(path, 'q3.pptx', 'PPTX')).title).toBe('Q3 enablement');
  });

  it('refuses a zip bomb by the bytes it really inflates to, even when its headers claim 1 KB', async () => {
    const path = await file('lying-bomb.pptx', zipBombPptx({ honestSizes: false }));
    // The declared sizes pass the fast check...
    expect(await inspectFile(path, 'Bomb.pptx')).toBe('PPTX');
    // ...and reading stops once the real bytes pass the limit.
    const error = await rejection(extractFile(path, 'Bomb.pptx', 'PPTX'));
    expect(error.reason).toBe('ZIP_LIMIT');
    expect(error.message).toBe('“Bomb.pptx” expands to more than 100 MB when unpacked, more than a document may.');
  });

  it('refuses a zip bomb and a zip of 100,000 entries when asked to read them directly', async () => {
    const bomb = await rejection(extractFile(await file('bomb.pptx', zipBombPptx()), 'Bomb.pptx', 'PPTX'));
    expect(bomb.reason).toBe('ZIP_LIMIT');
    const many = await rejection(extractFile(await file('many.pptx', manyEntriesPptx()), 'Many.pptx', 'PPTX'));
    expect(many.reason).toBe('ZIP_LIMIT');
    expect(many.message).toContain('“Many.pptx” holds 100005 parts');
  });

  it('refuses a deck whose slide is not XML as damaged', async () => {
    const broken = handWrittenPptx([{ title: 'x', lines: [] }]);
    const path = await file('broken.pptx', broken);
    expect((await extractFile(path, 'ok.pptx', 'PPTX')).pages).toHaveLength(1);
    const entries = [
      {
        name: '_rels/.rels',
        data: Buffer.from(
          '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="ppt/presentation.xml"/></Relationships>',
        ),
      },
      {
        name: 'ppt/presentation.xml',
        data: Buffer.from(
          '<p:presentation xmlns:p="p" xmlns:r="r"><p:sldIdLst><p:sldId r:id="rId1"/></p:sldIdLst></p:presentation>',
        ),
      },
      {
        name: 'ppt/_rels/presentation.xml.rels',
        data: Buffer.from(
          '<Relationships><Relationship Id="rId1" Type="x/slide" Target="slides/slide1.xml"/></Relationships>',
        ),
      },
      { name: 'ppt/slides/slide1.xml', data: Buffer.from('<p:sld><p:cSld><unclosed') },
    ];
    const error = await rejection(extractFile(await file('bad-xml.pptx', zipArchive(entries)), 'Bad.pptx', 'PPTX'));
    expect(error.reason).toBe('CORRUPT');
    expect(error.message).toBe('“Bad.pptx” is damaged: its part ppt/slides/slide1.xml cannot be read.');
  });
});

describe('DOCX', () => {
  it('splits the document into sections at Heading 1 and 2, text before the first heading as section 1', async () => {
    const path = await file(
      'proposal.docx',
      buildDocx({
        paragraphs: [
          { text: 'Proposal for Initech', style: 'title' },
          { text: 'Prepared by the enterprise team.' },
          { text: 'Background', style: 1 },
          { text: 'Initech runs 40 branches.' },
          { text: 'Goals', style: 2 },
          { text: 'Cut reporting time.' },
          { text: 'Detail', style: 3 },
          { text: 'Weekly reports by branch.' },
          { text: 'Pricing', style: 1 },
          { text: 'Annual licence.' },
        ],
      }),
    );
    const result = await extractFile(path, 'Initech.docx', 'DOCX');
    expect(result).toMatchObject({ kind: 'DOCX', title: 'Proposal for Initech', pageLabel: 'section' });
    expect(result.pages).toEqual([
      { n: 1, heading: null, text: 'Proposal for Initech\nPrepared by the enterprise team.' },
      { n: 2, heading: 'Background', text: 'Initech runs 40 branches.' },
      { n: 3, heading: 'Goals', text: 'Cut reporting time.\nDetail\nWeekly reports by branch.' },
      { n: 4, heading: 'Pricing', text: 'Annual licence.' },
    ]);
    expect(result.summary).toBe(
      'Prepared by the enterprise team. Background Initech runs 40 branches. Goals Cut reporting time. Detail Weekly reports by branch. Pricing Annual licence.',
    );
  });

  it('takes dc:title first, else the first Heading 1', async () => {
    const titled = await file(
      'titled.docx',
      buildDocx({ title: 'Security FAQ', paragraphs: [{ text: 'Q1', style: 1 }] }),
    );
    expect((await extractFile(titled, 'faq.docx', 'DOCX')).title).toBe('Security FAQ');
    const heading = await file(
      'heading.docx',
      buildDocx({ paragraphs: [{ text: 'Some intro text that runs on.' }, { text: 'Battlecard: Globex', style: 1 }] }),
    );
    expect((await extractFile(heading, 'card.docx', 'DOCX')).title).toBe('Battlecard: Globex');
  });
});

describe('XLSX', () => {
  it('reads one page per sheet, cell values row by row, the title from the first sheet', async () => {
    const path = await file(
      'pricing.xlsx',
      buildXlsx({
        sheets: [
          {
            name: 'Price list',
            rows: [
              ['Tier', 'Seats', 'Price'],
              ['Pro', 50, 1200.5],
              ['Enterprise', 500, 9800],
            ],
          },
          { name: 'Discounts', rows: [['Multi-year', 0.1, true]] },
        ],
      }),
    );
    const result = await extractFile(path, 'Pricing.xlsx', 'XLSX');
    expect(result).toMatchObject({ kind: 'XLSX', title: 'Price list', pageLabel: 'sheet' });
    expect(result.pages).toEqual([
      { n: 1, heading: 'Price list', text: 'Tier\tSeats\tPrice\nPro\t50\t1200.5\nEnterprise\t500\t9800' },
      { n: 2, heading: 'Discounts', text: 'Multi-year\t0.1\tTRUE' },
    ]);
    const titled = await file('titled.xlsx', buildXlsx({ title: 'ROI model', sheets: [{ name: 'S', rows: [[1]] }] }));
    expect((await extractFile(titled, 'roi.xlsx', 'XLSX')).title).toBe('ROI model');
  });

  it('reads inline strings and booleans written without a shared strings part', async () => {
    const path = await file(
      'inline.xlsx',
      inlineStringsXlsx([
        ['Region', 'Won'],
        ['EMEA &amp; APAC', 12],
        ['Renewal', false],
      ]),
    );
    const result = await extractFile(path, 'Inline.xlsx', 'XLSX');
    expect(result.pages).toEqual([{ n: 1, heading: 'Inline', text: 'Region\tWon\nEMEA & APAC\t12\nRenewal\tFALSE' }]);
  });
});

describe('limits', () => {
  it('stops a reading that takes longer than the time limit, and reads the next file as usual', async () => {
    const pages = Array.from({ length: 150 }, (_, i) => ({ heading: `Page ${i + 1}`, text: sampleText(300, i + 1) }));
    const path = await file('long.pdf', buildPdf({ pages }));
    const limits = { ...DEFAULT_EXTRACTION_LIMITS, timeoutMs: 300 };
    const started = performance.now();
    const error = await rejection(extractFile(path, 'Long.pdf', 'PDF', { limits }));
    expect(error.reason).toBe('TIMEOUT');
    expect(error.message).toBe('Reading “Long.pdf” took longer than 300 ms and was stopped.');
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await extractFile(path, 'Long.pdf', 'PDF')).pages).toHaveLength(150);
  });

  it('stops a reading that needs more memory than the limit, and the server process goes on', async () => {
    // 60 MB of sheet XML, under the expanded-size limit, whose parsed tree is far larger than a 64 MB heap.
    const row = (r: number) =>
      `<row r="${r}">${Array.from({ length: 6 }, (_, c) => `<c t="inlineStr"><is><t>cell ${r}-${c}</t></is></c>`).join('')}</row>`;
    const rows: string[] = [];
    let size = 0;
    for (let r = 1; size < 60 * 1024 * 1024; r++) {
      rows.push(row(r));
      size += rows[rows.length - 1].length;
    }
    const sheet = Buffer.from(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
    const base = inlineStringsXlsx([['x']]);
    const path = await file('huge.xlsx', base);
    const { ZipArchive } = await import('./zip-archive.js');
    const zip = await ZipArchive.open(path, 'huge.xlsx', DEFAULT_EXTRACTION_LIMITS);
    const entries = await Promise.all(
      [...zip.entries.keys()].map(async (name) => ({ name, data: (await zip.read(name))! })),
    );
    zip.close();
    const bigSheet = entries.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!;
    bigSheet.data = sheet;
    Object.assign(bigSheet, { deflated: deflateRawSync(sheet, { level: 1 }) });
    await writeFile(path, zipArchive(entries));

    const limits = { ...DEFAULT_EXTRACTION_LIMITS, maxMemoryMb: 64 };
    const error = await rejection(extractFile(path, 'Huge.xlsx', 'XLSX', { limits }));
    expect(error.reason).toBe('MEMORY');
    expect(error.message).toBe('Reading “Huge.xlsx” needed more than the 64 MB of memory it may use and was stopped.');
    const small = await file('after.xlsx', buildXlsx({ sheets: [{ name: 'After', rows: [['still here']] }] }));
    expect((await extractFile(small, 'After.xlsx', 'XLSX')).pages[0].text).toBe('still here');
  });

  it('reads several files at once, each in its own worker', async () => {
    const kinds: [string, FileKind, Buffer][] = [
      ['a.pdf', 'PDF', await buildPdf({ pages: [{ text: 'pdf text' }] })],
      ['a.pptx', 'PPTX', await buildPptx({ slides: [{ title: 'pptx text' }] })],
      ['a.docx', 'DOCX', await buildDocx({ paragraphs: [{ text: 'docx text' }] })],
      ['a.xlsx', 'XLSX', await buildXlsx({ sheets: [{ name: 'xlsx', rows: [['xlsx text']] }] })],
    ];
    const results = await Promise.all(
      kinds.map(async ([name, kind, bytes]) => extractFile(await file(`many-${name}`, bytes), name, kind)),
    );
    expect(results.map((result) => result.title)).toEqual(['pdf text', 'pptx text', 'docx text', 'xlsx']);
  });
});
