import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { findRepoRoot } from '../../src/core/config/repo-root.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { DEAL_CSV_HEADER, createAccount, importViaGraphql, toCsv, uniqueTag } from '../factories/deal.factory.js';
import { createTeam, createUser, signedIn } from '../factories/user.factory.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

/**
 * Every query and mutation of the committed schema, called over HTTP with hostile argument values generated from
 * the argument types: no answer may be a 500 or an INTERNAL_SERVER_ERROR, and a refused mutation writes nothing.
 * Seeded: FUZZ_SEED=<n> repeats a run; FUZZ_REQUESTS sets the number of requests (about 500 by default).
 */
const schema = buildSchema(readFileSync(join(findRepoRoot(), 'apps/api/schema.gql'), 'utf8'));
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 500);
const TABLES = [
  'users',
  'teams',
  'team_managers',
  'assets',
  'asset_versions',
  'authorships',
  'reuse_events',
  'endorsements',
  'credit_events',
  'credit_entries',
  'credit_rollups',
  'deals',
  'accounts',
  'follows',
  'taxonomy_terms',
  'win_loss_reasons',
  'closed_periods',
  'scoring_policies',
];

const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'x').toString('base64url');

/** Text meant to break something: unstorable characters, sizes, ids and cursors of the wrong form, injections. */
function hostileText(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udfff',
      "' OR 1=1 --",
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      '-1',
      '1e308',
      '%00',
      '../../etc/passwd',
      '{"$gt": ""}',
    ),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.uuid(),
    fc.nat({ max: 4 }).map((n) => 'x'.repeat(10 ** n * 5)),
    fc.jsonValue({ maxDepth: 2 }).map(encodeCursor),
    // Cursors of the lengths the connections use, with parts of the wrong kind.
    fc
      .array(
        fc.oneof(
          fc.uuid(),
          fc.constantFrom(0, 1, -1, 1e21, 0.5, null, 'x', '1.5x', '2024-02-30 00:00:00+00', '2024-01-01T00:00:00.000Z'),
          fc.string({ maxLength: 8 }),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map(encodeCursor),
  );
}

const hostileInt = fc.oneof(
  { arbitrary: fc.integer(), weight: 3 },
  { arbitrary: fc.constantFrom(-1, 0, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31)), weight: 3 },
  fc.constantFrom(1e20, 1.5),
);

const hostileDate = fc.oneof(
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    'not a date',
    '0001-01-01T00:00:00Z',
    '1899-12-31T23:59:59Z',
    '9999-12-31T23:59:59.999Z',
    '+275760-09-13T00:00:00.000Z',
    '2024-02-30T00:00:00Z',
    '2024-01-01',
    '',
  ),
  fc.integer(),
);

/** A value of the wrong shape entirely: nested 60 lists or objects deep, or another JSON type. */
const wrongShape = fc.oneof(
  fc.constant(Array.from({ length: 60 }).reduce<unknown>((inner) => [inner], 'deep')),
  fc.constant(Array.from({ length: 60 }).reduce<unknown>((inner) => ({ a: inner }), 'deep')),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Hostile values for an input type, with the type's shape most of the time. */
function valueOf(type: GraphQLInputType, known: string[], depth = 0): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  const value = shaped(nullable, known, depth);
  const withNull = isNonNullType(type) ? value : fc.oneof({ arbitrary: value, weight: 4 }, fc.constant(null));
  // Wrong shapes only for whole arguments, so that most calls get past variable coercion into the resolvers.
  return depth ? withNull : fc.oneof({ arbitrary: withNull, weight: 15 }, { arbitrary: wrongShape, weight: 1 });
}

function shaped(type: GraphQLInputType, known: string[], depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = depth > 4 ? fc.constant(null) : valueOf(type.ofType, known, depth + 1);
    return fc.oneof(
      fc.constant([]),
      fc.array(item, { maxLength: 3 }),
      item.map((one) => Array.from({ length: 200 }, () => one)),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, known, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 4 }, fc.constantFrom('NOT_A_VALUE', '', 'null'));
  }
  switch (type.name) {
    case 'Int':
      return hostileInt;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hostileInt);
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return hostileDate;
    default:
      return hostileText(known);
  }
}

/** A CSV whose header the imports recognise, with hostile cells. */
function hostileCsv(known: string[]): fc.Arbitrary<string> {
  const header = ['opportunity_id', 'sales_agent', 'account', 'deal_stage', 'close_date', 'close_value', 'manager'];
  const cell = fc.oneof(hostileText(known), hostileDate, hostileInt.map(String), fc.constantFrom('Won', 'Lost'));
  return fc
    .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 4 })
    .map((rows) => toCsv([header, ...rows]));
}

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  document: string;
}

