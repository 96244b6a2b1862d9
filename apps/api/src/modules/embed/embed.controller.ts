import { Body, Controller, HttpCode, Inject, NotFoundException, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permissions.decorator.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { EmbedService } from './embed.service.js';
import type { EmbedSession } from './embed.service.js';

/**
 * POST /embed/session `{ token }`: the CRM deal panel exchanges the token the CRM's server signed (see
 * embed-token.ts) for a session scoped to the panel, `{ sessionToken, dealId, expiresAt }`, sent back as a bearer
 * token. Each token is accepted once. A refused token is 401 with a JSON error and records nothing. 404 while the
 * panel is off (no BYLINE_EMBED_SECRET).
 */
@Controller('embed')
export class EmbedController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly embed: EmbedService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Post('session')
  @Public()
  @HttpCode(200)
  async session(@Req() req: FastifyRequest, @Body() body: unknown): Promise<EmbedSession> {
    if (!this.config.embed) throw new NotFoundException('Not found');
    await this.rateLimits.beforeEmbedExchange(req.ip);
    const token = body && typeof body === 'object' ? (body as { token?: unknown }).token : undefined;
    return this.embed.exchange(token);
  }
}
