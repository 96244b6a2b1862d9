import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Extra } from 'graphql-ws/use/ws';
import { upgradeFromOwnOrigin } from '../auth/web-session.js';
import type { AppConfig } from '../config/config.js';
import type { MetricsService } from '../metrics/metrics.service.js';
import { buildContext } from './context.js';
import { formatError } from './errors.js';
import { queryProtection } from './limits.js';

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
    // Live updates (credit notifications) over graphql-ws on the same path; the token goes in connectionParams, or
    // the web session's cookie comes with the upgrade, which must then come from Byline's own pages.
    subscriptions: {
      'graphql-ws': { path: '/graphql', onConnect: ({ extra }) => upgradeFromOwnOrigin((extra as Extra).request) },
    },
    // @nestjs/apollo is typed against the CommonJS build of @apollo/server; the plugins are the same at run time.
    plugins: [...armor.plugins, metrics.apolloPlugin()] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: (formatted, error) =>
      formatError(formatted, error, production, (err) => logger.error(err instanceof Error ? err.stack : err)),
  };
}
