import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';

export function dataSourceOptions(url: string, poolMax: number, server = true): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension is installed or needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    // JIT compilation costs tens of milliseconds per query and never pays off for Byline's short queries. On the
    // embedded database every statement waits its turn for the one connection, background jobs' too: a burst of
    // requests there waits longer for it rather than fail.
    extra: {
      max: poolMax,
      connectionTimeoutMillis: server ? 10_000 : 60_000,
      ...(server ? { options: '-c jit=off' } : {}),
    },
  };
}
