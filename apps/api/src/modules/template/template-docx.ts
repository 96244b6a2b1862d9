import Docxtemplater from 'docxtemplater';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { marked } from 'marked';
import type { Token, Tokens } from 'marked';
import PizZip from 'pizzip';
import { TemplateTextError, templateSegments } from './template-text.js';
import type { PlaceholderKey, PlaceholderValues } from './template-text.js';

const DELIMITERS = { start: '{{', end: '}}' };

function open(buffer: Buffer, parser?: (tag: string) => { get: () => unknown }): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(buffer);
  } catch {
    throw new TemplateTextError('The DOCX file could not be read.');
  }
  try {
    return new Docxtemplater(zip, {
      delimiters: DELIMITERS,
      paragraphLoop: true,
      linebreaks: true,
      ...(parser ? { parser } : {}),
    });
  } catch (error) {
    const first = (error as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties
      ?.errors?.[0]?.properties?.explanation;
    throw new TemplateTextError(`The DOCX file is not a valid template: ${first ?? 'its placeholders do not parse'}.`);
  }
}

/** Checks a DOCX template's text with the same rules as a body; throws TemplateTextError naming the problem. */
export function checkDocxTemplate(buffer: Buffer): void {
  const text = open(buffer).getFullText();
  try {
    templateSegments(text);
  } catch (error) {
    if (error instanceof TemplateTextError) throw new TemplateTextError(`In the DOCX file: ${error.message}`);
    throw error;
  }
}

/** A DOCX template with its placeholders filled (an empty value where the deal has none) and its locks removed. */
export function fillDocx(buffer: Buffer, values: PlaceholderValues): Buffer {
  const doc = open(buffer, (tag) => ({
    get: () => (tag === 'locked' ? true : (values[tag as PlaceholderKey] ?? '')),
  }));
  doc.render();
  const zip = doc.getZip() as PizZip;
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

type Inline = { text: string; bold?: boolean; italics?: boolean };

function inlineRuns(tokens: Token[] | undefined, style: Omit<Inline, 'text'> = {}): Inline[] {
  const runs: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italics: true }));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const text = link.text && link.text !== link.href ? `${link.text} (${link.href})` : link.href;
        runs.push({ ...style, text });
        break;
      }
      case 'br':
        runs.push({ ...style, text: '\n' });
        break;
      default: {
        const inner = (token as { tokens?: Token[] }).tokens;
        if (inner?.length) runs.push(...inlineRuns(inner, style));
        else runs.push({ ...style, text: unescape((token as { text?: string }).text ?? token.raw) });
      }
    }
  }
  return runs;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

const toRuns = (runs: Inline[]) => runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italics }));

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function blocks(tokens: Token[], numbering: { lists: number }, depth = 0): Paragraph[] {
  const out: Paragraph[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        out.push(new Paragraph({ heading: HEADINGS[heading.depth - 1], children: toRuns(inlineRuns(heading.tokens)) }));
        break;
      }
      case 'paragraph':
        out.push(new Paragraph({ children: toRuns(inlineRuns((token as Tokens.Paragraph).tokens)) }));
        break;
      case 'list': {
        const list = token as Tokens.List;
        const instance = numbering.lists++;
        for (const item of list.items) {
          const [first, ...rest] = item.tokens;
          const runs = first && (first.type === 'text' || first.type === 'paragraph') ? inlineRuns([first]) : [];
          out.push(
            new Paragraph({
              children: toRuns(runs),
              ...(list.ordered
                ? { numbering: { reference: 'numbered', level: Math.min(depth, 2), instance } }
                : { bullet: { level: Math.min(depth, 2) } }),
            }),
          );
          const nested = runs.length ? rest : item.tokens;
          out.push(...blocks(nested, numbering, depth + 1));
        }
        break;
      }
      case 'blockquote':
        out.push(...blocks((token as Tokens.Blockquote).tokens, numbering, depth));
        break;
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) {
          out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }));
        }
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          out.push(
            new Paragraph({
              children: toRuns(row.flatMap((cell, i) => [...(i ? [{ text: ' | ' }] : []), ...inlineRuns(cell.tokens)])),
            }),
          );
        }
        break;
      }
      case 'text': {
        const text = token as Tokens.Text;
        out.push(
          new Paragraph({ children: toRuns(text.tokens ? inlineRuns(text.tokens) : [{ text: unescape(text.text) }]) }),
        );
        break;
      }
      case 'space':
      case 'hr':
      case 'html':
      default:
        break;
    }
  }
  return out;
}

/** A DOCX of a Markdown document: headings, paragraphs, bold and italics, bullet and numbered lists, links as text. */
export async function markdownToDocx(title: string, markdown: string): Promise<Buffer> {
  const tokens = marked.lexer(markdown);
  const document = new Document({
    title,
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: blocks(tokens, { lists: 0 }) }],
  });
  return Packer.toBuffer(document);
}
