import { Module } from '@nestjs/common';
import { SsoController } from './sso.controller.js';
import { SsoRepository } from './sso.repository.js';
import { SsoResolver } from './sso.resolver.js';
import { SsoService } from './sso.service.js';

/** Single sign-on with an OpenID Connect provider: just-in-time accounts, identities linked by subject. */
@Module({
  controllers: [SsoController],
  providers: [SsoService, SsoRepository, SsoResolver],
})
export class SsoModule {}
