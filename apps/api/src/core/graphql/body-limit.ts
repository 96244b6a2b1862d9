import type { FastifyInstance } from 'fastify';
import { Kind, OperationTypeNode, parse } from 'graphql';

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

/**
 * Lets /graphql take bodies up to `largeLimit` for the listed operations (CSV imports) and nothing else: the route
 * accepts the larger size, and a body over GRAPHQL_BODY_LIMIT that is not one of those mutations gets 413.
 * Must be called before the GraphQL route is registered.
 */
export function allowLargeGraphqlBodiesFor(
  fastify: FastifyInstance,
  fields: readonly string[],
  largeLimit: number,
): void {
  fastify.addHook('onRoute', (route) => {
    if (route.url === '/graphql') route.bodyLimit = largeLimit;
  });
  fastify.addHook('preHandler', (req, reply, done) => {
    // No declared length: a request without a body (GET), or a chunked one, whose size is only known once read.
    const declared = req.headers['content-length'];
    const length =
      declared !== undefined ? Number(declared) : req.headers['transfer-encoding'] ? Number.POSITIVE_INFINITY : 0;
    if (req.routeOptions.url !== '/graphql' || length <= GRAPHQL_BODY_LIMIT || onlyCalls(req.body, fields)) {
      done();
      return;
    }
    void reply.code(413).send({
      statusCode: 413,
      code: 'BAD_USER_INPUT',
      message: `GraphQL requests over ${GRAPHQL_BODY_LIMIT / 1024 / 1024} MB may only import CSV (${fields.join(', ')}).`,
    });
  });
}
