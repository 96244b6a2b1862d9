import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres.js';

export interface IsolatedDatabase {
  url: string;
  /** Byline's environment for it: on a server, run as the application role and migrated as the owner. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The login role global setup creates, a member of the migrations' group role byline_app. */
const APPLICATION_LOGIN = 'byline_app_login';

/**
 * A database of one test's own, for tests that assert on whole tables (a full dataset import): a new database on
 * the PostgreSQL server of DATABASE_URL, else a new embedded PostgreSQL in a temporary folder. Empty, not migrated:
 * the first Byline started on it migrates it.
 */
export async function isolatedDatabase(): Promise<IsolatedDatabase> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres(join(mkdtempSync(join(tmpdir(), 'byline-isolated-')), 'postgres'));
    return { url: embedded.url, env: { DATABASE_URL: embedded.url }, drop: () => embedded.close() };
  }
  const name = `byline_isolated_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const application = new URL(url);
  application.username = APPLICATION_LOGIN;
  return {
    url: url.toString(),
    env: { DATABASE_URL: application.toString(), DATABASE_MIGRATION_URL: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
