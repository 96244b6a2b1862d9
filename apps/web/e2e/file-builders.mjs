// Real documents built by the tests (never downloaded): a PDF with pdf-lib, a PPTX with pptxgenjs, a PNG by hand.
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import PptxGenJS from 'pptxgenjs';

/** A PDF of these pages (a heading and lines of text each), `title` in its metadata. */
export async function buildPdf({ title, pages }) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const [index, { heading, lines }] of pages.entries()) {
    const page = pdf.addPage([612, 792]);
    // A coloured band of a different width on each page, so each page looks different.
    page.drawRectangle({ x: 50, y: 620, width: 120 + 120 * index, height: 60, color: rgb(0.26, 0.38, 0.93) });
    page.drawText(heading, { x: 50, y: 560, size: 26, font: bold });
    lines.forEach((line, at) => page.drawText(line, { x: 50, y: 520 - at * 18, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

/** A PPTX with one titled slide per entry, `title` in docProps/core.xml. */
export async function buildPptx({ title, slides }) {
  const pptx = new PptxGenJS();
  pptx.title = title;
  pptx.defineSlideMaster({
    title: 'TITLED',
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } }],
  });
  for (const slide of slides) {
    const added = pptx.addSlide({ masterName: 'TITLED' });
    added.addText(slide.title, { placeholder: 'title' });
    added.addText(slide.text, { x: 0.5, y: 1.5, w: 9, h: 2.5, fontSize: 16 });
  }
  return await pptx.write({ outputType: 'nodebuffer' });
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small valid PNG (a grey square). */
export function buildPng(size = 8) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((size + 1) * size, 0x88);
  for (let row = 0; row < size; row++) rows[row * (size + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
