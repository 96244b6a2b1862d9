import { Inject, Injectable } from '@nestjs/common';
import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';

const ISSUER = 'byline';

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

  /** The user id of a valid token, or null for a forged, expired or malformed one. */
  async verify(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
