import { firstHeadingLine, summaryOf, tidyText } from './extraction-result.js';
import type { ExtractedPage, Extraction } from './extraction-result.js';
import { FileRejected } from './file-rejected.js';
import { coreTitle, mainPart, readXml, relationships } from './ooxml.js';
import { attr, childElements, findAll, findFirst, localName } from './xml.js';
import type { XmlElement } from './xml.js';
import type { ZipArchive } from './zip-archive.js';

const TITLE_PLACEHOLDERS = new Set(['title', 'ctrTitle']);

/** A paragraph's text, line breaks and tabs kept. */
export function drawingParagraph(paragraph: XmlElement): string {
  let text = '';
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const name = localName(child.name);
      if (name === 't') text += child.children.filter((node) => typeof node === 'string').join('');
      else if (name === 'br') text += '\n';
      else if (name === 'tab') text += '\t';
      else visit(child);
    }
  };
  visit(paragraph);
  return text;
}

function isTitleShape(shape: XmlElement): boolean {
  const placeholder = findFirst(findFirst(shape, 'nvSpPr') ?? shape, 'ph');
  return !!placeholder && TITLE_PLACEHOLDERS.has(attr(placeholder, 'type') ?? '');
}

/** The slide's title (its title placeholder) and the rest of its text, shapes and tables in document order. */
function slideText(slide: XmlElement): { heading: string | null; text: string } {
  let heading: string | null = null;
  const lines: string[] = [];
  const tree = findFirst(slide, 'spTree') ?? slide;
  const visit = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const name = localName(child.name);
      if (name === 'sp' && heading == null && isTitleShape(child)) {
        heading = tidyText(findAll(child, 'p').map(drawingParagraph).join(' ')).replace(/\s+/g, ' ') || null;
      } else if (name === 'p' && localName(element.name) === 'txBody') {
        lines.push(drawingParagraph(child));
      } else if (name === 'tr') {
        lines.push(
          childElements(child, 'tc')
            .map((cell) => findAll(cell, 'p').map(drawingParagraph).join(' '))
            .join('\t'),
        );
      } else {
        visit(child);
      }
    }
  };
  visit(tree);
  return { heading, text: tidyText(lines.join('\n')) };
}

/** Slides in presentation order (sldIdLst through the presentation's relationships), heading = slide title. */
export async function extractPptx(
  zip: ZipArchive,
  fileName: string,
  onProgress: (fraction: number) => void,
): Promise<Extraction> {
  const main = await mainPart(zip, fileName);
  if (!main || main.kind !== 'PPTX') throw new FileRejected('CORRUPT', `“${fileName}” has no slides to read.`);
  const presentation = await readXml(zip, main.part, fileName);
  const targets = new Map((await relationships(zip, main.part, fileName)).map((rel) => [rel.id, rel]));
  const slideParts = findAll(presentation!, 'sldId')
    .map((slide) => targets.get(attr(slide, 'r:id') ?? ''))
    .filter((rel) => rel && !rel.external && rel.type.endsWith('/slide'))
    .map((rel) => rel!.target);
  const pages: ExtractedPage[] = [];
  for (const [index, part] of slideParts.entries()) {
    const slide = await readXml(zip, part, fileName);
    const { heading, text } = slide ? slideText(slide) : { heading: null, text: '' };
    pages.push({ n: index + 1, heading, text });
    onProgress((index + 1) / slideParts.length);
  }
  const title = pages[0]?.heading ?? (await coreTitle(zip, fileName)) ?? firstHeadingLine(pages);
  return { kind: 'PPTX', title, summary: summaryOf(pages, title), pages, pageLabel: 'slide' };
}
