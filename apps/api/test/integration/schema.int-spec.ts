import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildASTSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
  lexicographicSortSchema,
  parse,
  printSchema,
} from 'graphql';
import type { GraphQLNamedType, GraphQLSchema, GraphQLType } from 'graphql';
import { DataSource } from 'typeorm';
import { OperationPermissions } from '../../src/core/auth/operation-permissions.js';
import { findRepoRoot } from '../../src/core/config/repo-root.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

/** The parts of the next contract that are built: whole types, and the root fields they bring. */
const NEXT_CONTRACT_BUILT = {
  types: [
    'ShareLink',
    'ShareSession',
    'CreateShareLinkInput',
    'PersonalizeTemplateInput',
    'Notification',
    'SimilarAsset',
    'AttributionReview',
    'Comment',
    'Question',
    'RecordReuseResult',
    'UserError',
  ],
  fields: {
    Query: ['shareLinks', 'notifications', 'similarAssets', 'attributionReviews', 'question', 'reviewQueue'],
    Mutation: [
      'createShareLink',
      'revokeShareLink',
      'personalizeTemplate',
      'markNotificationsRead',
      'resolveAttributionReview',
      'addComment',
      'askQuestion',
      'answerQuestion',
      'acceptAnswer',
      'verifyAsset',
      'recordReuses',
    ],
  },
};

/**
 * What the served schema lacks of the named parts of the next contract: each listed type with every field (and its
 * arguments), each listed root field with its arguments; named types must match (nullability may be stricter on
 * output and looser on input, as in the shared contract check).
 */
function missingFromNextContract(
  served: GraphQLSchema,
  contractSdl: string,
  built: { types: string[]; fields: Record<string, string[]> },
): string[] {
  const contract = buildASTSchema(parse(contractSdl), { assumeValidSDL: true });
  const problems: string[] = [];
  const named = (type: GraphQLType) => getNamedType(type).name;
  const fieldsOf = (type: GraphQLNamedType | undefined): Record<string, ContractField> | undefined =>
    type && (isObjectType(type) || isInputObjectType(type)) ? type.getFields() : undefined;
  const compare = (typeName: string, fieldNames?: string[]) => {
    const wantFields = fieldsOf(contract.getType(typeName));
    const gotFields = fieldsOf(served.getType(typeName));
    if (!wantFields) return problems.push(`contract lacks ${typeName}`);
    if (!gotFields) return problems.push(`missing type ${typeName}`);
    for (const field of Object.values(wantFields)) {
      if (fieldNames && !fieldNames.includes(field.name)) continue;
      const mine = gotFields[field.name];
      if (!mine) {
        problems.push(`missing ${typeName}.${field.name}`);
        continue;
      }
      if (named(mine.type) !== named(field.type)) {
        problems.push(`${typeName}.${field.name} is ${String(mine.type)}, the contract says ${String(field.type)}`);
      }
      for (const arg of field.args ?? []) {
        const myArg = mine.args?.find((a) => a.name === arg.name);
        if (!myArg) problems.push(`missing argument ${typeName}.${field.name}(${arg.name})`);
        else if (named(myArg.type) !== named(arg.type)) {
          problems.push(
            `${typeName}.${field.name}(${arg.name}) is ${String(myArg.type)}, the contract says ${String(arg.type)}`,
          );
        }
      }
    }
  };
  for (const type of built.types) compare(type);
  for (const [root, fields] of Object.entries(built.fields)) {
    compare(root, fields);
    const rootFields = fieldsOf(contract.getType(root)) ?? {};
    for (const field of fields) {
      if (!(field in rootFields)) problems.push(`contract lacks ${root}.${field}`);
    }
  }
  return problems;
}

/** A field of an object or input type, as far as the comparison needs it. */
interface ContractField {
  name: string;
  type: GraphQLType;
  args?: readonly { name: string; type: GraphQLType }[];
}

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

  it('offers the share-link, template and notification names of the next contract', () => {
    const next = join(findRepoRoot(), '../shared/api-contract-next.graphql');
    if (!existsSync(next)) {
      console.warn(`Skipping the next contract check: ${next} is absent`);
      return;
    }
    // The next contract extends the core one: read the two together.
    const sdl = [join(findRepoRoot(), '../shared/api-contract.graphql'), next].map((f) => readFileSync(f, 'utf8'));
    const served = app.byline.app.get(GraphQLSchemaHost).schema;
    expect(missingFromNextContract(served, sdl.join('\n'), NEXT_CONTRACT_BUILT)).toEqual([]);
  });

  it('lists every operation with the roles that may call it (a change here is a permission change)', () => {
    expect(app.byline.app.get(OperationPermissions).describe().join('\n')).toMatchSnapshot();
  });
});
