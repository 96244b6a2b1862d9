import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { LANDING_PAGES } from '../src/core/landing-pages.ts';

/** What the server adds to the app's page for a route: the page's own scripts and styles, besides the shell's. */
export interface PagePreload {
  /** A route as React Router writes it (`/assets/:id`). */
  path: string;
  scripts: string[];
  styles: string[];
}

export const PAGE_PRELOADS_FILE = 'page-preloads.json';

/**
 * Writes page-preloads.json beside index.html: for each landing page, the chunks its module imports (all the way
 * down) and their CSS, less what index.html already loads. Without it the browser learns of them only after the
 * shell's code has run, one round trip later.
 */
export function pagePreloads(): Plugin {
  return {
    name: 'byline-page-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'index');
      if (!entry) {
        return;
      }
      const inShell = closure(bundle, entry.fileName);
      const preloads: PagePreload[] = Object.entries(LANDING_PAGES).map(([path, name]) => {
        const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/src/pages/${name}.tsx`));
        if (!page) {
          this.error(`No chunk for src/pages/${name}.tsx (route ${path})`);
        }
        const own = [...closure(bundle, page.fileName)].filter((file) => !inShell.has(file));
        const styles = own.flatMap((file) => [...((bundle[file] as OutputChunk).viteMetadata?.importedCss ?? [])]);
        return { path, scripts: own.map((file) => `/${file}`), styles: [...new Set(styles)].map((f) => `/${f}`) };
      });
      this.emitFile({ type: 'asset', fileName: PAGE_PRELOADS_FILE, source: JSON.stringify(preloads, null, 1) });
    },
  };
}

/** A chunk and every chunk it imports statically, transitively. */
function closure(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') {
    return seen;
  }
  seen.add(fileName);
  for (const imported of chunk.imports) {
    closure(bundle, imported, seen);
  }
  return seen;
}
