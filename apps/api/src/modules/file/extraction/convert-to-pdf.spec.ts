import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { buildDocx, buildPptx } from '../../../../test/support/file-builders.js';
import { convertToPdf, extractFile, sofficeAvailable } from './index.js';

// LibreOffice is optional: where it is not installed these conversions cannot run, and the pipeline falls back to
// the text outline.
const installed = (process.env.PATH ?? '')
  .split(delimiter)
  .some((dir) => existsSync(join(dir, 'soffice')) || existsSync(join(dir, 'libreoffice')));
const withSoffice = installed ? it : it.skip;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-convert-spec-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('convertToPdf', () => {
  it('says whether LibreOffice is installed', async () => {
    expect(await sofficeAvailable()).toBe(installed);
  });

  withSoffice(
    'converts a DOCX and a PPTX to a PDF that holds their text',
    async () => {
      const docx = join(dir, 'stored-without-extension');
      await writeFile(
        docx,
        await buildDocx({ paragraphs: [{ text: 'Renewal playbook', style: 1 }, { text: 'Call 90 days ahead.' }] }),
      );
      const pdf = await convertToPdf(docx, 'DOCX');
      expect(pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const converted = join(dir, 'converted.pdf');
      await writeFile(converted, pdf!);
      const text = (await extractFile(converted, 'converted.pdf', 'PDF')).pages.map((p) => `${p.heading} ${p.text}`);
      expect(text.join(' ')).toContain('Call 90 days ahead.');

      const pptx = join(dir, 'deck');
      await writeFile(pptx, await buildPptx({ slides: [{ title: 'One' }, { title: 'Two' }, { title: 'Three' }] }));
      await writeFile(converted, (await convertToPdf(pptx, 'PPTX'))!);
      expect((await extractFile(converted, 'converted.pdf', 'PDF')).pages).toHaveLength(3);
    },
    120_000,
  );

  withSoffice('stops a conversion that takes longer than its time limit and leaves no temp folder', async () => {
    const docx = join(dir, 'slow');
    await writeFile(docx, await buildDocx({ paragraphs: [{ text: 'x' }] }));
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith('byline-convert-')).length;
    await expect(convertToPdf(docx, 'DOCX', 50)).rejects.toThrow(
      'LibreOffice took longer than 1 s to convert the file.',
    );
    const after = (await readdir(tmpdir())).filter((name) => name.startsWith('byline-convert-')).length;
    expect(after).toBe(before);
  });
});
