import { summaryOf, tidyText } from './extraction-result.js';
import type { ExtractedPage, Extraction } from './extraction-result.js';
import { FileRejected } from './file-rejected.js';
import { coreTitle, mainPart, readXml } from './ooxml.js';
import { attr, childElements, findFirst, firstChild, localName } from './xml.js';
import type { XmlElement } from './xml.js';
import type { ZipArchive } from './zip-archive.js';

/** What a paragraph style is: a heading of some level, the document title, or body text. */
type StyleRole = { heading: number } | 'title' | null;

/** Style ids mapped to headings by their names ("heading 1"), ids ("Heading1") or outline level. */
async function styleRoles(zip: ZipArchive, fileName: string): Promise<Map<string, StyleRole>> {
  const roles = new Map<string, StyleRole>();
  const styles = await readXml(zip, 'word/styles.xml', fileName);
  for (const style of styles ? childElements(styles, 'style') : []) {
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const name = valueOf(style, 'name') ?? '';
    const outline = valueOf(firstChild(style, 'pPr'), 'outlineLvl');
    roles.set(id, roleOf(name) ?? roleOf(id) ?? (outline != null ? { heading: Number(outline) + 1 } : null));
  }
  return roles;
}

/** The w:val of an element's child, as in <w:pStyle w:val="Heading1"/>. */
function valueOf(element: XmlElement | undefined, child: string): string | undefined {
  const found = element && firstChild(element, child);
  return found && attr(found, 'w:val');
}

function roleOf(name: string): StyleRole {
  if (/^title$/i.test(name)) return 'title';
  const level = /^heading\s*(\d)$/i.exec(name)?.[1];
  return level ? { heading: Number(level) } : null;
}

/** A paragraph's text: runs, tabs and breaks in order; deleted revisions and field codes left out. */
function paragraphText(paragraph: XmlElement): string {
  let text = '';
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const name = localName(child.name);
      if (name === 't') text += child.children.filter((node) => typeof node === 'string').join('');
      else if (name === 'tab') text += '\t';
      else if (name === 'br' || name === 'cr') text += '\n';
      else if (name !== 'del' && name !== 'instrText' && name !== 'delText' && name !== 'pPr') visit(child);
    }
  };
  visit(paragraph);
  return text;
}

interface Block {
  text: string;
  role: StyleRole;
}

/** The body's paragraphs and table rows in order, with each paragraph's style role. */
function blocks(body: XmlElement, roles: Map<string, StyleRole>): Block[] {
  const out: Block[] = [];
  const visit = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const name = localName(child.name);
      if (name === 'p') {
        const properties = firstChild(child, 'pPr');
        const styleId = valueOf(properties, 'pStyle');
        const outline = valueOf(properties, 'outlineLvl');
        const role = (styleId && roles.get(styleId)) || (outline != null ? { heading: Number(outline) + 1 } : null);
        out.push({ text: paragraphText(child), role });
      } else if (name === 'tbl') {
        for (const row of childElements(child, 'tr')) {
          const cells = childElements(row, 'tc').map((cell) =>
            childElements(cell, 'p')
              .map(paragraphText)
              .filter((line) => line.trim())
              .join(' '),
          );
          out.push({ text: cells.join('\t'), role: null });
        }
      } else if (name !== 'sectPr') {
        // Content controls, inserted revisions and the like wrap paragraphs.
        visit(child);
      }
    }
  };
  visit(body);
  return out;
}

/** Sections split at Heading 1 and Heading 2, heading = the section's heading; text before the first heading is section 1. */
export async function extractDocx(
  zip: ZipArchive,
  fileName: string,
  onProgress: (fraction: number) => void,
): Promise<Extraction> {
  const main = await mainPart(zip, fileName);
  if (!main || main.kind !== 'DOCX') throw new FileRejected('CORRUPT', `“${fileName}” has no document text to read.`);
  const roles = await styleRoles(zip, fileName);
  onProgress(0.2);
  const document = await readXml(zip, main.part, fileName);
  const body = findFirst(document!, 'body') ?? document!;
  const all = blocks(body, roles);
  onProgress(0.7);

  let titleParagraph: string | null = null;
  let firstHeading1: string | null = null;
  const sections: { heading: string | null; lines: string[] }[] = [];
  let current: { heading: string | null; lines: string[] } | null = null;
  for (const block of all) {
    const line = block.text.replace(/\s+/g, ' ').trim();
    if (block.role === 'title' && line) {
      titleParagraph ??= line;
    }
    const level = block.role && block.role !== 'title' ? block.role.heading : 0;
    if (level === 1 && line) firstHeading1 ??= line;
    if ((level === 1 || level === 2) && line) {
      current = { heading: line, lines: [] };
      sections.push(current);
    } else {
      if (!current) {
        if (!block.text.trim()) continue;
        current = { heading: null, lines: [] };
        sections.push(current);
      }
      current.lines.push(block.text);
    }
  }
  const pages: ExtractedPage[] = sections.map((section, index) => ({
    n: index + 1,
    heading: section.heading,
    text: tidyText(section.lines.join('\n')),
  }));
  const firstLine = all.map((block) => block.text.trim()).find((line) => line);
  const title =
    (await coreTitle(zip, fileName)) ??
    titleParagraph ??
    firstHeading1 ??
    (firstLine && firstLine.length <= 120 ? firstLine : null);
  onProgress(1);
  return { kind: 'DOCX', title, summary: summaryOf(pages, title), pages, pageLabel: 'section' };
}
