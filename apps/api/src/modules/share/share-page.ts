import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { STYLE_NONCE_PLACEHOLDER } from '../../core/security/security-headers.js';
import type { SharePageRow } from './share.repository.js';

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The `<script>`, stylesheet and modulepreload tags of the web build's share.html head (the page's script, CSS and
 * pdf.js viewer), read once; none when the web app is not built (the page still reads, PDFs as downloads).
 */
export function shareHeadTags(webDist: string): string {
  const file = join(webDist, 'share.html');
  if (!existsSync(file)) return '';
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const tags = head.match(
    /<script\b[^>]*>\s*<\/script>|<link\b[^>]*\brel=["']?(?:stylesheet|modulepreload)["']?[^>]*>/gi,
  );
  return (tags ?? []).join('\n');
}

/** Markdown rendered for a buyer: no script, styles or frames; links open apart; images only from here or data:. */
export function renderBody(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'input'],
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      th: ['align'],
      td: ['align'],
      input: ['type', 'checked', 'disabled'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !/^(data:image\/|\/(?!\/))/i.test(frame.attribs.src ?? '')) ||
      (frame.tag === 'input' && frame.attribs.type !== 'checkbox'),
  });
}

/** Bodies rendered for buyers, by asset and version (a new version renders anew). */
export class RenderedBodies {
  private readonly cache = new Map<string, string>();

  constructor(private readonly max = 500) {}

  get(assetId: string, version: number, markdown: string): string {
    const key = `${assetId}:${version}`;
    let html = this.cache.get(key);
    if (html === undefined) {
      html = renderBody(markdown);
      if (this.cache.size >= this.max) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, html);
    }
    return html;
  }
}

const size = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

export interface PageFrame {
  title: string;
  headTags: string;
  nonce: string;
  organisationName?: string;
}

/** The document around every share page: branded, phone-friendly, never indexed. */
function documentOf(frame: PageFrame, main: string, config = ''): string {
  const org = frame.organisationName ? escapeHtml(frame.organisationName) : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(frame.title)}</title>
${frame.nonce ? `<style nonce="${frame.nonce}">body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2433;background:#f6f7f9}.share{max-width:46rem;margin:0 auto;padding:1.25rem}.share-brand{font-weight:600;color:#4b5563;margin-bottom:1rem}.share-brand-mark{color:#1c7ed6}.share-asset,.share-gate{background:#fff;border-radius:12px;padding:1.25rem 1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}.share-asset h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .6rem}.share-summary{color:#4b5563;font-size:1.05rem}.share-body img{max-width:100%}.share-body pre{overflow:auto}.share-files{margin-top:1rem;display:grid;gap:.75rem}.share-pdf{margin:0;background:#fff;border-radius:12px;padding:.75rem 1rem}.share-file{display:block;background:#fff;border-radius:12px;padding:.75rem 1rem;color:#1c7ed6}.share-footer{color:#6b7280;font-size:.9rem;margin-top:1.5rem}.share-gate label{display:block;font-weight:600;margin-bottom:.4rem}.share-gate input{width:100%;box-sizing:border-box;font:inherit;padding:.55rem .7rem;border:1px solid #cbd2dc;border-radius:8px}.share-gate button{margin-top:.75rem;font:inherit;padding:.55rem 1.1rem;border:0;border-radius:8px;background:#1c7ed6;color:#fff}.share-error{color:#c92a2a}.share-gone{text-align:center;padding-top:3rem}</style>` : ''}
${frame.headTags.replaceAll(STYLE_NONCE_PLACEHOLDER, frame.nonce)}
</head>
<body>
<main class="share">
<header class="share-brand"><span class="share-brand-mark">Byline</span> <span class="share-org">${org}</span></header>
${main}
</main>
${config}
</body>
</html>
`;
}

/** The buyer's page: the asset as a customer reads it, its files, and the beacon address for the page's script. */
export function sharePage(frame: PageFrame, token: string, page: SharePageRow, bodyHtml: string): string {
  const base = `/s/${encodeURIComponent(token)}`;
  const files = page.attachments.map((f) => {
    const src = `${base}/files/${f.id}`;
    const name = escapeHtml(f.fileName);
    return f.contentType === 'application/pdf'
      ? `<figure class="share-pdf" data-src="${src}" data-name="${name}">
<figcaption>${name} · <a href="${src}?download=1">Download</a></figcaption>
</figure>`
      : `<a class="share-file" href="${src}?download=1">${name} (${size(f.sizeBytes)})</a>`;
  });
  const footer = [
    `Shared with you by ${escapeHtml(page.sharerName)}`,
    page.recipientName && escapeHtml(page.recipientName),
  ]
    .filter(Boolean)
    .join(' · ');
  const main = `<article class="share-asset">
<h1>${escapeHtml(page.title)}</h1>
${page.summary ? `<p class="share-summary">${escapeHtml(page.summary)}</p>` : ''}
<div class="share-body">${bodyHtml}</div>
</article>
${files.length ? `<section class="share-files" aria-label="Files">\n${files.join('\n')}\n</section>` : ''}
<footer class="share-footer">${footer}</footer>`;
  // JSON inside a script element: `<` is escaped so no text can close the element.
  const config = JSON.stringify({ beacon: `${base}/beacon` }).replace(/</g, '\\u003c');
  return documentOf(frame, main, `<script type="application/json" id="share-config">${config}</script>`);
}

/** The email gate, in the same frame, instead of the asset. */
export function gatePage(frame: PageFrame, token: string, error?: string, value = ''): string {
  const main = `<form class="share-gate" method="post" action="/s/${encodeURIComponent(token)}/gate">
<label for="share-email">Your email, to open this document</label>
<input id="share-email" name="email" type="email" autocomplete="email" required maxlength="254" value="${escapeHtml(value)}"${error ? ' aria-invalid="true" aria-describedby="share-email-error"' : ''}>
${error ? `<p class="share-error" id="share-email-error">${escapeHtml(error)}</p>` : ''}
<button type="submit">Continue</button>
</form>`;
  return documentOf(frame, main);
}

/**
 * The one answer for an unknown, revoked or expired link (and a link whose asset left publication): the same bytes
 * every time, so it carries no nonce (no inline style; the web build's stylesheet files only).
 */
export function gonePage(headTags: string): string {
  const stylesheets = (headTags.match(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi) ?? [])
    .map((tag) => tag.replace(/\snonce=["'][^"']*["']/i, ''))
    .join('\n');
  return documentOf(
    { headTags: stylesheets, nonce: '', title: 'This link is no longer available' },
    `<article class="share-asset share-gone">
<h1>This link is no longer available</h1>
<p>It may have expired or been withdrawn. Ask the person who sent it for a new one.</p>
</article>`,
  );
}

/** Too many requests from here: the page to show with 429. */
export function slowDownPage(frame: Omit<PageFrame, 'title'>): string {
  return documentOf(
    { ...frame, title: 'Please wait a moment' },
    `<article class="share-asset share-gone"><h1>Please wait a moment</h1><p>Too many requests; try again shortly.</p></article>`,
  );
}
