import { Inject, Injectable } from '@nestjs/common';
import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import type { ViewerScope } from './viewer.js';

const ISSUER = 'byline';

/** Whom a valid session token names, and the scope it was narrowed to, if any. */
export interface TokenClaims {
  userId: string;
  scope?: ViewerScope;
}

@Injectable()
export class TokenService {
  /** Imported once: importing the secret for every token costs more than checking the token. */
  private readonly key: Promise<webcrypto.CryptoKey>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(config.jwtSecret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  async issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.config.tokenTtlSeconds}s`)
      .sign(await this.key);
  }

  /** A session of the CRM deal panel: it may call only the panel's operations (see embed-scope.ts). */
  async issueEmbed(userId: string, dealId: string, ttlSeconds: number): Promise<string> {
    return new SignJWT({ scope: 'embed', deal: dealId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(await this.key);
  }

  /** The claims of a valid token, or null for a forged, expired or malformed one, or one of an unknown scope. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string') return null;
      if (payload.scope === undefined) return { userId: payload.sub };
      if (payload.scope === 'embed' && typeof payload.deal === 'string') {
        return { userId: payload.sub, scope: { kind: 'embed', dealId: payload.deal } };
      }
      return null;
    } catch {
      return null;
    }
  }
}
