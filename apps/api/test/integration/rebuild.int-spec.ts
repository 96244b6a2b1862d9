import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startByline } from '../../src/bootstrap.js';
import type { RunningByline } from '../../src/bootstrap.js';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { testConfig } from '../support/test-app.js';

describe('rebuilding the ledger from the event log', () => {
  let database: IsolatedDatabase;
  let demo: RunningByline;

  beforeAll(async () => {
    // The demo on a database of its own, of the suite's kind: a year of publications, reuse, endorsements and
    // withdrawals.
    database = await isolatedDatabase();
    demo = await startByline(
      testConfig({
        ...database.env,
        BYLINE_DEMO: '1',
        BYLINE_DATA_DIR: mkdtempSync(join(tmpdir(), 'byline-rebuild-')),
      }),
      {
        host: '127.0.0.1',
      },
    );
    // Loading the demo (hundreds of credit events, each chained and rolled up) takes a minute on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await demo.close();
    await database.drop();
  });

  it('reproduces the demo ledger exactly, its chain verifies and its rollups match', async () => {
    const report = await demo.app.get(CreditRebuildService).check();
    expect(report).toMatchObject({ firstDifference: null, chainDifference: null, rollupDifference: null });
    expect(report.events).toBeGreaterThan(300);
  });

  it("leaves the demo's year of notifications read, all but the last three days'", async () => {
    const [row] = await demo.app.get(DataSource).query<{ old_unread: number; old_read: number; recent: number }[]>(
      `SELECT count(*) FILTER (WHERE read_at IS NULL AND created_at < now() - interval '3 days')::int AS old_unread,
              count(*) FILTER (WHERE read_at IS NOT NULL AND created_at < now() - interval '3 days')::int AS old_read,
              count(*) FILTER (WHERE read_at IS NULL AND created_at >= now() - interval '3 days' - interval '1 minute')::int
                AS recent
         FROM notifications`,
    );
    expect(row.old_unread).toBe(0);
    expect(row.old_read).toBeGreaterThan(100);
    expect(row.recent).toBeGreaterThan(0);
  });

  it('checks everything the test suite has recorded so far on the shared database: replay, chain and rollups', async () => {
    const { startTestApp } = await import('../support/test-app.js');
    const app = await startTestApp();
    try {
      const report = await app.byline.app.get(CreditRebuildService).check();
      expect(report).toMatchObject({ firstDifference: null, chainDifference: null, rollupDifference: null });
    } finally {
      await app.close();
    }
  });

  it('points at the first difference when the ledger was tampered with', async () => {
    const db = demo.app.get(DataSource);
    // Inserting is the one write the ledger allows; an entry no event explains is caught.
    await db.query(
      `INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id,
                                   generation, actor_id, policy_version, occurred_at, booked_at)
       SELECT event_id, beneficiary_id, 50, reason, source_reason, rule, asset_id, source_asset_id, generation, actor_id,
              policy_version, occurred_at, booked_at FROM credit_entries ORDER BY id LIMIT 1`,
    );
    const report = await demo.app.get(CreditRebuildService).check();
    expect(report.firstDifference).toMatch(/^event [0-9a-f-]{36} \(#1, PUBLISHED/);
  });
});
