// Creates the database this test run uses: a new database on the PostgreSQL server of DATABASE_URL, or an embedded
// PostgreSQL in a temporary folder when DATABASE_URL is not set. The first test app to start migrates it: on a
// server as DATABASE_URL's (owner) role, while the apps connect as the restricted application role.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { applicationUrl, ensureApplicationLogin } from './application-role.mjs';

export default async function globalSetup() {
  // One data folder for every test app on the shared database, as Byline's processes share one in production: the
  // job queue hands a file's reading to whichever process polls first, and that process must find the file.
  process.env.BYLINE_TEST_DATA_DIR = mkdtempSync(join(tmpdir(), 'byline-test-data-'));
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `byline_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    await ensureApplicationLogin(serverUrl);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.BYLINE_TEST_MIGRATION_URL = url.toString();
    process.env.BYLINE_TEST_DATABASE_URL = applicationUrl(url.toString());
    globalThis.bylineTestTeardown = async () => {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
    console.log(`\nIntegration tests run on PostgreSQL, database ${name}\n`);
    return;
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dir = mkdtempSync(join(tmpdir(), 'byline-test-'));
  const db = await PGlite.create(join(dir, 'postgres'));
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
  await server.start();
  process.env.BYLINE_TEST_DATABASE_URL = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  // One connection per app, as the embedded mode itself uses (see EMBEDDED_POOL_MAX).
  process.env.BYLINE_DB_POOL_MAX = '1';
  globalThis.bylineTestTeardown = async () => {
    await server.stop();
    await db.close();
  };
  console.log('\nIntegration tests run on the embedded PostgreSQL (set DATABASE_URL to use a server)\n');
}
