import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/permissions.decorator.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AuthService } from './auth.service.js';
import { AuthPayload } from './dto/auth-payload.object.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: 'Exchanges an email and password for a bearer token.' })
  @Public()
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    return this.auth.login(email, password, ctx.req.ip);
  }
}
