// The command line: `npm run byline -- import accounts|teams|deals <file.csv>`.
// Runs on the database `npm start` uses (DATABASE_URL, else the embedded one in BYLINE_DATA_DIR), migrates it
// first, shows a progress bar, then prints what was imported and every skipped row. Exit code: 0 when every row
// was imported, 1 when some were skipped, 2 when the command or the file could not be used.
import 'reflect-metadata';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../core/config/config.js';
import { AppError } from '../core/graphql/errors.js';
import { IMPORT_KINDS } from '../modules/crm-import/import-kind.js';
import type { ImportKind } from '../modules/crm-import/import-kind.js';
import { importFile, openByline } from './cli-context.js';

const USAGE = `usage: npm run byline -- import ${IMPORT_KINDS.join('|')} <file.csv>

  accounts  accounts.csv: account, sector, year_established, revenue, employees, office_location, subsidiary_of
  teams     sales_teams.csv: sales_agent, manager, regional_office (optional email, manager email, title)
  deals     sales_pipeline.csv: opportunity_id, sales_agent, product, account, deal_stage, engage_date,
            close_date, close_value (optional name, competitor, team)

Import accounts and teams before the deals that name them. Importing a file again changes nothing.`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const [command, kind, fileArg] = process.argv.slice(2);
if (command !== 'import' || !IMPORT_KINDS.includes(kind as ImportKind) || !fileArg) fail(USAGE);
// npm runs scripts from the repository root; a relative path means relative to where npm was started.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
if (!existsSync(file) || !statSync(file).isFile()) fail(`No such file: ${file}`);

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(`Byline cannot start: ${error.message}`);
  throw error;
}

const byline = await openByline(config);
let exitCode: number;
try {
  if (byline.setup.logins.length || byline.setup.adminCreated) {
    console.log('The database was empty: it now has what `npm start` would have created first.');
    for (const login of byline.setup.logins) {
      console.log(`  ${login.role.padEnd(10)} ${login.email}  password: ${login.password}`);
    }
  }
  const bar = new SingleBar({
    format: `Importing ${kind} [{bar}] {percentage}% | {value}/{total} KB | {rows} rows`,
    hideCursor: true,
  });
  const size = statSync(file).size;
  bar.start(Math.ceil(size / 1024), 0, { rows: 0 });
  const started = performance.now();
  let result;
  try {
    result = await importFile(byline.app, kind as ImportKind, file, ({ rows, bytes }) =>
      bar.update(Math.ceil(bytes / 1024), { rows }),
    );
    bar.update(Math.ceil(size / 1024), { rows: result.rows });
  } finally {
    bar.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Imported ${kind} from ${file} in ${seconds} s: ${result.rows} rows; ${result.created} created, ${result.updated} updated, ` +
      `${result.unchanged} unchanged, ${result.skipped} skipped.`,
  );
  for (const error of result.errors) console.log(`  line ${error.row}: ${error.message}`);
  if (result.skipped > result.errors.length) {
    console.log(`  ... and ${result.skipped - result.errors.length} more skipped rows`);
  }
  exitCode = result.skipped ? 1 : 0;
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(`Refused: ${error.message}`);
  exitCode = 2;
} finally {
  await byline.close();
}
process.exit(exitCode);
