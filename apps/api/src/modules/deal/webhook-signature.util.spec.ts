import { describe, expect, it } from '@jest/globals';
import { WEBHOOK_TOLERANCE_SECONDS, checkWebhookSignature, signWebhook } from './webhook-signature.util.js';

const secret = 'a-webhook-secret-for-tests';
const body = Buffer.from('{"externalId":"X1","stage":"Won"}');
const now = 1_800_000_000;

describe('checkWebhookSignature', () => {
  it('accepts the signature of the exact body and timestamp', () => {
    expect(checkWebhookSignature(secret, String(now), signWebhook(secret, now, body), body, now)).toBe('ok');
  });

  it('refuses another body, another timestamp, another secret or a truncated signature', () => {
    const good = signWebhook(secret, now, body);
    expect(checkWebhookSignature(secret, String(now), good, Buffer.from(`${body.toString()} `), now)).toBe('mismatch');
    expect(checkWebhookSignature(secret, String(now + 1), good, body, now)).toBe('mismatch');
    expect(
      checkWebhookSignature(secret, String(now), signWebhook('another-secret-entirely', now, body), body, now),
    ).toBe('mismatch');
    expect(checkWebhookSignature(secret, String(now), good.slice(0, -2), body, now)).toBe('mismatch');
  });

  it(`refuses timestamps more than ${WEBHOOK_TOLERANCE_SECONDS} s away, either way, and missing headers`, () => {
    for (const at of [now - WEBHOOK_TOLERANCE_SECONDS, now + WEBHOOK_TOLERANCE_SECONDS]) {
      expect(checkWebhookSignature(secret, String(at), signWebhook(secret, at, body), body, now)).toBe('ok');
    }
    for (const at of [now - WEBHOOK_TOLERANCE_SECONDS - 1, now + WEBHOOK_TOLERANCE_SECONDS + 1]) {
      expect(checkWebhookSignature(secret, String(at), signWebhook(secret, at, body), body, now)).toBe('stale');
    }
    expect(checkWebhookSignature(secret, '1.5e9', signWebhook(secret, '1.5e9', body), body, now)).toBe('stale');
    expect(checkWebhookSignature(secret, undefined, signWebhook(secret, now, body), body, now)).toBe('missing');
    expect(checkWebhookSignature(secret, String(now), undefined, body, now)).toBe('missing');
  });
});
