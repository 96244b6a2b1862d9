// `npm run bench [-- search credit import]`: seeds fresh databases and prints latency and throughput figures.
//   search  100k assets (BENCH_ASSETS): search (rare, common, two words, phrase, filtered), facets and feed p50/p95
//           next to the targets, on the embedded database and on PostgreSQL
//   credit  ledger of 100k and 10M rows (BENCH_LEDGER_ROWS) on PostgreSQL: leaderboard, report, ingestion
//   import  the Maven CRM sample on the embedded database
//   flow    share links on a demo database: the buyer's page and the view beacon at 50 concurrent viewers
//   security  metrics series under made-up operation names, nested vs flat 2 MB bodies, clean p95 under hostile traffic
//   files   text extraction time per MB for PDF, PPTX, DOCX and XLSX; similarity lookups against 100k assets'
//           signatures (BENCH_ASSETS), p50/p95 against the 50 ms target, on PostgreSQL and on the embedded database
//   scale   1 and 2 API processes (with Redis) on one database: reads per second of each, a live notice across them;
//           with BENCH_REPLICA_URL (scripts/replica.sh up), the two once more reading from that streaming replica
//   report  performance-review reports for a team of 50 with a year of work, against the 2 s target, PostgreSQL
//   web     the built web app's first load (Library, an asset page) in Chromium: JS/CSS bytes, requests, and
//           Lighthouse mobile scores; needs `npm run build -w @byline/web` first, on the embedded database
// PostgreSQL is DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres; throwaway databases are dropped.
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { creditBench } from './credit-bench.js';
import { benchExtraction } from './extraction-bench.js';
import { filesBench } from './files-bench.js';
import { flowBench } from './flow-bench.js';
import { scaleBench } from './scale-bench.js';
import { searchBench } from './search-bench.js';
import { reportBench } from './report-bench.js';
import { securityBench } from './security-bench.js';
import { webBench } from './web-bench.js';

const wanted = process.argv.slice(2);
const run = (name: string) => !wanted.length || wanted.includes(name);

if (run('import')) {
  console.log('\n== CRM import (Maven sample), embedded database');
  spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), '../cli/bench-import.js')], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: '' },
  });
}
if (run('search')) {
  console.log('\n== Search and feed');
  // BENCH_DATABASES=postgresql (or embedded) runs one of the two.
  const databases = (process.env.BENCH_DATABASES ?? 'embedded,postgresql').split(',');
  if (databases.includes('embedded')) await searchBench('embedded');
  if (databases.includes('postgresql')) await searchBench('postgresql');
}
if (run('credit')) {
  console.log('\n== Credit on PostgreSQL');
  await creditBench();
}
if (run('flow')) {
  console.log('\n== Share links to buyers, PostgreSQL');
  await flowBench();
}
if (run('security')) {
  console.log('\n== Hostile traffic, PostgreSQL');
  await securityBench();
}
if (run('files')) {
  console.log('\n== Files: reading PDF, PPTX, DOCX and XLSX files');
  await benchExtraction(console.log);
  console.log('\n== Files: similarity of assets');
  await filesBench('postgresql');
  await filesBench('embedded');
}
if (run('scale')) {
  console.log('\n== Several API processes, PostgreSQL and Redis');
  await scaleBench();
}
if (run('report')) {
  console.log('\n== Performance-review reports, PostgreSQL');
  await reportBench();
}
if (run('web')) {
  console.log('\n== Web app first load, embedded database');
  await webBench();
}
