import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Extra } from 'graphql-ws/use/ws';
import { upgradeFromOwnOrigin } from '../auth/web-session.js';
import type { AppConfig } from '../config/config.js';
import type { MetricsService } from '../metrics/metrics.service.js';
import { buildContext } from './context.js';
import { formatError } from './errors.js';
import { QUERY_LIMITS, queryProtection } from './limits.js';
import { textInputPlugin } from './text-input.js';

const logger = new Logger('GraphQL');

export function graphqlOptions(config: AppConfig, metrics: MetricsService): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = queryProtection();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    context: buildContext,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // An error that names its HTTP status (RATE_LIMITED: 429 with Retry-After) keeps it; the others have none.
    preserveHttpStatusForExecutionErrors: false,
    // graphql-js counts tokens while parsing: a document over the limit is a GRAPHQL_PARSE_FAILED (400).
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // Live updates (credit notifications) over graphql-ws on the same path; the token goes in connectionParams, or
    // the web session's cookie comes with the upgrade, which must then come from Byline's own pages.
    subscriptions: {
      'graphql-ws': { path: '/graphql', onConnect: ({ extra }) => upgradeFromOwnOrigin((extra as Extra).request) },
    },
    // @nestjs/apollo is typed against the CommonJS build of @apollo/server; the plugins are the same at run time.
    plugins: [...armor.plugins, textInputPlugin(), metrics.apolloPlugin()] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: (formatted, error) =>
      formatError(formatted, error, production, (err) => logger.error(err instanceof Error ? err.stack : err)),
  };
}
