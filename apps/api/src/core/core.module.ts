import { Global, Module, ValidationPipe } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { ApolloDriver } from '@nestjs/apollo';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { ValidationError } from 'class-validator';
import { AuthGuard } from './auth/auth.guard.js';
import { OperationPermissions } from './auth/operation-permissions.js';
import { PasswordService } from './auth/password.service.js';
import { TokenService } from './auth/token.service.js';
import { ViewerRepository } from './auth/viewer.repository.js';
import { ViewerService } from './auth/viewer.service.js';
import { APP_CONFIG } from './config/config.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DATABASE_EMBEDDED, ReadDatabase } from './database/read-database.js';
import { RecentWrites } from './database/recent-writes.js';
import { ReplicaRepository } from './database/replica.repository.js';
import { AppErrorFilter } from './graphql/app-error.filter.js';
import { badInput } from './graphql/errors.js';
import { graphqlOptions } from './graphql/graphql.config.js';
import { HealthController } from './health/health.controller.js';
import { JobQueueRepository } from './jobs/job-queue.repository.js';
import { JobQueue } from './jobs/job-queue.service.js';
import { loggerOptions } from './logging/logger.options.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';
import { RateLimitService } from './rate-limit/rate-limit.service.js';

export interface CoreOptions {
  config: AppConfig;
  databaseUrl: string;
  poolMax: number;
  /** True for the embedded database, which takes no server settings at connection time. */
  embedded?: boolean;
}

function firstError(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const error = errors[0];
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (!error.constraints && error.children?.length) return firstError(error.children, field);
  return { field, message: Object.values(error.constraints ?? {})[0] ?? `${field} is not valid` };
}

/**
 * Configuration, database, job queue, GraphQL, authentication, logging, health and metrics: what every capability
 * stands on.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl, poolMax, embedded }: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        DiscoveryModule,
        TerminusModule,
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, poolMax, !embedded)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [MetricsService],
          useFactory: (metrics: MetricsService) => graphqlOptions(config, metrics),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        TokenService,
        ViewerRepository,
        ViewerService,
        PasswordService,
        RateLimitService,
        MetricsService,
        OperationPermissions,
        JobQueueRepository,
        JobQueue,
        { provide: DATABASE_EMBEDDED, useValue: embedded === true },
        ReplicaRepository,
        RecentWrites,
        ReadDatabase,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            transform: true,
            exceptionFactory: (errors) => {
              const { field, message } = firstError(errors);
              return badInput(field, message);
            },
          }),
        },
      ],
      exports: [
        APP_CONFIG,
        TokenService,
        ViewerService,
        PasswordService,
        RateLimitService,
        MetricsService,
        OperationPermissions,
        JobQueue,
        ReadDatabase,
      ],
    };
  }
}
