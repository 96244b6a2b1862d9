import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, Inject, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { Public } from '../auth/permissions.decorator.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import { MetricsService } from './metrics.service.js';

// Digests have one length whatever was sent, so the comparison takes the same time for every wrong token.
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics for Prometheus. With BYLINE_METRICS_TOKEN set, the scraper sends it as a bearer token; in production
 * without one the route is off (404), so a deployment never publishes its internals by default.
 */
@Controller('metrics')
export class MetricsController {
  private readonly expected?: Buffer;
  private readonly off: boolean;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.expected = config.metricsToken ? digest(`Bearer ${config.metricsToken}`) : undefined;
    this.off = !config.metricsToken && config.nodeEnv === 'production';
  }

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (this.off) throw new NotFoundException('Not found');
    if (this.expected && !timingSafeEqual(digest(authorization ?? ''), this.expected)) {
      throw new UnauthorizedException('Send the metrics token as a bearer token.');
    }
    return this.metrics.registry.metrics();
  }
}
