import { MigrationExecutor } from 'typeorm';
import type { DataSource, QueryRunner } from 'typeorm';

const MIGRATION_LOCK = 7_242_001;

/**
 * Runs the pending migrations, one transaction each. Replicas starting together on one database take turns under a
 * session advisory lock; the embedded database has a single session anyway.
 */
export async function runPendingMigrations(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await lockMigrations(runner);
    // On the locked connection itself: the embedded database is reached through a pool of one.
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await unlockMigrations(runner).catch(() => undefined);
    await runner.release();
  }
}

async function lockMigrations(runner: QueryRunner): Promise<void> {
  await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
}

async function unlockMigrations(runner: QueryRunner): Promise<void> {
  await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
}

/** A schema statement, as TypeORM's schema builder logs it. */
export interface SchemaStatement {
  query: string;
  parameters?: unknown[];
}

/**
 * The statements that bring a fully migrated database to the entities' shape (and back): runs every migration,
 * then asks the schema builder what still differs.
 */
export async function schemaDrift(dataSource: DataSource): Promise<{ up: SchemaStatement[]; down: SchemaStatement[] }> {
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return { up: sql.upQueries, down: sql.downQueries };
}
