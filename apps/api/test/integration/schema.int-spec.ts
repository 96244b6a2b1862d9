import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { OperationPermissions } from '../../src/core/auth/operation-permissions.js';
import { findRepoRoot } from '../../src/core/config/repo-root.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const schemaFile = join(findRepoRoot(), 'apps/api/schema.gql');

describe('the committed contracts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('has migrations that build exactly the schema the entities describe', async () => {
    const pending = await app.byline.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has apps/api/schema.gql equal to the schema the code serves (UPDATE_SCHEMA=1 rewrites it)', () => {
    const served = printSchema(lexicographicSortSchema(app.byline.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, served);
    expect(readFileSync(schemaFile, 'utf8')).toBe(served);
  });

  it('offers every type, field and argument of the shared API contract', () => {
    const checker = join(findRepoRoot(), '../shared/tools/contract-check.mjs');
    if (!existsSync(checker)) {
      console.warn(`Skipping the contract check: ${checker} is absent`);
      return;
    }
    // Exit code 1 (a difference) makes execFileSync throw with the list of differences in its output.
    const out = execFileSync(process.execPath, [checker, schemaFile], { cwd: findRepoRoot(), encoding: 'utf8' });
    expect(out).toMatch(/all \d+ contract types and fields present/);
  });

  it('lists every operation with the roles that may call it (a change here is a permission change)', () => {
    expect(app.byline.app.get(OperationPermissions).describe().join('\n')).toMatchSnapshot();
  });
});
