import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/permissions.decorator.js';
import { endWebSession, startWebSession } from '../../core/auth/web-session.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AuthService } from './auth.service.js';
import { AuthPayload } from './dto/auth-payload.object.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges an email and password for a bearer token (for API clients). A browser also gets the session as an ' +
      'HttpOnly cookie and its CSRF token as the readable `byline_csrf` cookie, to send back as `x-csrf-token`.',
  })
  @Public()
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    const payload = await this.auth.login(email, password, ctx.req.ip);
    if (ctx.reply) {
      startWebSession(ctx.req, ctx.reply, payload.token, this.config.tokenTtlSeconds, this.config.jwtSecret);
    }
    return payload;
  }

  @Mutation(() => Boolean, { description: "Ends the browser's session: its session and CSRF cookies expire." })
  @Public()
  logout(@Context() ctx: GqlContext): boolean {
    if (ctx.reply) endWebSession(ctx.req, ctx.reply);
    return true;
  }
}
