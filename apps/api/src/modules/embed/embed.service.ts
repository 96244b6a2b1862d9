import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenService } from '../../core/auth/token.service.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import type { ErrorCode } from '../../core/graphql/errors.js';
import { EmbedRepository } from './embed.repository.js';
import { verifyEmbedToken } from './embed-token.js';

export interface EmbedSession {
  sessionToken: string;
  dealId: string;
  expiresAt: string;
}

/** Every refusal is 401, in the shape of the API's other JSON errors. */
const unauthorized = (code: ErrorCode, message: string) =>
  new HttpException({ statusCode: HttpStatus.UNAUTHORIZED, code, message }, HttpStatus.UNAUTHORIZED);
const refused = () => unauthorized('UNAUTHENTICATED', 'The CRM panel token is not valid or has expired.');
// Unknown user or a deal the user may not see: one answer, so the token's signer learns neither.
const noSuchDeal = () => unauthorized('NOT_FOUND', 'No deal of that CRM id was found for this user.');

/** Exchanges a CRM-signed token, once, for a session of the deal panel. */
@Injectable()
export class EmbedService {
  private readonly logger = new Logger(EmbedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: EmbedRepository,
    private readonly tokens: TokenService,
  ) {}

  async exchange(token: unknown): Promise<EmbedSession> {
    const embed = this.config.embed!;
    if (typeof token !== 'string' || token.length > 4096) throw refused();
    const claims = await verifyEmbedToken(token, embed.secret);
    if (!claims) {
      this.logger.warn('Refused a CRM panel token: bad signature, audience, lifetime or claims');
      throw refused();
    }
    const target = await this.dataSource.transaction(async (em) => {
      const found = await this.repository.panelTarget(em, claims.email, claims.crmId);
      if (!found) return null;
      if (!(await this.repository.claimToken(em, claims.jtiHash, claims.rememberUntil))) {
        this.logger.warn('Refused a replayed CRM panel token');
        throw refused();
      }
      return found;
    });
    if (!target) throw noSuchDeal();
    const expiresAt = new Date(Date.now() + embed.sessionTtlSeconds * 1000);
    return {
      sessionToken: await this.tokens.issueEmbed(target.userId, target.dealId, embed.sessionTtlSeconds),
      dealId: target.dealId,
      expiresAt: expiresAt.toISOString(),
    };
  }
}
