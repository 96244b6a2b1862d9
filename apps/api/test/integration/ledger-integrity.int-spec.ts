import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { periodKeysContaining } from '@byline/credit';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createTeam, createUser, login } from '../factories/user.factory.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const REUSE = `mutation($input: RecordReuseInput!) { recordReuse(input: $input) { pointsAwarded } }`;
const onServer = Boolean(process.env.DATABASE_URL);

interface Person {
  id: string;
  token: string;
}

/** An author with a published asset and readers who reuse it, all at once, so their entries are chained concurrently. */
async function activity(app: TestApp, readers: number): Promise<{ author: Person; assetId: string }> {
  const teamId = (await createTeam(app)).id;
  const person = async () => {
    const user = await createUser(app, { role: Role.MEMBER, teamId });
    return { id: user.id, token: await login(app, user) };
  };
  const author = await person();
  const asset = await createAsset(app, author.token, { title: `Discovery call guide ${randomUUID().slice(0, 6)}` });
  const people = await Promise.all(Array.from({ length: readers }, person));
  const results = await Promise.all(
    people.map((reader) =>
      app.gql(REUSE, { input: { assetId: asset.id, kind: 'COPY', clientEventId: randomUUID() } }, reader.token),
    ),
  );
  expect(results.map((r) => r.errors)).toEqual(people.map(() => undefined));
  return { author, assetId: asset.id };
}

describe('the application role on a PostgreSQL server', () => {
  if (!onServer) {
    it.skip('needs DATABASE_URL: the embedded database has a single role (a trial mode)', () => undefined);
    return;
  }
  let app: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
  });
  afterAll(() => app.close());

  // Each attempt in a transaction rolled back afterwards, so one that wrongly succeeded changes nothing for others.
  const attempt = async (sql: string): Promise<string> => {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(sql);
      return 'allowed';
    } catch (error) {
      return (error as Error).message;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  it('cannot rewrite the ledger, the event log or the rollups, nor switch their triggers off, while credit writes work', async () => {
    const { author } = await activity(app, 2);
    const [{ credit }] = await db.query<{ credit: string }[]>(
      `SELECT value AS credit FROM credit_rollups WHERE metric = 'CREDIT' AND period_kind = 'ALL_TIME' AND user_id = $1`,
      [author.id],
    );
    expect(Number(credit)).toBe(10 + 2 * 4);

    const refused = {
      'UPDATE credit_entries SET points = 1000': /permission denied for table credit_entries/,
      'DELETE FROM credit_entries': /permission denied for table credit_entries/,
      'TRUNCATE credit_entries CASCADE': /permission denied for table credit_entries/,
      'UPDATE credit_events SET awarded_points = 1000': /permission denied for table credit_events/,
      'DELETE FROM credit_events': /permission denied for table credit_events/,
      'TRUNCATE credit_events CASCADE': /permission denied for table credit_events/,
      'UPDATE credit_rollups SET value = value + 1000': /permission denied for table credit_rollups/,
      [`INSERT INTO credit_rollups VALUES ('CREDIT', 'ALL_TIME', '1970-01-01Z', '${author.id}', 1000)`]:
        /permission denied for table credit_rollups/,
      'ALTER TABLE credit_entries ADD COLUMN note text': /must be owner of table credit_entries/,
      'ALTER TABLE credit_entries DISABLE TRIGGER ALL': /must be owner of table credit_entries/,
      'ALTER TABLE credit_events DISABLE TRIGGER "TR_credit_events_append_only"':
        /must be owner of table credit_events/,
      'DROP TRIGGER "TR_credit_entries_chain" ON credit_entries': /must be owner of (table|relation) credit_entries/,
      'SET session_replication_role = replica': /permission denied to set parameter "session_replication_role"/,
    };
    for (const [sql, reason] of Object.entries(refused)) {
      expect({ sql, outcome: await attempt(sql) }).toEqual({ sql, outcome: expect.stringMatching(reason) });
    }
  });
});

