import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