function operationsOf(root: GraphQLObjectType, kind: Operation['kind']): Operation[] {
  return Object.values(root.getFields()).map((field) => {
    const declarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return {
      kind,
      field,
      document: `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    };
  });
}

const OPERATIONS = [
  ...operationsOf(schema.getQueryType()!, 'query'),
  ...operationsOf(schema.getMutationType()!, 'mutation'),
];

describe('fuzzing every operation of the schema', () => {
  let database: IsolatedDatabase;
  let app: TestApp;
  let db: DataSource;
  let callers: Record<string, string | undefined>;
  let known: string[];
  const outcomes = new Map<string, number>();

  beforeAll(async () => {
    console.log(`Fuzz seed ${SEED}, ${REQUESTS} requests over ${OPERATIONS.length} operations (FUZZ_SEED=${SEED})`);
    database = await isolatedDatabase();
    app = await startTestApp({ DATABASE_URL: database.url });
    db = app.byline.app.get(DataSource);
    const team = await createTeam(app);
    const admin = await signedIn(app, Role.ADMIN, team.id);
    const member = await signedIn(app, Role.MEMBER, team.id);
    callers = { anonymous: undefined, member: member.token, admin: admin.token };
    // Real ids and names, so that some calls get past "not found" into the rules.
    const other = await createUser(app, { teamId: team.id });
    const asset = await createAsset(app, admin.token);
    const account = await createAccount(app);
    const tag = uniqueTag();
    const deal = await importViaGraphql(
      app,
      'deals',
      toCsv([
        DEAL_CSV_HEADER,
        [`FUZZ-${tag}`, other.name, 'GTX Basic', account.name, 'Won', '2024-01-02', '2024-03-04', '1000'],
      ]),
      admin.token,
    );
    expect(deal.result).toMatchObject({ created: 1, skipped: 0 });
    const [{ id: dealId }] = await db.query<{ id: string }[]>('SELECT id FROM deals WHERE external_id = $1', [
      `FUZZ-${tag}`,
    ]);
    known = [team.id, other.id, other.name, asset.id, dealId, account.name, `FUZZ-${tag}`, 'software', 'GTX Basic'];
  }, 120_000);
  afterAll(async () => {
    console.log(`Fuzz outcomes (seed ${SEED}): ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`);
    await app?.close();
    await database?.drop();
  });

  const rowCounts = async () =>
    (
      await db.query<Record<string, number>[]>(
        `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`,
      )
    )[0];

  const send = async (document: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document, variables }),
    });
    const text = await response.text();
    let body: Omit<GqlResponse, 'status'> = {};
    try {
      body = JSON.parse(text) as Omit<GqlResponse, 'status'>;
    } catch {
      // a plain-text or empty answer: judged by its status alone
    }
    return { status: response.status, ...body, text };
  };

  const describeCase = (op: Operation, caller: string, variables: Record<string, unknown>, answer: string) =>
    `seed ${SEED}, ${caller}: ${op.document}\nvariables ${JSON.stringify(variables).slice(0, 500)}\n` +
    `answer ${answer.slice(0, 500)}`;

  for (const kind of ['query', 'mutation'] as const) {
    const operations = OPERATIONS.filter((op) => op.kind === kind);
    const runsEach = Math.max(1, Math.round((REQUESTS * (operations.length / OPERATIONS.length)) / operations.length));

    it(`answers every ${kind} with hostile arguments without a 500${kind === 'mutation' ? ', and a refused one writes nothing' : ''}`, async () => {
      for (const [index, op] of operations.entries()) {
        const args = fc.record(
          Object.fromEntries(
            op.field.args.map((a) => [a.name, a.name === 'csv' ? hostileCsv(known) : valueOf(a.type, known)]),
          ),
        );
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...Object.keys(callers)), args, async (caller, variables) => {
            const before = kind === 'mutation' ? await rowCounts() : undefined;
            const res = await send(op.document, variables, callers[caller]);
            const context = describeCase(op, caller, variables, res.text);
            const outcome = `${res.status} ${res.errors?.[0]?.extensions?.code ?? (res.errors ? '?' : 'ok')}`;
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            expect({ status: res.status, context }).not.toMatchObject({ status: 500 });
            const internal = res.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
            expect({ internal, context }).toEqual({ internal: undefined, context });
            const refused = res.status >= 400 || (res.errors?.length && !res.data?.[op.field.name]);
            if (before && refused) expect({ counts: await rowCounts(), context }).toEqual({ counts: before, context });
          }),
          { seed: SEED + index, numRuns: runsEach, endOnFailure: true },
        );
      }
    }, 300_000);
  }
});
