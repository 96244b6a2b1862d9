import { randomBytes } from 'node:crypto';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';

declare module 'fastify' {
  interface FastifyReply {
    /** This response's nonce for the `<style>` elements the web app adds at run time (Mantine's CSS variables). */
    styleNonce: string;
  }
}

type HelmetOptions = NonNullable<Parameters<FastifyReply['helmet']>[0]>;

/** A page made to sit in another site's frame, and the origins that may frame it. */
export interface FrameablePage {
  path: RegExp;
  ancestors: string[];
}

/**
 * Pages other sites may frame when nothing else is configured: none. The CRM deal panel's page is listed from the
 * configuration (`frameablePages` in bootstrap.ts); every other response forbids framing.
 */
export const FRAMEABLE_PAGES: FrameablePage[] = [];

/** The placeholder Vite writes into index.html's nonce attributes (see apps/web/vite.config.ts). */
export const STYLE_NONCE_PLACEHOLDER = 'BYLINE_STYLE_NONCE';

/** Who may frame the page at `url`: nobody, unless a frameable page lists them. */
export function frameAncestorsFor(url: string, frameable: FrameablePage[]): string[] {
  const path = url.split('?')[0];
  return frameable.find((page) => page.path.test(path))?.ancestors ?? [];
}

/**
 * The headers of every response. No inline script at all; styles from Byline's own files, plus the `<style>`
 * elements that carry this response's nonce (Mantine injects its CSS variables that way). Images only from Byline
 * itself and data: URLs, so a Markdown body cannot make the browser call a tracker.
 */
export function securityHeaders(styleNonce: string, frameAncestors: string[]): HelmetOptions {
  const framed = frameAncestors.length > 0;
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", `'nonce-${styleNonce}'`],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: framed ? frameAncestors : ["'none'"],
      },
    },
    // X-Frame-Options cannot name other origins: frameable pages rely on frame-ancestors alone.
    xFrameOptions: framed ? false : { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xContentTypeOptions: true,
  };
}

/** Security headers on every response: pages, files, API answers and error pages alike. */
export async function registerSecurityHeaders(
  fastify: FastifyInstance,
  frameable: FrameablePage[] = FRAMEABLE_PAGES,
): Promise<void> {
  await fastify.register(fastifyHelmet, { global: false });
  fastify.decorateReply('styleNonce', '');
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.styleNonce = randomBytes(16).toString('base64');
    reply.helmet(securityHeaders(reply.styleNonce, frameAncestorsFor(req.url, frameable)));
    done();
  });
}
