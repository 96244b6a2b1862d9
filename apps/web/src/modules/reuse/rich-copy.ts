import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';

/** What "Copy" puts on the clipboard: the Markdown rendered as HTML, and as readable plain text. */
export interface RichCopy {
  html: string;
  plain: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** An absolute http(s) or mailto address for a link, or null for anything a paste should not carry (javascript:). */
function safeHref(href: string, origin: string): string | null {
  try {
    const url = new URL(href, origin);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function markedFor(origin: string): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    renderer: {
      // Raw HTML in a body is shown as text, never pasted as markup.
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        const safe = safeHref(href, origin);
        if (!safe) return text;
        return `<a href="${escapeHtml(safe)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
      },
      // Images rarely survive a paste (Byline's need a login): they go as a link named by their alt text.
      image({ href, text }: Tokens.Image) {
        const safe = safeHref(href, origin);
        const label = escapeHtml(text || 'image');
        return safe ? `<a href="${escapeHtml(safe)}">${label}</a>` : label;
      },
    },
  });
}

/** Entities marked leaves in inline text (`&amp;`, `&#39;`) decoded for plain text. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
}

function inlineText(tokens: Token[] | undefined, origin: string): string {
  return (tokens ?? []).map((token) => inlineToken(token, origin)).join('');
}

function inlineToken(token: Token, origin: string): string {
  switch (token.type) {
    case 'link': {
      const link = token as Tokens.Link;
      const text = inlineText(link.tokens, origin);
      const safe = safeHref(link.href, origin);
      if (!safe) return text;
      const shown = safe.startsWith('mailto:') ? safe.slice(7) : safe;
      return text === shown || text === link.href ? shown : `${text} (${shown})`;
    }
    case 'image': {
      const image = token as Tokens.Image;
      const safe = safeHref(image.href, origin);
      return safe ? `${image.text || 'image'} (${safe})` : image.text;
    }
    case 'br':
      return '\n';
    case 'codespan':
      return decodeEntities((token as Tokens.Codespan).text);
    case 'text':
    case 'escape':
      return 'tokens' in token && token.tokens?.length
        ? inlineText(token.tokens, origin)
        : decodeEntities((token as Tokens.Text).text);
    case 'html':
      return (token as Tokens.HTML).text;
    default:
      return 'tokens' in token && token.tokens ? inlineText(token.tokens, origin) : decodeEntities(token.raw);
  }
}

function blockText(token: Token, origin: string, indent = ''): string | null {
  switch (token.type) {
    case 'space':
      return null;
    case 'heading':
    case 'paragraph':
      return inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens, origin);
    case 'text':
      return inlineToken(token, origin);
    case 'code':
      return (token as Tokens.Code).text;
    case 'hr':
      return '';
    case 'blockquote':
      return blocksText((token as Tokens.Blockquote).tokens, origin)
        .split('\n')
        .map((line) => (line ? `  ${line}` : line))
        .join('\n');
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      return list.items
        .map((item, index) => {
          const marker = list.ordered ? `${start + index}. ` : '- ';
          const box = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
          const lines = item.tokens
            .filter((child) => child.type !== 'checkbox')
            .map((child) => blockText(child, origin, `${indent}   `))
            .filter((text): text is string => text !== null)
            .join('\n')
            .split('\n');
          return [
            `${indent}${marker}${box}${lines[0]}`,
            ...lines.slice(1).map((line) => (line.startsWith(indent) ? line : `${indent}   ${line}`)),
          ].join('\n');
        })
        .join('\n');
    }
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inlineText(cell.tokens, origin)).join('\t');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'html':
      return (token as Tokens.HTML).text.trim();
    default:
      return 'tokens' in token && token.tokens ? inlineText(token.tokens, origin) : token.raw.trim();
  }
}

function blocksText(tokens: Token[], origin: string): string {
  return tokens
    .map((token) => blockText(token, origin))
    .filter((text): text is string => text !== null)
    .join('\n\n');
}

/**
 * An asset body (Markdown) as the clipboard should carry it: clean HTML for rich editors (mail, documents, CRM
 * notes) and plain text without Markdown syntax (`#`, `**`, `[x](y)`) for everything else. Lists stay "- " or
 * "1. " lines, links become "text (url)", and relative links are made absolute against `origin`.
 */
export function richCopyOf(markdown: string, origin: string): RichCopy {
  const marked = markedFor(origin);
  const html = marked.parse(markdown, { async: false }).trim();
  const plain = blocksText(marked.lexer(markdown), origin)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { html, plain };
}
