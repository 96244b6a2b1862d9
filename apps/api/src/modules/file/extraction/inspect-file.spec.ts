import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildDocx,
  buildPdf,
  buildPng,
  buildPptx,
  buildXlsx,
  corruptPdf,
  encryptedOfficeFile,
  manyEntriesPptx,
  zipArchive,
  zipBombPptx,
} from '../../../../test/support/file-builders.js';
import { DEFAULT_EXTRACTION_LIMITS, FileRejected, inspectFile } from './index.js';

let dir: string;
const file = async (name: string, content: Buffer | Promise<Buffer>) => {
  const path = join(dir, name);
  await writeFile(path, await content);
  return path;
};

/** The rejection inspectFile gives, or fails the test when it accepts the file. */
async function rejection(path: string, fileName: string): Promise<FileRejected> {
  try {
    const kind = await inspectFile(path, fileName);
    throw new Error(`accepted as ${kind}`);
  } catch (error) {
    if (!(error instanceof FileRejected)) throw error;
    return error;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-inspect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('inspectFile', () => {
  it('accepts each kind of real file and tells its kind', async () => {
    const pdf = await file('a.pdf', buildPdf({ pages: [{ text: 'Hello' }] }));
    const pptx = await file('a.pptx', buildPptx({ slides: [{ title: 'Hello' }] }));
    const docx = await file('a.docx', buildDocx({ paragraphs: [{ text: 'Hello' }] }));
    const xlsx = await file('a.xlsx', buildXlsx({ sheets: [{ name: 'One', rows: [['Hello']] }] }));
    expect(await inspectFile(pdf, 'Case study.pdf')).toBe('PDF');
    expect(await inspectFile(pptx, 'Pitch deck.PPTX')).toBe('PPTX');
    expect(await inspectFile(docx, 'Proposal.docx')).toBe('DOCX');
    expect(await inspectFile(xlsx, 'Pricing.xlsx')).toBe('XLSX');
  });

  it('refuses a type outside the allow-list, naming the file', async () => {
    const path = await file('notes.txt', Buffer.from('plain text'));
    for (const name of ['notes.txt', 'deck.key', 'old.doc', 'no extension']) {
      const error = await rejection(path, name);
      expect(error.reason).toBe('TYPE');
      expect(error.message).toContain(`“${name}”`);
      expect(error.message).toContain('PDF, PPTX, DOCX or XLSX');
    }
  });

  it('refuses content that does not match the name: a PNG named .pdf, a DOCX named .pptx, a PDF named .docx', async () => {
    const png = await rejection(await file('image.pdf', buildPng()), 'Results.pdf');
    expect(png.reason).toBe('MISMATCH');
    expect(png.message).toBe('“Results.pdf” is named as a PDF but its content is a PNG image.');

    const docx = await rejection(await file('doc.pptx', buildDocx({ paragraphs: [{ text: 'x' }] })), 'Deck.pptx');
    expect(docx.reason).toBe('MISMATCH');
    expect(docx.message).toContain(
      '“Deck.pptx” is named as a PowerPoint presentation (PPTX) but it is a Word document',
    );

    const pdf = await rejection(await file('pdf.docx', buildPdf({ pages: [{ text: 'x' }] })), 'Proposal.docx');
    expect(pdf.reason).toBe('MISMATCH');
    expect(pdf.message).toContain('its content is a PDF');

    const plainZip = await file('plain.xlsx', zipArchive([{ name: 'readme.txt', data: Buffer.from('hi') }]));
    const zip = await rejection(plainZip, 'Numbers.xlsx');
    expect(zip.reason).toBe('MISMATCH');
    expect(zip.message).toBe('“Numbers.xlsx” is a zip archive, not an Excel workbook (XLSX).');
  });

  it('refuses a password-protected Office file (a compound file instead of a zip)', async () => {
    const error = await rejection(await file('locked.docx', encryptedOfficeFile()), 'Locked.docx');
    expect(error.reason).toBe('ENCRYPTED');
    expect(error.message).toBe('“Locked.docx” is password-protected: remove the password and try again.');
  });

  it('refuses an empty file and a truncated archive as damaged', async () => {
    expect((await rejection(await file('empty.pdf', Buffer.alloc(0)), 'Empty.pdf')).reason).toBe('CORRUPT');
    const deck = await buildPptx({ slides: [{ title: 'Cut short', text: 'x' }] });
    const cut = await rejection(await file('cut.pptx', deck.subarray(0, deck.length / 2)), 'Cut.pptx');
    expect(cut.reason).toBe('CORRUPT');
    expect(cut.message).toContain('“Cut.pptx” is damaged');
  });

  it('lets a PDF with a PDF header through (its structure is checked when it is read)', async () => {
    expect(await inspectFile(await file('noise.pdf', corruptPdf()), 'Noise.pdf')).toBe('PDF');
  });

  it('refuses a zip with more entries than the limit from its central directory alone', async () => {
    const path = await file('many.pptx', manyEntriesPptx(100_000));
    const started = performance.now();
    const error = await rejection(path, 'Many.pptx');
    expect(error.reason).toBe('ZIP_LIMIT');
    expect(error.message).toContain('100005 parts');
    expect(error.message).toContain(`${DEFAULT_EXTRACTION_LIMITS.maxZipEntries}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a zip bomb that declares its expanded size, without inflating it', async () => {
    const error = await rejection(await file('bomb.pptx', zipBombPptx()), 'Bomb.pptx');
    expect(error.reason).toBe('ZIP_LIMIT');
    expect(error.message).toBe('“Bomb.pptx” expands to more than 100 MB when unpacked, more than a document may.');
  });

  it('takes its limits from the caller', async () => {
    const deck = await file('small.pptx', buildPptx({ slides: [{ title: 'One' }, { title: 'Two' }] }));
    const tight = { ...DEFAULT_EXTRACTION_LIMITS, maxZipEntries: 5 };
    await expect(inspectFile(deck, 'Small.pptx', tight)).rejects.toMatchObject({ reason: 'ZIP_LIMIT' });
    const small = { ...DEFAULT_EXTRACTION_LIMITS, maxExpandedBytes: 1000 };
    await expect(inspectFile(deck, 'Small.pptx', small)).rejects.toMatchObject({ reason: 'ZIP_LIMIT' });
  });
});
