/**
 * Marks a repository method whose SQL is committed to `apps/api/src/queries/<file>.sql`, so a change to a statement
 * shows in review as a change to SQL. The queries test calls each marked method with each example's arguments against
 * a scratch database, records every statement it sends, and fails when the committed file differs
 * (`UPDATE_QUERIES=1` rewrites it).
 *
 * An argument given as `SQL_MANAGER` is replaced by the recording EntityManager of a transaction that is rolled back
 * after the call; write paths take their EntityManager that way, so recording them changes nothing.
 */
export const SQL_MANAGER = Symbol('recording EntityManager');

/**
 * The id examples use for a row that must exist: the queries test creates a team, an admin, a published asset and a
 * deal with this id before it calls the marked methods, so writes that refer to them run as they do in use.
 */
export const EXAMPLE_ID = '00000000-0000-0000-0000-000000000001';

export interface SqlExample {
  /** Told apart in the file when a method has several examples. */
  name?: string;
  params: unknown[];
}

export interface SqlRecordTarget {
  repository: abstract new (...args: never[]) => unknown;
  method: string;
  examples: SqlExample[];
}

const TARGETS: SqlRecordTarget[] = [];

export function GenerateSql(...examples: SqlExample[]): MethodDecorator {
  return (target, key) => {
    TARGETS.push({
      repository: (target as { constructor: SqlRecordTarget['repository'] }).constructor,
      method: String(key),
      examples: examples.length > 0 ? examples : [{ params: [] }],
    });
  };
}

/** Every marked method of every repository module loaded so far. */
export function sqlRecordTargets(): readonly SqlRecordTarget[] {
  return TARGETS;
}
