import { Transform } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { AppError } from './errors.js';

/** What an ordinary GraphQL request may carry: a 1 MB asset body and the rest of the request. */
export const GRAPHQL_BODY_LIMIT = 2 * 1024 * 1024;

/** Whether a request body is one mutation that only calls the given (import) fields. */
function onlyCalls(body: unknown, fields: readonly string[]): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return false;
  try {
    const document = parse(query, { maxTokens: 200 });
    return document.definitions.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === OperationTypeNode.MUTATION &&
        d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && fields.includes(s.name.value)),
    );
  } catch {
    return false;
  }
}

export interface LargeGraphqlBodies {
  /** The mutations (CSV imports) that may carry more than GRAPHQL_BODY_LIMIT. */
  fields: readonly string[];
  largeLimit: number;
  /** Whether the request carries valid credentials of an active user; decided from the headers alone. */
  authenticated(req: FastifyRequest): Promise<boolean>;
}

/** 413 for a body over the ordinary limit; the connection closes, sparing the server the rest of the body. */
function tooLarge(reply: FastifyReply, fields: readonly string[]): AppError {
  void reply.header('connection', 'close');
  return new AppError(
    'BAD_USER_INPUT',
    `GraphQL requests over ${GRAPHQL_BODY_LIMIT / 1024 / 1024} MB may only import CSV (${fields.join(', ')}), logged in.`,
    { maxBytes: GRAPHQL_BODY_LIMIT },
  );
}

/** Passes a body through until it grows past `limit` bytes, then fails it. */
function capped(payload: NodeJS.ReadableStream, limit: number, tooMuch: () => Error): Transform {
  let received = 0;
  return payload.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback(received <= limit ? null : tooMuch(), chunk);
      },
    }),
  );
}

/**
 * Lets /graphql take bodies up to `largeLimit` only from an authenticated caller, decided from the headers before
 * any of the body is read: an anonymous or bad-token request declaring more than GRAPHQL_BODY_LIMIT gets 413 at
 * once, and a chunked one as soon as it passes the limit. A large body that turns out not to be one of the import
 * mutations gets 413 once parsed. Must be called before the GraphQL route is registered.
 */
export function limitGraphqlBodies(fastify: FastifyInstance, large: LargeGraphqlBodies): void {
  const { fields, largeLimit } = large;
  fastify.addHook('onRoute', (route) => {
    if (route.url === '/graphql') route.bodyLimit = largeLimit;
  });
  const declaredLength = (req: FastifyRequest) => {
    // No declared length: a request without a body (GET), or a chunked one, whose size is only known once read.
    const declared = req.headers['content-length'];
    if (declared !== undefined) return Number(declared);
    return req.headers['transfer-encoding'] ? Number.POSITIVE_INFINITY : 0;
  };
  fastify.addHook('preParsing', async (req, reply, payload) => {
    const length = declaredLength(req);
    if (req.routeOptions.url !== '/graphql' || length <= GRAPHQL_BODY_LIMIT || (await large.authenticated(req))) {
      return payload;
    }
    if (Number.isFinite(length)) throw tooLarge(reply, fields);
    return capped(payload, GRAPHQL_BODY_LIMIT, () => tooLarge(reply, fields));
  });
  fastify.addHook('preHandler', (req, reply, done) => {
    if (
      req.routeOptions.url !== '/graphql' ||
      declaredLength(req) <= GRAPHQL_BODY_LIMIT ||
      onlyCalls(req.body, fields)
    ) {
      done();
      return;
    }
    done(tooLarge(reply, fields));
  });
}
