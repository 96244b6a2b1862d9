// Times the Maven CRM sample import into a fresh database: `npm run bench:import` (embedded PostgreSQL) or
// `DATABASE_URL=postgresql://... npm run bench:import` (a throwaway database on that server, dropped afterwards).
// Optional argument: another folder with accounts.csv, sales_teams.csv and sales_pipeline.csv.
import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createThrowawayDatabase } from '../bench/bench.repository.js';
import { loadConfig } from '../core/config/config.js';
import { findRepoRoot } from '../core/config/repo-root.js';
import type { ImportKind } from '../modules/crm-import/import-kind.js';
import { importFile, openByline } from './cli-context.js';

const FILES: [ImportKind, string][] = [
  ['accounts', 'accounts.csv'],
  ['teams', 'sales_teams.csv'],
  ['deals', 'sales_pipeline.csv'],
];

const dataset = resolve(
  process.env.INIT_CWD ?? process.cwd(),
  process.argv[2] ?? join(findRepoRoot(), '../shared/datasets/maven-crm'),
);
if (!FILES.every(([, f]) => existsSync(join(dataset, f)))) {
  console.error(`No Maven CRM sample in ${dataset} (accounts.csv, sales_teams.csv, sales_pipeline.csv)`);
  process.exit(2);
}

const server = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'byline-bench-'));
let databaseUrl = '';
let dropDatabase = async () => {};
if (server) {
  const database = await createThrowawayDatabase(server, `byline_bench_${process.pid}`);
  databaseUrl = database.url;
  dropDatabase = database.drop;
}

const config = loadConfig({
  ...process.env,
  DATABASE_URL: databaseUrl,
  BYLINE_DATA_DIR: dataDir,
  BYLINE_DEMO: '0',
  LOG_LEVEL: 'warn',
});
const started = performance.now();
const byline = await openByline(config);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
console.log(
  `${server ? 'PostgreSQL (throwaway database)' : 'Embedded PostgreSQL (fresh data folder)'} ready and migrated in ${seconds(started)} s`,
);
try {
  for (const run of ['first import', 'same files again']) {
    const runStarted = performance.now();
    for (const [kind, file] of FILES) {
      const at = performance.now();
      const result = await importFile(byline.app, kind, join(dataset, file));
      console.log(
        `  ${run.padEnd(16)} ${kind.padEnd(8)} ${seconds(at).padStart(6)} s  ${result.rows} rows: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.skipped} skipped`,
      );
    }
    console.log(`${run}: ${seconds(runStarted)} s in all`);
  }
} finally {
  await byline.close();
  await dropDatabase();
  rmSync(dataDir, { recursive: true, force: true });
}
