import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthCheckResult, HealthIndicatorFunction, HealthIndicatorResult } from '@nestjs/terminus';
import { Public } from '../auth/permissions.decorator.js';
import { ReadDatabase } from '../database/read-database.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly reads: ReadDatabase,
  ) {}

  /** The process is up. */
  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * The process can serve: the database answers. Replicas are reported (up, lag, whether they serve reads) but never
   * fail readiness: without them the primary serves every read.
   */
  @Get('ready')
  @Public()
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.database.pingCheck('database', { timeout: 3000 })];
    const replicas = this.reads.replicaStatus();
    if (replicas.length) {
      checks.push(() =>
        Promise.resolve<HealthIndicatorResult>({
          replicas: { status: 'up', serving: replicas.filter((r) => r.serving).length, replicas },
        }),
      );
    }
    return this.health.check(checks);
  }
}
