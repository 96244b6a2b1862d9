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
    const length = Number(req.headers['content-length'] ?? Number.POSITIVE_INFINITY);
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
