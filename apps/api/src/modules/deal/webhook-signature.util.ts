import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a delivery's timestamp may be from the server's clock, either way. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The `x-byline-signature` value for a body sent at `timestamp` (unix seconds): HMAC-SHA256 of "<timestamp>.<body>". */
export function signWebhook(secret: string, timestamp: string | number, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

export type SignatureCheck = 'ok' | 'missing' | 'stale' | 'mismatch';

/**
 * Checks a delivery's signature in constant time. A stale or future timestamp is refused even with a good
 * signature, so a captured delivery cannot be replayed later.
 */
export function checkWebhookSignature(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  rawBody: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  if (!timestamp || !signature) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) {
    return 'stale';
  }
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody));
  const given = Buffer.from(signature.trim());
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'mismatch';
}
