import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  close(): Promise<void>;
}

/**
 * Pool size the embedded database is reached with. One: the socket server queues protocol messages, not whole
 * queries, so two connections' extended-protocol messages (Parse/Bind/Execute) could interleave outside a
 * transaction. PGlite runs one query at a time anyway, so nothing is lost by queueing in the pool instead.
 */
export const EMBEDDED_POOL_MAX = 1;

/**
 * Real PostgreSQL compiled to WASM, served over the wire protocol on a loopback port so that the ordinary `pg`
 * driver (and so every code path) is the same as against a PostgreSQL server. Every connection shares one session.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections = 64): Promise<EmbeddedPostgres> {
  mkdirSync(dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  let closed = false;
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async close() {
      if (closed) return;
      closed = true;
      // Order matters: the pool is closed by the caller first, then the socket server, then the database.
      await server.stop();
      await db.close();
    },
  };
}

export interface Database {
  url: string;
  /** How many pooled connections to open: one for the embedded database. */
  poolMax: number;
  embedded: boolean;
  /** Stops the embedded database, if any (after the pool is closed). */
  close(): Promise<void>;
}

/** The database `npm start` uses: DATABASE_URL's server, or the embedded one in the data folder, started here. */
export async function openDatabase(config: {
  databaseUrl?: string;
  dataDir: string;
  databasePoolMax: number;
}): Promise<Database> {
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      poolMax: config.databasePoolMax,
      embedded: false,
      close: () => Promise.resolve(),
    };
  }
  const embedded = await startEmbeddedPostgres(join(config.dataDir, 'postgres'));
  return { url: embedded.url, poolMax: EMBEDDED_POOL_MAX, embedded: true, close: () => embedded.close() };
}
