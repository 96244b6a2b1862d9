import { Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics, in a registry of this app's own (several apps can share a process in tests). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'byline_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'byline_graphql_operations_total',
    help: 'GraphQL operations by type, name and outcome.',
    labelNames: ['type', 'name', 'outcome'] as const,
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
          willSendResponse({ operation, operationName, errors }) {
            counter.inc({
              type: operation?.operation ?? 'unknown',
              name: operationName ?? 'anonymous',
              outcome: errors?.length ? 'error' : 'ok',
            });
            return Promise.resolve();
          },
        });
      },
    };
  }
}
