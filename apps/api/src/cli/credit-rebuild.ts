// `npm run credit:rebuild -- --check`: replays every credit event into a scratch ledger and compares it with the
// stored one. Prints the first difference and exits 1 on any; exits 0 when the ledger is exactly reproduced.
import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../core/config/config.js';
import { CreditRebuildService } from '../modules/credit/credit-rebuild.service.js';
import { openByline } from './cli-context.js';

if (!process.argv.includes('--check')) {
  console.error(
    'usage: npm run credit:rebuild -- --check   (compares a replay of every event with the ledger; changes nothing)',
  );
  process.exit(2);
}
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
const bar = new SingleBar({ format: 'replaying {bar} {value}/{total} events', hideCursor: true });
let started = false;
try {
  const report = await byline.app.get(CreditRebuildService).check((done, total) => {
    if (!started && process.stdout.isTTY) {
      bar.start(total, 0);
      started = true;
    }
    if (started) bar.update(done);
  });
  if (started) bar.stop();
  if (report.firstDifference) {
    console.error(`The ledger does NOT match a replay of the events. First difference: ${report.firstDifference}`);
    process.exitCode = 1;
  } else {
    console.log(`The ledger matches a replay of all ${report.events} events (${report.entries} entries).`);
  }
} finally {
  await byline.close();
}
