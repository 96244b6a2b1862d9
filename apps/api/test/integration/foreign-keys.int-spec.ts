import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ForeignKeys1795900000000 } from '../../../../migrations/1795900000000-foreign-keys.js';
import { dataSourceOptions } from '../../src/core/database/data-source-options.js';
import { MIGRATIONS } from '../../src/core/database/migrations.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createUser, login } from '../factories/user.factory.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

interface Refusal {
  code?: string;
  constraint?: string;
}

describe('foreign keys', () => {
  let app: TestApp;
  let db: DataSource;
  let actorId: string;
  let assetId: string;
  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
    const author = await createUser(app, { role: Role.MEMBER });
    actorId = author.id;
    assetId = (await createAsset(app, await login(app, author))).id;
  });
  afterAll(() => app.close());

  // Statements run in a transaction that is rolled back, so one that wrongly succeeded leaves nothing behind.
  const attempt = async (statements: [string, unknown[]][]): Promise<Refusal | 'allowed'> => {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      for (const [sql, params] of statements) await runner.query(sql, params);
      return 'allowed';
    } catch (error) {
      const { code, constraint } = (error as { driverError?: Refusal }).driverError ?? {};
      return { code, constraint };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  const reuseInDeal = (dealId: string): [string, unknown[]] => [
    `INSERT INTO reuse_events (asset_id, actor_id, kind, deal_id, client_event_id, occurred_at, points_awarded)
     VALUES ($1, $2, 'USED_IN_DEAL', $3, $4, now(), 0)`,
    [assetId, actorId, dealId, randomUUID()],
  ];

  it('refuses a reuse event for a deal that does not exist, and records one for a deal that does', async () => {
    expect(await attempt([reuseInDeal(randomUUID())])).toEqual({
      code: '23503',
      constraint: 'FK_reuse_events_deal',
    });
    const dealId = randomUUID();
    const deal: [string, unknown[]] = [
      `INSERT INTO deals (id, external_id, name) VALUES ($1, $2, 'Foreign key check')`,
      [dealId, `fk-${dealId}`],
    ];
    expect(await attempt([deal, reuseInDeal(dealId)])).toBe('allowed');
  });

  it('refuses a credit entry for an asset that does not exist, and books one for an asset that does', async () => {
    const entryFor = (entryAssetId: string): [string, unknown[]][] => {
      const eventId = randomUUID();
      return [
        [
          `INSERT INTO credit_events (id, type, actor_id, occurred_at, policy_version, nominal_points, awarded_points,
                                      booked_at, fiscal_year_start_month)
           VALUES ($1, 'REUSE', $2, now(), 1, 0, 0, now(), 1)`,
          [eventId, actorId],
        ],
        [
          `INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id,
                                       source_asset_id, actor_id, policy_version, occurred_at, booked_at)
           VALUES ($1, $2, 0, 'REUSE', 'REUSE', 'reuse.COPY', $3, $3, $2, 1, now(), now())`,
          [eventId, actorId, entryAssetId],
        ],
      ];
    };
    expect(await attempt(entryFor(randomUUID()))).toEqual({
      code: '23503',
      constraint: expect.stringMatching(/^FK_credit_entries_(source_)?asset$/) as unknown as string,
    });
    expect(await attempt(entryFor(assetId))).toBe('allowed');
  });
});

describe('the foreign-key migration on a database written before it', () => {
  it('clears dangling optional references, leaves keys over dangling log rows unvalidated, and goes down', async () => {
    const database = await isolatedDatabase();
    const migrated = async (migrations: typeof MIGRATIONS) => {
      const ds = new DataSource({ ...dataSourceOptions(database.url, 1), migrations });
      await ds.initialize();
      await ds.runMigrations();
      return ds;
    };
    try {
      const old = await migrated(MIGRATIONS.slice(0, MIGRATIONS.indexOf(ForeignKeys1795900000000)));
      const [user] = await old.query<{ id: string }[]>(`INSERT INTO users (name) VALUES ('Old data') RETURNING id`);
      const [asset] = await old.query<{ id: string }[]>(
        `INSERT INTO assets (kind, title, body, visibility, created_by) VALUES ('BEST_PRACTICE', 'Old', '', 'ORG', $1)
         RETURNING id`,
        [user.id],
      );
      await old.query(
        `INSERT INTO reuse_events (asset_id, actor_id, kind, deal_id, client_event_id, occurred_at, points_awarded)
         VALUES ($1, $2, 'USED_IN_DEAL', $3, 'old', now(), 0)`,
        [asset.id, user.id, randomUUID()],
      );
      const [endorsement] = await old.query<{ id: string }[]>(
        `INSERT INTO endorsements (asset_id, endorser_id, kind, created_at, credit_event_id)
         VALUES ($1, $2, 'HELPFUL', now(), $3) RETURNING id`,
        [asset.id, user.id, randomUUID()],
      );
      await old.destroy();

      const ds = await migrated(MIGRATIONS);
      const validated = async (name: string) =>
        (
          await ds.query<{ valid: boolean }[]>(`SELECT convalidated AS valid FROM pg_constraint WHERE conname = $1`, [
            name,
          ])
        )[0]?.valid;
      try {
        expect(await ds.query(`SELECT credit_event_id FROM endorsements WHERE id = $1`, [endorsement.id])).toEqual([
          { credit_event_id: null },
        ]);
        expect(await validated('FK_endorsements_credit_event')).toBe(true);
        // The reuse log is append-only: its old row stays as written, and the key still holds for new rows.
        expect(await validated('FK_reuse_events_deal')).toBe(false);
        expect(await validated('FK_credit_entries_asset')).toBe(true);
        await expect(
          ds.query(
            `INSERT INTO reuse_events (asset_id, actor_id, kind, deal_id, client_event_id, occurred_at, points_awarded)
             VALUES ($1, $2, 'USED_IN_DEAL', $3, 'new', now(), 0)`,
            [asset.id, user.id, randomUUID()],
          ),
        ).rejects.toMatchObject({ driverError: { code: '23503', constraint: 'FK_reuse_events_deal' } });

        // Later migrations may follow it, so its own down is run rather than the last one.
        const runner = ds.createQueryRunner();
        try {
          await new ForeignKeys1795900000000().down(runner);
        } finally {
          await runner.release();
        }
        expect(await validated('FK_reuse_events_deal')).toBeUndefined();
        expect(await ds.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'IX_credit_entries_source_asset'`)).toEqual(
          [],
        );
      } finally {
        await ds.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