describe('the tamper-evident ledger and credit:rebuild --check', () => {
  let database: IsolatedDatabase;
  let app: TestApp;
  let owner: pg.Client;
  const check = () => app.byline.app.get(CreditRebuildService).check();

  beforeAll(async () => {
    database = await isolatedDatabase();
    app = await startTestApp(database.env);
    // The owner role: what an insider with the migration login could do (the same single role when embedded).
    owner = new pg.Client({ connectionString: database.env.DATABASE_MIGRATION_URL ?? database.url });
    await owner.connect();
    // A new embedded database starts and migrates in tens of seconds on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await owner.end();
    await app.close();
    await database.drop();
  });

  it('passes after concurrent activity: the chain links every entry once, in commit order, up to its head', async () => {
    await Promise.all([activity(app, 4), activity(app, 4)]);
    const report = await check();
    expect(report).toMatchObject({ chainDifference: null, firstDifference: null, rollupDifference: null });
    const { rows } = await owner.query<{ entries: number; positions: number; last: string }>(
      `SELECT count(*)::int AS entries, count(DISTINCT chain_position)::int AS positions, max(chain_position)::text AS last
         FROM credit_entries`,
    );
    expect(rows[0]).toEqual({ entries: report.entries, positions: report.entries, last: report.chainHead.position });
  });

  it('names the rollup row an owner edited, then the ledger entry, with expected and found values', async () => {
    const { author } = await activity(app, 3);
    await owner.query(
      `UPDATE credit_rollups SET value = value + 100
        WHERE metric = 'CREDIT' AND period_kind = 'ALL_TIME' AND user_id = $1`,
      [author.id],
    );
    const afterRollupEdit = await check();
    expect(afterRollupEdit.chainDifference).toBeNull();
    expect(afterRollupEdit.firstDifference).toBeNull();
    expect(afterRollupEdit.rollupDifference).toBe(
      `rollup CREDIT ALL_TIME 1970-01-01T00:00:00.000Z for user ${author.id}: the ledger gives 22, the rollup holds 122.`,
    );

    // Rewriting an entry takes switching its guard off, which only the owner can do.
    const {
      rows: [entry],
    } = await owner.query<{ id: string; event_id: string }>(
      `SELECT id::text AS id, event_id FROM credit_entries WHERE beneficiary_id = $1 AND reason = 'REUSED_COPY' ORDER BY id LIMIT 1`,
      [author.id],
    );
    await owner.query('ALTER TABLE credit_entries DISABLE TRIGGER "TR_credit_entries_append_only"');
    await owner.query('UPDATE credit_entries SET points = 40 WHERE id = $1', [entry.id]);
    await owner.query('ALTER TABLE credit_entries ENABLE TRIGGER "TR_credit_entries_append_only"');
    const afterLedgerEdit = await check();
    expect(afterLedgerEdit.chainDifference).toMatch(
      new RegExp(`^ledger entry ${entry.id} \\(chain position \\d+\\) does not match its chain hash`),
    );
    expect(afterLedgerEdit.firstDifference).toMatch(
      new RegExp(`^event ${entry.event_id} .*points is 40 in the ledger, 4 on replay`),
    );
    expect(afterLedgerEdit.rollupDifference).toMatch(
      new RegExp(`^rollup CREDIT ALL_TIME .* for user ${author.id}: the ledger gives 58, the rollup holds 122`),
    );
  });

  it('books rollups in the database into the same periods as the credit library, for every fiscal calendar', async () => {
    const instants = [
      '2024-12-29T23:59:59.999Z',
      '2024-12-30T00:00:00Z',
      '2025-01-01T00:00:00Z',
      '2025-03-31T23:59:59Z',
      '2025-04-01T00:00:00Z',
      '2026-02-28T12:00:00Z',
      '2026-07-15T08:30:00Z',
      '2026-12-06T21:00:00Z',
    ].map((t) => new Date(t));
    for (let month = 1; month <= 12; month++) {
      const { rows } = await owner.query<{ at: Date; kind: string; start: Date }>(
        `SELECT t.at, p.kind, p.start FROM unnest($1::timestamptz[]) t(at), credit_periods(t.at, $2::smallint) p
          ORDER BY t.at, p.kind`,
        [instants, month],
      );
      const expected = instants.flatMap((at) =>
        periodKeysContaining(at, month)
          .map((p) => ({ at, kind: p.kind, start: p.start }))
          .sort((a, b) => a.kind.localeCompare(b.kind)),
      );
      expect({ month, rows }).toEqual({ month, rows: expected });
    }
  });
});
