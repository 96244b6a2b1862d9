import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** A domain error with the `extensions.code` clients branch on; `field` names the offending input when there is one. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'You need to log in.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do that.', extra: Record<string, unknown> = {}) =>
  new AppError('FORBIDDEN', message, extra);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field ? { field } : {});
/** RATE_LIMITED, answered over HTTP with 429 and a Retry-After header. */
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });

const httpCodes: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
};

// Codes Apollo attaches when it refuses a request before any resolver runs (a syntax error, a failed validation or
// query limit, variables of the wrong type, an operation that is not in the document). Clients see BAD_USER_INPUT,
// with Apollo's code as `reason`.
const refusedRequestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

// The answers of the automatic persisted query protocol: clients retry on these codes, so they pass as they are.
const persistedQueryCodes = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

// PostgreSQL errors about a value of the request that is not even of the right form.
const MALFORMED_VALUE = new Set<unknown>(['22P02', '22007', '22008']);

/**
 * Whether graphql-js or Apollo refused the request itself: an error of theirs, not from a resolver (no path) and not
 * wrapping an exception (e.g. too many invalid variables, a persisted query whose hash does not match).
 */
function refusedRequest(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && !error.path;
}

/**
 * Shapes every error a client sees: known codes pass with their message; anything else becomes a bare
 * INTERNAL_SERVER_ERROR in production, so no stack trace, SQL or driver message ever leaves the server.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
  log: (err: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    // `http` sets the response's status and headers (Apollo reads it); it is not part of the answer.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  if (original instanceof HttpException) {
    const code = httpCodes[original.getStatus()];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  // invalid_text_representation (an id, a number), invalid_datetime_format and datetime_field_overflow (a date).
  if (MALFORMED_VALUE.has((original as { code?: unknown } | null)?.code)) {
    return {
      ...base,
      message: 'A value in the request is not of the right form (an id, a date or a number).',
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && persistedQueryCodes.has(code)) return { ...base, extensions: { code } };
  if (typeof code === 'string' && refusedRequestCodes.has(code)) {
    return { ...base, extensions: code === 'BAD_USER_INPUT' ? { code } : { code: 'BAD_USER_INPUT', reason: code } };
  }
  if (refusedRequest(error)) return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  log(original);
  return production
    ? {
        message: 'Something went wrong on our side.',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }
    : { ...base, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
