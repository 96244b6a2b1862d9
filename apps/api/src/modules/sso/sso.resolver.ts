import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/permissions.decorator.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { AuthConfig } from './dto/auth-config.object.js';

@Resolver()
export class SsoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => AuthConfig, { description: 'How people sign in here: password login, single sign-on, or both.' })
  @Public()
  authConfig(): AuthConfig {
    const { oidc } = this.config;
    return {
      passwordLogin: this.config.passwordLogin,
      oidc: { enabled: Boolean(oidc), label: oidc?.label ?? null, loginUrl: oidc ? '/auth/oidc/login' : null },
    };
  }
}
