// Real PDF, PPTX, DOCX and XLSX files built in memory for tests, and the broken ones Byline must refuse: an encrypted
// and a corrupt PDF, zip bombs, a zip with too many entries, an encrypted Office file.
import { createHash, randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import PptxGenJSModule from 'pptxgenjs';

// pptxgenjs's types describe its ES module as CommonJS, so TypeScript sees the class one level down.
const PptxGenJS = PptxGenJSModule as unknown as typeof PptxGenJSModule.default;

// ---------------------------------------------------------------------------------------------------------------
// Real documents

export interface PdfPageSpec {
  /** Drawn larger than the text, at the top of the page. */
  heading?: string;
  /** Lines separated by "\n"; long lines are wrapped. */
  text: string;
}

/** A PDF with one page per spec, text drawn in Helvetica, `title` in its metadata when given. */
export async function buildPdf(spec: { title?: string; pages: PdfPageSpec[] }): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  if (spec.title) pdf.setTitle(spec.title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const pageSpec of spec.pages) {
    const page = pdf.addPage([612, 792]);
    let y = 740;
    if (pageSpec.heading) {
      page.drawText(pageSpec.heading, { x: 50, y, size: 24, font: bold });
      y -= 40;
    }
    for (const line of wrap(pageSpec.text, 90)) {
      if (y < 40) break;
      page.drawText(line, { x: 50, y, size: 11, font });
      y -= 15;
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface SlideSpec {
  /** Put in the slide's title placeholder. */
  title?: string;
  /** Bullet lines separated by "\n", in a text box. */
  text?: string;
  /** A table of cells, below the text. */
  table?: string[][];
}

/** A PPTX with a title placeholder on every slide (pptxgenjs), `title` in docProps/core.xml when given. */
export async function buildPptx(spec: { title?: string; slides: SlideSpec[] }): Promise<Buffer> {
  const pptx = new PptxGenJS();
  if (spec.title) pptx.title = spec.title;
  pptx.defineSlideMaster({
    title: 'TITLED',
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } }],
  });
  for (const slideSpec of spec.slides) {
    const slide = pptx.addSlide({ masterName: 'TITLED' });
    if (slideSpec.title) slide.addText(slideSpec.title, { placeholder: 'title' });
    if (slideSpec.text) {
      slide.addText(
        slideSpec.text.split('\n').map((line) => ({ text: line, options: { breakLine: true } })),
        { x: 0.5, y: 1.5, w: 9, h: 2.5, fontSize: 14 },
      );
    }
    if (slideSpec.table) {
      slide.addTable(
        slideSpec.table.map((row) => row.map((cell) => ({ text: cell }))),
        { x: 0.5, y: 4.2, w: 9 },
      );
    }
  }
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}

export interface DocxParagraphSpec {
  text: string;
  /** Heading 1, Heading 2, or the Title style. */
  style?: 1 | 2 | 3 | 'title';
}

const DOCX_STYLES = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  title: HeadingLevel.TITLE,
} as const;

