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
    // JIT compilation costs tens of milliseconds per query and never pays off for Byline's short queries.
    extra: { max: poolMax, connectionTimeoutMillis: 10_000, ...(server ? { options: '-c jit=off' } : {}) },
  };
}
