import { Controller, Get, Inject, Logger, NotFoundException, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permissions.decorator.js';
import { startWebSession } from '../../core/auth/web-session.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_TTL_SECONDS, openFlow, safeReturnPath, sealFlow } from './sso-flow.js';
import { SsoRefused, SsoService } from './sso.service.js';

/**
 * Single sign-on over HTTP. GET /auth/oidc/login?returnTo=/path sends the browser to the provider (returnTo: a path
 * of this site, else 400); GET /auth/oidc/callback takes the provider's answer, signs the browser in as password
 * login does (session and CSRF cookies) and sends it on, or to /login?sso=<reason> when refused. 404 while single
 * sign-on is off.
 */
@Controller('auth/oidc')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sso: SsoService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Get('login')
  @Public()
  async login(@Query('returnTo') returnTo: unknown, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    if (!this.config.oidc) throw new NotFoundException('Not found');
    const path = safeReturnPath(returnTo);
    if (path === undefined) {
      await reply.code(400).send({
        statusCode: 400,
        code: 'BAD_USER_INPUT',
        field: 'returnTo',
        message: 'returnTo must be a path of this site, such as /assets.',
      });
      return;
    }
    let started: Awaited<ReturnType<SsoService['start']>>;
    try {
      started = await this.sso.start(path);
    } catch (error) {
      await this.refuse(reply, error);
      return;
    }
    await reply
      .setCookie(FLOW_COOKIE, sealFlow(started.flow, this.config.jwtSecret), {
        path: FLOW_COOKIE_PATH,
        httpOnly: true,
        // The provider sends the browser back with a top-level GET, which carries a Lax cookie.
        sameSite: 'lax',
        secure: req.protocol === 'https',
        maxAge: FLOW_TTL_SECONDS,
      })
      .header('cache-control', 'no-store')
      .code(303)
      .header('location', started.url)
      .send();
  }

  @Get('callback')
  @Public()
  async callback(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    if (!this.config.oidc) throw new NotFoundException('Not found');
    // The flow is used once: its cookie goes whatever the outcome.
    void reply.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH, httpOnly: true, sameSite: 'lax' });
    try {
      // Each callback may redeem a code at the provider: it counts as a login attempt of this address.
      await this.rateLimits.beforeSsoCallback(req.ip);
    } catch {
      await this.refuse(reply, new SsoRefused('busy', `Too many sign-in attempts from ${req.ip}`));
      return;
    }
    const flow = openFlow(req.cookies?.[FLOW_COOKIE], this.config.jwtSecret);
    if (!flow) {
      await this.refuse(reply, new SsoRefused('failed', 'No sign-in in progress, or it expired'));
      return;
    }
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    try {
      const { token } = await this.sso.finish(query, flow);
      startWebSession(req, reply, token, this.config.tokenTtlSeconds, this.config.jwtSecret);
      await reply.header('cache-control', 'no-store').code(303).header('location', flow.returnTo).send();
    } catch (error) {
      await this.refuse(reply, error);
    }
  }

  private async refuse(reply: FastifyReply, error: unknown): Promise<void> {
    const reason = error instanceof SsoRefused ? error.reason : 'failed';
    if (error instanceof SsoRefused) this.logger.warn(`Single sign-on refused (${reason}): ${error.message}`);
    else this.logger.error(`Single sign-on failed: ${String(error)}`);
    await reply.header('cache-control', 'no-store').code(303).header('location', `/login?sso=${reason}`).send();
  }
}