/** A DOCX of these paragraphs (docx), `title` in docProps/core.xml when given. */
export async function buildDocx(spec: { title?: string; paragraphs: DocxParagraphSpec[] }): Promise<Buffer> {
  const document = new Document({
    ...(spec.title ? { title: spec.title } : {}),
    sections: [
      {
        children: spec.paragraphs.map(
          (paragraph) =>
            new Paragraph({
              text: paragraph.text,
              ...(paragraph.style ? { heading: DOCX_STYLES[paragraph.style] } : {}),
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** An XLSX of these sheets (exceljs: strings go to shared strings), `title` in docProps/core.xml when given. */
export async function buildXlsx(spec: {
  title?: string;
  sheets: { name: string; rows: (string | number | boolean)[][] }[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (spec.title) workbook.title = spec.title;
  for (const sheetSpec of spec.sheets) {
    const sheet = workbook.addWorksheet(sheetSpec.name);
    for (const row of sheetSpec.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A small PNG image (to be misnamed as a document). */
export function buildPng(): Buffer {
  const canvas = createCanvas(16, 16);
  const context = canvas.getContext('2d');
  context.fillStyle = '#3366cc';
  context.fillRect(0, 0, 16, 16);
  return canvas.toBuffer('image/png');
}

/** Words of plain English-looking text, deterministic for a seed. */
export function sampleText(words: number, seed = 1): string {
  const vocabulary =
    'pipeline renewal discovery pricing champion procurement security onboarding rollout quarterly forecast ' +
    'integration customer revenue expansion competitor migration analytics workflow adoption success value';
  const list = vocabulary.split(' ');
  const out: string[] = [];
  let state = seed;
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out.push(list[state % list.length]);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-written zips (for the archives no library writes: lying sizes, 100k entries)

export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** Deflate (default) or store. */
  method?: 'deflate' | 'store';
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
  /** Already-deflated bytes for `data`, to skip compressing a large entry again. */
  deflated?: Buffer;
}

/** A zip archive of these entries, with a ZIP64 end record when there are more than 65,535. */
export function zipArchive(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const stored = entry.method === 'store';
    const body = stored ? entry.data : (entry.deflated ?? deflateRawSync(entry.data));
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(stored ? 0 : 8, 10);
    header.writeUInt32LE(0x00210000, 12);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  const zip64 = entries.length > 0xffff;
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}

const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`, 'utf8');
const PML = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const DML = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts a minimal PPTX needs around its slides, with slides given as raw parts. */
function pptxSkeleton(slideCount: number): ZipEntrySpec[] {
  const ids = Array.from({ length: slideCount }, (_, i) => i + 1);
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>` +
          ids
            .map(
              (i) =>
                `<Override PartName="/ppt/slides/slide${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`,
            )
            .join('') +
          `</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="ppt/presentation.xml"/></Relationships>`,
      ),
    },
    {
      name: 'ppt/presentation.xml',
      data: xml(
        `<p:presentation xmlns:p="${PML}" xmlns:r="${REL}"><p:sldIdLst>` +
          ids.map((i) => `<p:sldId id="${255 + i}" r:id="rId${i}"/>`).join('') +
          `</p:sldIdLst></p:presentation>`,
      ),
    },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: xml(
        `<Relationships xmlns="${PKG_REL}">` +
          ids.map((i) => `<Relationship Id="rId${i}" Type="${REL}/slide" Target="slides/slide${i}.xml"/>`).join('') +
          `</Relationships>`,
      ),
    },
  ];
}

/** A slide part with a title placeholder and body paragraphs. */
export function slidePart(title: string, lines: string[]): Buffer {
  const paragraph = (text: string) => `<a:p><a:r><a:t>${text}</a:t></a:r></a:p>`;
  return xml(
    `<p:sld xmlns:p="${PML}" xmlns:a="${DML}"><p:cSld><p:spTree>` +
      `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>` +
      `<p:txBody>${paragraph(title)}</p:txBody></p:sp>` +
      `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Body"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
      `<p:txBody>${lines.map(paragraph).join('')}</p:txBody></p:sp>` +
      `</p:spTree></p:cSld></p:sld>`,
  );
}

/** A hand-written PPTX whose slides are listed in `order` (slide part numbers), to check presentation order. */
export function handWrittenPptx(slides: { title: string; lines: string[] }[], order?: number[]): Buffer {
  const entries = pptxSkeleton(slides.length);
  if (order) {
    entries[2].data = xml(
      `<p:presentation xmlns:p="${PML}" xmlns:r="${REL}"><p:sldIdLst>` +
        order.map((i) => `<p:sldId id="${255 + i}" r:id="rId${i}"/>`).join('') +
        `</p:sldIdLst></p:presentation>`,
    );
  }
  slides.forEach((slide, i) =>
    entries.push({ name: `ppt/slides/slide${i + 1}.xml`, data: slidePart(slide.title, slide.lines) }),
  );
  return zipArchive(entries);
}

let bombCache: { size: number; deflated: Buffer } | undefined;

/**
 * A PPTX whose one slide inflates to `expandedBytes` of zeros (200 MB by default) from a few hundred kilobytes.
 * With `honestSizes: false` its headers declare the slide as 1 KB, so only counting the real inflated bytes catches it.
 */
export function zipBombPptx(opts: { expandedBytes?: number; honestSizes?: boolean } = {}): Buffer {
  const size = opts.expandedBytes ?? 200 * 1024 * 1024;
  if (bombCache?.size !== size) bombCache = { size, deflated: deflateRawSync(Buffer.alloc(size), { level: 9 }) };
  const entries = pptxSkeleton(1);
  // `data` is only used for the CRC here; a wrong CRC is not what the check is about, so one of the empty buffer.
  entries.push({
    name: 'ppt/slides/slide1.xml',
    data: Buffer.alloc(0),
    deflated: bombCache.deflated,
    declaredSize: opts.honestSizes === false ? 1024 : size,
  });
  return zipArchive(entries);
}

/** A PPTX holding `count` tiny extra parts besides a real slide (100,000 by default). */
export function manyEntriesPptx(count = 100_000): Buffer {
  const entries = pptxSkeleton(1);
  entries.push({ name: 'ppt/slides/slide1.xml', data: slidePart('Many parts', ['One slide']) });
  const empty = Buffer.alloc(0);
  for (let i = 0; i < count; i++) entries.push({ name: `ppt/media/part${i}.bin`, data: empty, method: 'store' });
  return zipArchive(entries);
}

/** A hand-written XLSX whose cells use inline strings, numbers and booleans (no shared strings part). */
export function inlineStringsXlsx(rows: (string | number | boolean)[][]): Buffer {
  const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const cell = (value: string | number | boolean, ref: string) =>
    typeof value === 'string'
      ? `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`
      : typeof value === 'boolean'
        ? `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`
        : `<c r="${ref}"><v>${value}</v></c>`;
  const sheet = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((value, c) => cell(value, `${String.fromCharCode(65 + c)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${SML}" xmlns:r="${REL}"><sheets><sheet name="Inline" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(`<worksheet xmlns="${SML}"><sheetData>${sheet}</sheetData></worksheet>`),
    },
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Encrypted and damaged files

const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);

/**
 * A one-page PDF encrypted with the standard security handler (RC4, 40-bit, revision 2) under a user password, so
 * that it opens only with `password` (pdf.js then reports it as password-protected).
 */
export function encryptedPdf(password = 'secret', text = 'Confidential pricing'): Buffer {
  const fileId = randomBytes(16);
  const permissions = -4;
  const owner = rc4(md5(padded(`${password}-owner`)).subarray(0, 5), padded(password));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions, 0);
  const key = md5(padded(password), owner, p, fileId).subarray(0, 5);
  const user = rc4(key, PASSWORD_PADDING);
  const objectKey = (num: number) => {
    const suffix = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0]);
    return md5(key, suffix).subarray(0, 10);
  };
  const content = rc4(objectKey(4), Buffer.from(`BT /F1 18 Tf 72 700 Td (${text}) Tj ET`, 'latin1'));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ' +
        '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>',
    ),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    Buffer.from(
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${permissions} /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`,
    ),
  ];
  return writePdf(objects, `/Encrypt 5 0 R /ID [<${fileId.toString('hex')}> <${fileId.toString('hex')}>]`);
}

function writePdf(objects: Buffer[], trailerExtra: string): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** A file that starts like a PDF and then holds no PDF structure at all. */
export function corruptPdf(): Buffer {
  const noise = Buffer.alloc(4096);
  let state = 7;
  for (let i = 0; i < noise.length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    noise[i] = 32 + (state % 90);
  }
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]);
}

/**
 * What Office writes for a password-protected DOCX, PPTX or XLSX: a compound file (CFB) holding EncryptionInfo and
 * EncryptedPackage streams instead of a zip. The streams' contents are random: only the container is checked.
 */
export function encryptedOfficeFile(): Buffer {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const streamSectors = 8; // 4096-byte streams: at the mini-stream cut-off, so they live in regular sectors
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  header.writeUInt32LE(0, 76); // the FAT is sector 0
  for (let i = 80; i < SECTOR; i += 4) header.writeUInt32LE(FREE, i);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // the FAT itself
  fat.writeUInt32LE(END, 4); // the directory
  const chain = (start: number) => {
    for (let s = start; s < start + streamSectors; s++) {
      fat.writeUInt32LE(s === start + streamSectors - 1 ? END : s + 1, s * 4);
    }
  };
  chain(2);
  chain(2 + streamSectors);

  const directory = Buffer.alloc(SECTOR);
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory[at + 66] = type;
    directory[at + 67] = 1;
    directory.writeUInt32LE(FREE, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, 1, FREE, END, 0);
  entry(1, 'EncryptionInfo', 2, FREE, 2, 2, streamSectors * SECTOR);
  entry(2, 'EncryptedPackage', 2, FREE, FREE, 2 + streamSectors, streamSectors * SECTOR);
  return Buffer.concat([header, fat, directory, randomBytes(2 * streamSectors * SECTOR)]);
}
