import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordService } from '../../core/auth/password.service.js';
import { TokenService } from '../../core/auth/token.service.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { forbidden, unauthenticated } from '../../core/graphql/errors.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { toUserObject } from '../user/dto/user.object.js';
import { UserEntity, UserStatus } from '../user/user.entity.js';
import { normaliseEmail } from '../user/user.service.js';
import type { AuthPayload } from './dto/auth-payload.object.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One answer for every failure (unknown email, wrong password, inactive account) and the same argon2 work in
   * each case, so neither the message nor the timing tells whether an account exists.
   */
  async login(emailInput: string, password: string, ip: string): Promise<AuthPayload> {
    if (!this.config.passwordLogin) {
      throw forbidden('Password login is turned off here: sign in with single sign-on.', {
        reason: 'PASSWORD_LOGIN_DISABLED',
      });
    }
    const email = normaliseEmail(emailInput).slice(0, 254);
    await this.rateLimits.beforeLogin(ip, email);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || user.status !== UserStatus.ACTIVE) {
      await this.rateLimits.loginFailed(ip, email);
      throw unauthenticated('The email or password is not right, or the account is not active.');
    }
    await this.rateLimits.loginSucceeded(ip, email);
    return { token: await this.tokens.issue(user.id), user: toUserObject(user, true) };
  }
}
