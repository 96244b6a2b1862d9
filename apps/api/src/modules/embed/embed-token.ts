import { createHash } from 'node:crypto';
import { jwtVerify } from 'jose';

/** The audience a CRM server names in the tokens it signs for the deal panel. */
export const EMBED_AUDIENCE = 'byline-embed';
/** The longest a token may live (exp - iat). */
export const EMBED_TOKEN_MAX_SECONDS = 300;
/** Clock difference tolerated between the CRM's server and Byline. */
export const EMBED_CLOCK_TOLERANCE_SECONDS = 30;

/** What a valid embed token says: who, which deal, and until when it must be remembered to refuse a replay. */
export interface EmbedClaims {
  email: string;
  crmId: string;
  jtiHash: string;
  rememberUntil: Date;
}

/**
 * The claims of a CRM-signed embed token (JWS, HS256 only, with the embed secret), or null when anything is off:
 * signature, algorithm, audience, expiry, a lifetime over five minutes, an `iat` in the future, a missing claim.
 */
export async function verifyEmbedToken(token: string, secret: string, now = new Date()): Promise<EmbedClaims | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      audience: EMBED_AUDIENCE,
      clockTolerance: EMBED_CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
    });
    const { sub, exp, iat, jti, deal } = payload;
    if (typeof sub !== 'string' || typeof deal !== 'string' || typeof jti !== 'string') return null;
    if (!sub || !deal || !jti || jti.length > 200) return null;
    if (typeof exp !== 'number' || typeof iat !== 'number') return null;
    if (exp - iat > EMBED_TOKEN_MAX_SECONDS || exp < iat) return null;
    if (iat > now.getTime() / 1000 + EMBED_CLOCK_TOLERANCE_SECONDS) return null;
    return {
      email: sub.trim().toLowerCase(),
      crmId: deal,
      jtiHash: createHash('sha256').update(jti).digest('hex'),
      rememberUntil: new Date((exp + EMBED_CLOCK_TOLERANCE_SECONDS) * 1000),
    };
  } catch {
    return null;
  }
}
