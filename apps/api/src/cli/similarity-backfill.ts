// `npm run similarity:backfill`: signs the text of every asset that has no similarity signature yet (assets from
// before similarity, or loaded by the demo), so that new assets and versions are compared with them. Their own
// matches are not looked for: content already published is not sent to review after the fact. Safe to run again.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../core/config/config.js';
import { SimilarityService } from '../modules/similarity/similarity.service.js';
import { openByline } from './cli-context.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Byline cannot start: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
const byline = await openByline(config);
try {
  const started = performance.now();
  const signed = await byline.app.get(SimilarityService).signUnsigned((n) => {
    if (process.stdout.isTTY) process.stdout.write(`\rsigned ${n} assets`);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\rSigned ${signed} asset${signed === 1 ? '' : 's'} in ${seconds} s.`);
} finally {
  await byline.close();
}
