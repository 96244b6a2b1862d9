import { createHmac, timingSafeEqual } from 'node:crypto';

/** The cookie that carries a sign-in in progress from /auth/oidc/login to the callback, signed and short-lived. */
export const FLOW_COOKIE = 'byline_oidc';
export const FLOW_COOKIE_PATH = '/auth/oidc';
export const FLOW_TTL_SECONDS = 600;

/** What the callback checks the provider's answer against: state, nonce, the PKCE verifier, and where to go after. */
export interface SsoFlow {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  /** Epoch milliseconds after which the flow is refused. */
  expiresAt: number;
}

const keyOf = (secret: string) => createHmac('sha256', secret).update('byline:oidc-flow').digest();
const mac = (payload: string, secret: string) =>
  createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');

export function sealFlow(flow: SsoFlow, secret: string): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** The flow of a cookie this server signed and that has not expired; undefined otherwise. */
export function openFlow(cookie: string | undefined, secret: string, now = Date.now()): SsoFlow | undefined {
  if (!cookie || cookie.length > 4096) return undefined;
  const [payload, signature, extra] = cookie.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SsoFlow>;
    const strings = [flow.state, flow.nonce, flow.verifier, flow.returnTo];
    if (strings.some((s) => typeof s !== 'string') || typeof flow.expiresAt !== 'number') return undefined;
    if (flow.expiresAt < now) return undefined;
    return flow as SsoFlow;
  } catch {
    return undefined;
  }
}

/**
 * Where the browser may be sent after signing in: a path of this site only. Anything that a browser could read as
 * another origin (`//host`, `/\host`, a scheme, control characters) is refused; undefined then.
 */
export function safeReturnPath(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return '/';
  if (typeof raw !== 'string' || raw.length > 2000) return undefined;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return undefined;
  const base = 'http://byline.invalid';
  let parsed: URL;
  try {
    parsed = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (parsed.origin !== base) return undefined;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
