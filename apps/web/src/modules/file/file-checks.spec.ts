import { describe, expect, it } from '@jest/globals';
import { MAX_FILE_BYTES, attachmentFileProblem, documentFileProblem, readingLabel } from './file-checks';

describe('documentFileProblem', () => {
  it('lets PDF, PPTX, DOCX and XLSX files through, whatever the case of their extension', () => {
    for (const name of ['a.pdf', 'Deck.PPTX', 'notes.docx', 'numbers.Xlsx']) {
      expect(documentFileProblem({ name, size: 1000 })).toBeNull();
    }
  });

  it('refuses other types with the sentence the server writes, naming the file', () => {
    expect(documentFileProblem({ name: 'setup.exe', size: 1000 })).toBe(
      '“setup.exe” is not a file type Byline reads: send a PDF, PPTX, DOCX or XLSX.',
    );
    expect(documentFileProblem({ name: 'photo.png', size: 1000 })).toMatch(/“photo\.png” is not a file type/);
    expect(documentFileProblem({ name: 'pdf', size: 1000 })).toMatch(/not a file type/);
  });

  it('refuses a file over the limit, and an empty one', () => {
    expect(documentFileProblem({ name: 'big.pdf', size: MAX_FILE_BYTES })).toBeNull();
    expect(documentFileProblem({ name: 'big.pdf', size: MAX_FILE_BYTES + 1 })).toBe(
      'big.pdf is larger than the limit of 25 MB.',
    );
    expect(documentFileProblem({ name: 'big.pdf', size: 11 * 1024 * 1024 }, 10 * 1024 * 1024)).toBe(
      'big.pdf is larger than the limit of 10 MB.',
    );
    expect(documentFileProblem({ name: 'empty.pdf', size: 0 })).toBe('empty.pdf is empty.');
  });
});

describe('attachmentFileProblem', () => {
  it('accepts pictures and text files besides documents', () => {
    expect(attachmentFileProblem({ name: 'chart.png', size: 10 })).toBeNull();
    expect(attachmentFileProblem({ name: 'notes.md', size: 10 })).toBeNull();
  });

  it('refuses other types and files over the limit', () => {
    expect(attachmentFileProblem({ name: 'setup.exe', size: 10 })).toMatch(
      /^“setup\.exe” is not a type Byline accepts; allowed: pdf/,
    );
    expect(attachmentFileProblem({ name: 'big.png', size: MAX_FILE_BYTES + 1 })).toMatch(/big\.png is larger/);
  });
});

describe('readingLabel', () => {
  it('names what is being read by the document kind', () => {
    expect(readingLabel('slide', 'PPTX')).toBe('Reading slides…');
    expect(readingLabel(null, 'PPTX')).toBe('Reading slides…');
    expect(readingLabel(null, 'PDF')).toBe('Reading pages…');
    expect(readingLabel(undefined, 'XLSX')).toBe('Reading sheets…');
  });
});
