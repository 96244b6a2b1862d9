// Runs extraction-worker.ts from the TypeScript sources (under Jest, where nothing is compiled): TypeScript is
// stripped by SWC as each module loads. The compiled build runs dist's extraction-worker.js and never loads this.
import { register } from 'node:module';

register('./typescript-loader.mjs', import.meta.url);
await import('./extraction-worker.ts');
