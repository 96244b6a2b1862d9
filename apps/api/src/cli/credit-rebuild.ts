// `npm run credit:rebuild -- --check`: verifies the ledger's hash chain, replays every credit event into a scratch
// ledger and compares it with the stored one, and compares every leaderboard rollup with the ledger. Prints the first
// difference of each and exits 1 on any; exits 0 when all three hold.
import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../core/config/config.js';
import { CreditRebuildService } from '../modules/credit/credit-rebuild.service.js';
import { openByline } from './cli-context.js';

if (!process.argv.includes('--check')) {
  console.error(
    'usage: npm run credit:rebuild -- --check   (verifies the chain, the replay and the rollups; changes nothing)',
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
  const { position, hash } = report.chainHead;
  const checks = [
    [
      report.chainDifference,
      `The hash chain verifies: ${position} entries, head ${hash}.`,
      'The hash chain does NOT verify',
    ],
    [
      report.firstDifference,
      `The ledger matches a replay of all ${report.events} events (${report.entries} entries).`,
      'The ledger does NOT match a replay of the events',
    ],
    [report.rollupDifference, 'Every leaderboard rollup matches the ledger.', 'The rollups do NOT match the ledger'],
  ] as const;
  for (const [difference, ok, failed] of checks) {
    if (difference) {
      console.error(`${failed}. First difference: ${difference}`);
      process.exitCode = 1;
    } else {
      console.log(ok);
    }
  }
} finally {
  await byline.close();
}
