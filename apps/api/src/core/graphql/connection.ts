import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsOptional, Max, Min } from 'class-validator';
import { badInput } from './errors.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  after?: string;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many nodes match, across all pages.' })
    totalCount: number;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

/** What one position of a keyset cursor holds, as the SQL that reads it back will cast it. */
export type CursorPart = 'text' | 'uuid' | 'timestamptz' | 'numeric' | 'bigint' | 'integer';

/** A timestamp as PostgreSQL writes it or as toISOString does, of a day that exists. */
function isTimestamp(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = match.slice(1, 4).map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

// A cursor comes back from the client: every part must be of the form its SQL cast accepts, or the cast fails.
const CURSOR_PARTS: Record<CursorPart, (value: string | number) => boolean> = {
  text: (v) => typeof v === 'string',
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  timestamptz: (v) => typeof v === 'string' && isTimestamp(v),
  numeric: (v) => /^-?\d{1,40}(\.\d{1,40})?$/.test(String(v)),
  bigint: (v) => /^\d{1,18}$/.test(String(v)),
  integer: (v) => Number.isSafeInteger(v),
};

/** Keyset cursors: opaque to clients, the sort key and id inside. */
export const cursor = {
  encode(key: (string | number)[]): string {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
  },
  /** The parts of a cursor, each checked against what it must be; anything else is BAD_USER_INPUT on `after`. */
  decode(value: string, parts: readonly CursorPart[]): (string | number)[] {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
      if (
        Array.isArray(parsed) &&
        parsed.length === parts.length &&
        parts.every((part, i) => {
          const value: unknown = parsed[i];
          return (typeof value === 'string' || typeof value === 'number') && CURSOR_PARTS[part](value);
        })
      ) {
        return parsed as (string | number)[];
      }
    } catch {
      // fall through to the typed error
    }
    throw badInput('after', 'The cursor is not valid; use a pageInfo.endCursor from this list.');
  },
};

/**
 * Turns rows fetched with `limit first + 1` into a connection; `key` gives each row's cursor key.
 */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  totalCount: number,
  key: (row: R) => (string | number)[],
  map: (row: R) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ node: map(row), cursor: cursor.encode(key(row)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
