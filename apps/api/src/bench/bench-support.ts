import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startByline } from '../bootstrap.js';
import type { RunningByline } from '../bootstrap.js';
import { loadConfig } from '../core/config/config.js';
import { createThrowawayDatabase } from './bench.repository.js';

export type DatabaseKind = 'embedded' | 'postgresql';

export interface BenchDatabase {
  kind: DatabaseKind;
  byline: RunningByline;
  sql: pg.Client;
  close(): Promise<void>;
}

export const POSTGRES_URL = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
/** The login role `.ci/run` creates, a member of the migrations' group role byline_app. */
const APPLICATION_LOGIN = 'byline_app_login';

/** A migrated Byline on a fresh database of the given kind (a throwaway database on the server, or a new data folder). */
export async function freshByline(
  kind: DatabaseKind,
  label: string,
  env: Record<string, string> = {},
): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `byline-bench-${label}-`));
  let databaseUrl = '';
  let migrationUrl = '';
  let drop = async () => {};
  if (kind === 'postgresql') {
    const database = await createThrowawayDatabase(POSTGRES_URL, `byline_bench_${label}_${process.pid}`);
    // Migrated by the owner, served as the application role (created by .ci/run), as in production.
    migrationUrl = database.url;
    const url = new URL(database.url);
    url.username = APPLICATION_LOGIN;
    url.password = '';
    databaseUrl = url.toString();
    drop = database.drop;
  }
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DATABASE_MIGRATION_URL: migrationUrl,
    BYLINE_DATA_DIR: dataDir,
    BYLINE_DEMO: '0',
    BYLINE_JWT_SECRET: 'bench-secret-that-is-long-enough-for-signing-tokens',
    BYLINE_LOGIN_RATE_PER_IP: '100000',
    LOG_LEVEL: 'error',
    ...env,
  });
  const byline = await startByline(config, { host: '127.0.0.1' });
  // Seeding goes through a connection of its own (the owner's on a server: seeding writes what only the write path's
  // triggers may); on the embedded database the API's single connection is idle then.
  const sql = new pg.Client({ connectionString: migrationUrl || byline.databaseUrl });
  await sql.connect();
  return {
    kind,
    byline,
    sql,
    async close() {
      await sql.end();
      await byline.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function gql<T>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Times `runs` sequential calls of `fn` after `warmup` unmeasured ones; returns milliseconds per call. */
export async function timed(runs: number, fn: (i: number) => Promise<unknown>, warmup = 10): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return times;
}

export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const summary = (times: number[]) =>
  `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`;

export const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
