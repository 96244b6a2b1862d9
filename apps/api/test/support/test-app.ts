import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { startByline } from '../../src/bootstrap.js';
import type { RunningByline, StartOptions } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/core/config/config.js';
import type { AppConfig } from '../../src/core/config/config.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

/** A document from `graphql(...)` of `test/generated/gql.js`: the response type comes with it. */
export type TestDocument<TData, TVariables> = TypedDocumentNode<TData, TVariables>;

export interface TestApp {
  byline: RunningByline;
  url: string;
  /** A typed document infers the response; a string (for what the schema must refuse) is typed by hand. */
  gql<TData, TVariables>(
    document: TestDocument<TData, TVariables>,
    variables?: TVariables,
    token?: string,
  ): Promise<GqlResponse<TData>>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

// Redis keys of this test file's own: the apps it starts share them, and counters left by other runs count for nothing.
const REDIS_KEY_PREFIX = `byline-test-${randomUUID()}`;

/**
 * Environment for a test instance: quiet logs, the data folder of the run's shared database (the job queue may hand
 * one app's file to another's worker), the shared test database unless overridden
 * (as the application role, migrated as the owner; a database given in `env` is used as it is, single-role).
 */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    BYLINE_DEMO: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    BYLINE_LOGIN_RATE_PER_IP: '10000',
    BYLINE_REDIS_KEY_PREFIX: REDIS_KEY_PREFIX,
    BYLINE_DATA_DIR: process.env.BYLINE_TEST_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'byline-app-')),
    BYLINE_JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    DATABASE_URL: process.env.BYLINE_TEST_DATABASE_URL ?? '',
    DATABASE_MIGRATION_URL: 'DATABASE_URL' in env ? '' : (process.env.BYLINE_TEST_MIGRATION_URL ?? ''),
    BYLINE_DB_POOL_MAX: process.env.BYLINE_DB_POOL_MAX ?? '10',
    ...env,
  });
}

/** Starts the real API over HTTP against the test database; the first start migrates it (under a lock). */
export async function startTestApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const byline = await startByline(testConfig(env), { migrate: true, setup: false, host: '127.0.0.1', ...options });
  return {
    byline,
    url: byline.url,
    gql: (query: string | TestDocument<unknown, unknown>, variables?: unknown, token?: string) =>
      graphql(byline.url, query, variables as Record<string, unknown>, token),
    close: () => byline.close(),
  };
}

/** The text of a document; a document the generated map does not know (a stale `test/generated`) is refused. */
function queryText(query: string | TestDocument<unknown, unknown>): string {
  if (typeof query === 'string') return query;
  if (!query.definitions?.length) {
    throw new Error('This document is not in test/generated: run `npm run codegen` after changing a test document.');
  }
  return print(query);
}

export async function graphql<T>(
  baseUrl: string,
  document: string | TestDocument<unknown, unknown>,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const query = queryText(document);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The one error code of a failed operation, for terse assertions. */
export const errorCode = (response: GqlResponse<unknown>) => response.errors?.[0]?.extensions?.code;
