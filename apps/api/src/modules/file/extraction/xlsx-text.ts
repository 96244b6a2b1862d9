import { summaryOf, tidyText } from './extraction-result.js';
import type { ExtractedPage, Extraction } from './extraction-result.js';
import { FileRejected } from './file-rejected.js';
import { coreTitle, mainPart, readXml, relationships } from './ooxml.js';
import { attr, childElements, findAll, firstChild, localName, runText } from './xml.js';
import type { XmlElement } from './xml.js';
import type { ZipArchive } from './zip-archive.js';

/** A shared string's text: its runs, phonetic guides left out. */
function stringItem(item: XmlElement): string {
  return childElements(item)
    .filter((child) => localName(child.name) !== 'rPh' && localName(child.name) !== 'phoneticPr')
    .map((child) => (localName(child.name) === 't' ? runText({ ...item, children: [child] }) : runText(child)))
    .join('');
}

function cellValue(cell: XmlElement, shared: string[]): string {
  const type = attr(cell, 't');
  const value = firstChild(cell, 'v');
  const raw = value ? value.children.filter((node) => typeof node === 'string').join('') : '';
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'inlineStr': {
      const inline = firstChild(cell, 'is');
      return inline ? stringItem(inline) : '';
    }
    case 'b':
      return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    default:
      return raw;
  }
}

/** One page per sheet, in workbook order; text = cell values row by row, cells separated by tabs. */
export async function extractXlsx(
  zip: ZipArchive,
  fileName: string,
  onProgress: (fraction: number) => void,
): Promise<Extraction> {
  const main = await mainPart(zip, fileName);
  if (!main || main.kind !== 'XLSX') throw new FileRejected('CORRUPT', `“${fileName}” has no sheets to read.`);
  const workbook = await readXml(zip, main.part, fileName);
  const rels = await relationships(zip, main.part, fileName);
  const sharedPart = rels.find((rel) => rel.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const sharedXml = await readXml(zip, sharedPart, fileName);
  const shared = sharedXml ? childElements(sharedXml, 'si').map(stringItem) : [];
  const targets = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets = findAll(workbook!, 'sheet')
    .map((sheet) => ({ name: attr(sheet, 'name') ?? '', rel: targets.get(attr(sheet, 'r:id') ?? '') }))
    .filter((sheet) => sheet.rel && !sheet.rel.external && sheet.rel.type.endsWith('/worksheet'));
  const pages: ExtractedPage[] = [];
  for (const [index, sheet] of sheets.entries()) {
    const xml = await readXml(zip, sheet.rel!.target, fileName);
    const rows = xml ? findAll(xml, 'row') : [];
    const text = rows
      .map((row) =>
        childElements(row, 'c')
          .map((cell) => cellValue(cell, shared).replace(/\s+/g, ' ').trim())
          .filter((value) => value)
          .join('\t'),
      )
      .filter((line) => line)
      .join('\n');
    pages.push({ n: index + 1, heading: sheet.name || null, text: tidyText(text) });
    onProgress((index + 1) / sheets.length);
  }
  const title = (await coreTitle(zip, fileName)) ?? pages[0]?.heading ?? null;
  return { kind: 'XLSX', title, summary: summaryOf(pages, title), pages, pageLabel: 'sheet' };
}
