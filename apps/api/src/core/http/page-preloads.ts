import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The web build's list of each landing page's own scripts and styles (apps/web/vite/page-preloads.ts). */
export const PAGE_PRELOADS_FILE = 'page-preloads.json';

interface PagePreload {
  path: string;
  scripts: string[];
  styles: string[];
}

/** The <link> tags to add to the app's page for a path, with the nonce placeholder the page's other tags carry. */
export type PageHints = (pathname: string) => string;

const SAFE_FILE = /^\/static\/[\w.-]+\.(js|css)$/;

/**
 * Reads the build's list once. For a path that a landing page answers, the page's chunks become modulepreload links
 * and its styles stylesheet links, so the browser fetches them with the shell's files instead of after the shell has
 * run. Without the list (an older build), no hints.
 */
export function loadPageHints(webDist: string, noncePlaceholder: string): PageHints {
  const file = join(webDist, PAGE_PRELOADS_FILE);
  if (!existsSync(file)) {
    return () => '';
  }
  const routes = (JSON.parse(readFileSync(file, 'utf8')) as PagePreload[]).map((route) => ({
    pattern: routePattern(route.path),
    tags: [
      ...route.styles
        .filter((href) => SAFE_FILE.test(href))
        .map((href) => `<link rel="stylesheet" crossorigin href="${href}" nonce="${noncePlaceholder}">`),
      ...route.scripts
        .filter((href) => SAFE_FILE.test(href))
        .map((href) => `<link rel="modulepreload" crossorigin href="${href}" nonce="${noncePlaceholder}">`),
    ].join('\n    '),
  }));
  return (pathname) => routes.find((route) => route.pattern.test(pathname))?.tags ?? '';
}

/** `/assets/:id` as React Router matches it at the end of a path: one segment per parameter, a trailing slash allowed. */
export function routePattern(path: string): RegExp {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/${segments.join('/')}${segments.length ? '/?' : ''}$`);
}
