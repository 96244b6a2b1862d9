import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it, expect } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startByline } from '../../src/bootstrap.js';
import { testConfig } from '../support/test-app.js';

it('times the demo', async () => {
  const t0 = performance.now();
  const b = await startByline(testConfig({ DATABASE_URL: process.env.TIMING_DB ?? '', BYLINE_DEMO: '1', BYLINE_DATA_DIR: mkdtempSync(join(tmpdir(), 'byline-timing-')) }), { host: '127.0.0.1' });
  const t1 = performance.now();
  const db = b.app.get(DataSource);
  const stats = await db.query(`SELECT (SELECT count(*) FROM credit_events)::int AS events, (SELECT count(*) FROM deals)::int AS deals`);
  console.log('startedInMs', b.startedInMs, 'wall', t1 - t0, stats);
  if (process.env.TIMING_EXTRA) console.log(JSON.stringify(await db.query(process.env.TIMING_EXTRA), null, 1));
  await b.close();
  expect(true).toBe(true);
});
