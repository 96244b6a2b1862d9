import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isbot } from 'isbot';
import { UAParser } from 'ua-parser-js';

/** 32 random bytes, base64url: 43 characters, 256 bits. */
export const newShareToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are never stored: only this hash is. */
export const hashShareToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The longest token looked up; anything longer is answered as unknown without a lookup. */
export const MAX_TOKEN_LENGTH = 128;

/** The keyed hash of a client address: equal addresses compare equal, but the address cannot be read back. */
export const addressHash = (secret: string, address: string): string =>
  createHmac('sha256', secret).update(`share-address:${address}`).digest('hex');

/** What a gate cookie holds: the email a buyer gave, bound to one link by an HMAC with the app secret. */
export function gateCookieValue(secret: string, linkId: string, email: string): string {
  const mac = createHmac('sha256', secret).update(`share-gate:${linkId}:${email}`).digest('base64url');
  return `${Buffer.from(email).toString('base64url')}.${mac}`;
}

/** The email of a gate cookie made for this link, or null. */
export function gateCookieEmail(secret: string, linkId: string, value: string | undefined): string | null {
  if (!value || value.length > 800) return null;
  const [encoded, mac] = value.split('.');
  if (!encoded || !mac) return null;
  const email = Buffer.from(encoded, 'base64url').toString();
  const expected = Buffer.from(gateCookieValue(secret, linkId, email).split('.')[1]);
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? email : null;
}

type Headers = Record<string, string | string[] | undefined>;
const header = (headers: Headers, name: string): string => {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(',') : value) ?? '';
};

/**
 * Whether a request is not a person reading: a crawler, a chat or mail link preview, a mail-security scanner (isbot
 * knows their user agents), or a prefetch the browser makes on its own.
 */
export function isAutomated(method: string, headers: Headers): boolean {
  if (method === 'HEAD') return true;
  const purpose = `${header(headers, 'sec-purpose')} ${header(headers, 'purpose')} ${header(headers, 'x-purpose')}`;
  if (/prefetch|preview|prerender/i.test(purpose)) return true;
  if (/prefetch/i.test(header(headers, 'x-moz'))) return true;
  const agent = header(headers, 'user-agent');
  return !agent || isbot(agent);
}

export type DeviceClass = 'phone' | 'tablet' | 'desktop';

export function deviceClass(userAgent: string | undefined): DeviceClass {
  const type = new UAParser(userAgent ?? '').getDevice().type;
  if (type === 'mobile') return 'phone';
  if (type === 'tablet') return 'tablet';
  return 'desktop';
}
