import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres.js';

export interface IsolatedDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of one test's own, for tests that assert on whole tables (a full dataset import): a new database on
 * the PostgreSQL server of DATABASE_URL, else a new embedded PostgreSQL in a temporary folder. Empty, not migrated:
 * the first Byline started on it migrates it.
 */
export async function isolatedDatabase(): Promise<IsolatedDatabase> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres(join(mkdtempSync(join(tmpdir(), 'byline-isolated-')), 'postgres'));
    return { url: embedded.url, drop: () => embedded.close() };
  }
  const name = `byline_isolated_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
