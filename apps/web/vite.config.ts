import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { pagePreloads } from './vite/page-preloads.ts';

const apiOrigin = 'http://localhost:3000';

// Everything the API serves besides the app itself; the same list in dev and preview.
const apiProxy = {
  '/graphql': { target: apiOrigin, ws: true },
  '/health': { target: apiOrigin },
  '/metrics': { target: apiOrigin },
  '/attachments': { target: apiOrigin },
  '/imports': { target: apiOrigin },
  '/periods': { target: apiOrigin },
  '/webhooks': { target: apiOrigin },
  '/auth/oidc': { target: apiOrigin },
  '^/assets/[^/]+/attachments': { target: apiOrigin },
};

// Pinned to this folder so the build lands in apps/web/dist whatever the working directory.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    pagePreloads(),
    // Brotli and gzip copies beside each file under /static/, which the server sends to browsers that accept them.
    // Not the HTML pages: the server renders those per response.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|mjs|css|svg|json)$/,
      // Read by the server alone, never sent.
      exclude: /page-preloads\.json$/,
      threshold: 1024,
    }),
  ],
  // Vite writes this placeholder into the page's nonce attributes and a <meta property="csp-nonce">; the server
  // replaces it with each response's nonce, which its Content-Security-Policy allows for styles.
  html: { cspNonce: 'BYLINE_STYLE_NONCE' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    // Not "assets": that is a page path of the app (/assets/:id).
    assetsDir: 'static',
    emptyOutDir: true,
    rolldownOptions: {
      // The app, and the buyer's page of share links (its own small script; the server reads only its head's tags).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        share: fileURLToPath(new URL('./share.html', import.meta.url)),
      },
      output: {
        // The page-sets of Mantine chunks make unwieldy names.
        chunkFileNames: (chunk) =>
          chunk.name.startsWith('mantine-pages') ? 'static/mantine-pages-[hash].js' : 'static/[name]-[hash].js',
        // Vendor code changes far less often than ours: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/, priority: 20 },
            // The rest of what the shell needs (Mantine's provider, layout, menu), then the Mantine components only
            // pages use, in chunks by the set of pages using them: a page loads the components it renders.
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 12 },
            {
              name: 'mantine-pages',
              test: /node_modules[\\/](@mantine[\\/](core|hooks)|@floating-ui|react-remove-scroll|react-textarea-autosize)/,
              priority: 11,
              entriesAware: true,
              entriesAwareMergeThreshold: 16 * 1024,
            },
            // Loaded only by the pages that draw charts.
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts|recharts|d3-[a-z-]+|victory-vendor|es-toolkit|immer|redux|@reduxjs|reselect|react-redux|decimal\.js-light|internmap)[\\/]/,
              priority: 5,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: apiProxy,
  },
  preview: {
    port: 4173,
    proxy: apiProxy,
  },
});
