import { Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The label for whatever is not one of a bounded set of values the server chose. */
export const OTHER = 'other';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** An HTTP method as a label: the usual ones as they are, anything else a client invents is `other`. */
export const methodLabel = (method: string) => (METHODS.has(method) ? method : OTHER);

/**
 * The root fields an operation selects, as labels: only names the schema's root type has (so a client can never
 * add a series by naming things), and `other` when it selects none of them (`__typename`, an unparsable query).
 */
export function rootFieldLabels(
  schema: GraphQLSchema,
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined,
): string[] {
  const root = operation && schema.getRootType(operation.operation);
  if (!document || !operation || !root) return [OTHER];
  const known = root.getFields();
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const names = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (Object.hasOwn(known, selection.name.value)) names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names.size ? [...names] : [OTHER];
}

/** Prometheus metrics, in a registry of this app's own (several apps can share a process in tests). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'byline_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'byline_graphql_operations_total',
    help: 'GraphQL operations by type, root field (one count per root field selected) and outcome.',
    labelNames: ['type', 'field', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly databaseReads = new Counter({
    name: 'byline_database_reads_total',
    help: 'Reads that may go to a replica, by where they ran (primary or replica) and why.',
    labelNames: ['target', 'reason'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'byline_' });
  }

  apolloPlugin(): ApolloServerPlugin {
    const counter = this.graphqlOperations;
    return {
      requestDidStart() {
        return Promise.resolve({
          willSendResponse({ schema, document, operation, errors }) {
            const type = operation?.operation ?? OTHER;
            const outcome = errors?.length ? 'error' : 'ok';
            for (const field of rootFieldLabels(schema, document, operation)) counter.inc({ type, field, outcome });
            return Promise.resolve();
          },
        });
      },
    };
  }
}
