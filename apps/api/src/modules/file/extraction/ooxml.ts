import { posix } from 'node:path';
import { FileRejected } from './file-rejected.js';
import type { FileKind } from './file-kind.js';
import { attr, childElements, parseXml, runText } from './xml.js';
import type { XmlElement } from './xml.js';
import type { ZipArchive } from './zip-archive.js';

export interface Relationship {
  id: string;
  type: string;
  /** The target part's path inside the zip, resolved against the source part. */
  target: string;
  external: boolean;
}

/** The folder each OOXML kind keeps its main part in. */
const MAIN_FOLDER: Record<string, FileKind> = { ppt: 'PPTX', word: 'DOCX', xl: 'XLSX' };

export const KIND_NAMES: Record<FileKind, string> = {
  PDF: 'a PDF',
  PPTX: 'a PowerPoint presentation (PPTX)',
  DOCX: 'a Word document (DOCX)',
  XLSX: 'an Excel workbook (XLSX)',
};

/** Parses a part of the archive as XML; a part that is not XML makes the whole file damaged. */
export async function readXml(zip: ZipArchive, part: string, fileName: string): Promise<XmlElement | null> {
  const text = await zip.text(part);
  if (text == null) return null;
  try {
    return parseXml(text);
  } catch {
    throw new FileRejected('CORRUPT', `“${fileName}” is damaged: its part ${part} cannot be read.`);
  }
}

/** The relationships of a part ("" for the package itself), from its .rels part. */
export async function relationships(zip: ZipArchive, part: string, fileName: string): Promise<Relationship[]> {
  const dir = posix.dirname(part);
  const relsPath = part ? posix.join(dir, '_rels', `${posix.basename(part)}.rels`) : '_rels/.rels';
  const rels = await readXml(zip, relsPath, fileName);
  if (!rels) return [];
  return childElements(rels, 'Relationship').map((rel) => {
    const target = attr(rel, 'Target') ?? '';
    const external = attr(rel, 'TargetMode') === 'External';
    return {
      id: attr(rel, 'Id') ?? '',
      type: attr(rel, 'Type') ?? '',
      target: external ? target : resolvePart(part ? dir : '', target),
      external,
    };
  });
}

function resolvePart(baseDir: string, target: string): string {
  const decoded = safeDecode(target);
  const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join(baseDir, decoded);
  return posix.normalize(joined).replace(/^(\.\.\/)+/, '');
}

function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The package's main part ("ppt/presentation.xml") and the kind it makes the file, or null when there is none. */
export async function mainPart(zip: ZipArchive, fileName: string): Promise<{ part: string; kind: FileKind } | null> {
  const office = (await relationships(zip, '', fileName)).find((rel) => rel.type.endsWith('/officeDocument'));
  const candidates = office ? [office.target] : [];
  candidates.push('ppt/presentation.xml', 'word/document.xml', 'xl/workbook.xml');
  for (const part of candidates) {
    const kind = MAIN_FOLDER[part.split('/')[0]];
    if (kind && zip.has(part)) return { part, kind };
  }
  return null;
}

/** dc:title of docProps/core.xml, when it has a real one. */
export async function coreTitle(zip: ZipArchive, fileName: string): Promise<string | null> {
  const core = await readXml(zip, 'docProps/core.xml', fileName);
  const title = core ? runText(core, 'title').trim() : '';
  return title && !/^(untitled|presentation|powerpoint presentation|document|book\d*)$/i.test(title) ? title : null;
}
