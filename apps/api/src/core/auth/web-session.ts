import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { fastifyCookie } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// The web app's session: the token in a cookie scripts cannot read, beside a readable CSRF token that the app echoes
// in a header. A cross-site page can make the browser send the cookie but can neither read nor compute the token.
export const SESSION_COOKIE = 'byline_session';
export const CSRF_COOKIE = 'byline_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function registerCookies(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyCookie);
}

/** The CSRF token of a session: bound to that session token and to the server's secret (a signed double submit). */
export function csrfTokenFor(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

function csrfMatches(sessionToken: string, presented: unknown, secret: string): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken, secret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type SessionCredential =
  | { kind: 'none' }
  | { kind: 'token'; token: string }
  /** A session cookie on a state-changing request without the session's CSRF token. */
  | { kind: 'unproven-cookie' };

/**
 * What a request authenticates with. A bearer token (API clients) needs no CSRF proof: browsers never add one by
 * themselves. The session cookie counts on reads, and on anything else only with the session's CSRF token.
 */
export function sessionCredential(req: FastifyRequest, secret: string): SessionCredential {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const bearer = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization);
    return bearer ? { kind: 'token', token: bearer[1] } : { kind: 'none' };
  }
  const session = req.cookies?.[SESSION_COOKIE];
  if (!session) return { kind: 'none' };
  if (SAFE_METHODS.has(req.method) || csrfMatches(session, req.headers[CSRF_HEADER], secret)) {
    return { kind: 'token', token: session };
  }
  return { kind: 'unproven-cookie' };
}

/** The session token a websocket upgrade carries in its cookie, if any. */
export function sessionCookieOf(request: IncomingMessage | undefined): string | undefined {
  const header = request?.headers.cookie;
  return header ? fastifyCookie.parse(header)[SESSION_COOKIE] : undefined;
}

/**
 * A websocket upgrade from a page of another origin is refused: the browser would send the session cookie along
 * (cross-site WebSocket hijacking). Clients that send no Origin (API clients, with a bearer token) are not browsers.
 */
export function upgradeFromOwnOrigin(request: IncomingMessage | undefined): boolean {
  const origin = request?.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request?.headers.host;
  } catch {
    return false;
  }
}

function cookieOptions(req: FastifyRequest, maxAgeSeconds: number, httpOnly: boolean) {
  return { path: '/', sameSite: 'lax' as const, secure: req.protocol === 'https', httpOnly, maxAge: maxAgeSeconds };
}

/** Signs the browser in: the session cookie (HttpOnly) and its CSRF token (readable by the app), for as long. */
export function startWebSession(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  ttlSeconds: number,
  secret: string,
): void {
  void reply
    .setCookie(SESSION_COOKIE, token, cookieOptions(req, ttlSeconds, true))
    .setCookie(CSRF_COOKIE, csrfTokenFor(token, secret), cookieOptions(req, ttlSeconds, false));
}

/** Signs the browser out: both cookies expire now. */
export function endWebSession(req: FastifyRequest, reply: FastifyReply): void {
  void reply
    .clearCookie(SESSION_COOKIE, cookieOptions(req, 0, true))
    .clearCookie(CSRF_COOKIE, cookieOptions(req, 0, false));
}
