import { XMLParser } from 'fast-xml-parser';

/** An XML element with its attributes by qualified name ("r:id") and its children in document order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded below in one pass, numeric references included (the parser leaves those as they are).
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED[entity.toLowerCase()] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

type Raw = Record<string, unknown>;

function convert(nodes: Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        out.push(decode(String(value)));
      } else if (key === '#cdata') {
        out.push(
          ((value as Raw[]) ?? []).map((part) => (typeof part['#text'] === 'string' ? part['#text'] : '')).join(''),
        );
      } else if (!key.startsWith('?') && !key.startsWith('!')) {
        const attrs: Record<string, string> = {};
        for (const [name, raw] of Object.entries((node[':@'] as Record<string, unknown>) ?? {})) {
          attrs[name] = decode(String(raw));
        }
        out.push({ name: key, attrs, children: convert((value as Raw[]) ?? []) });
      }
    }
  }
  return out;
}

/** The document's root element; throws on text that is not XML. */
export function parseXml(xml: string): XmlElement {
  const root = convert(parser.parse(xml) as Raw[]).find((node): node is XmlElement => typeof node !== 'string');
  if (!root) throw new Error('No root element');
  return root;
}

/** The name without its namespace prefix: "p:sp" → "sp". */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter(
    (node): node is XmlElement => typeof node !== 'string' && (!local || localName(node.name) === local),
  );
}

export const firstChild = (element: XmlElement, local: string): XmlElement | undefined =>
  childElements(element, local)[0];

/** Every descendant element with this local name, in document order (not looking inside the matches). */
export function findAll(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of childElements(node)) {
      if (localName(child.name) === local) found.push(child);
      else visit(child);
    }
  };
  visit(element);
  return found;
}

export const findFirst = (element: XmlElement, local: string): XmlElement | undefined => findAll(element, local)[0];

/** An attribute by qualified name, else by local name. */
export function attr(element: XmlElement, name: string): string | undefined {
  if (name in element.attrs) return element.attrs[name];
  const local = localName(name);
  for (const [key, value] of Object.entries(element.attrs)) if (localName(key) === local) return value;
  return undefined;
}

/** The text of the element's text runs (elements with local name `run`, e.g. "t"), concatenated. */
export function runText(element: XmlElement, run = 't'): string {
  return findAll(element, run)
    .map((t) => t.children.filter((node): node is string => typeof node === 'string').join(''))
    .join('');
}
