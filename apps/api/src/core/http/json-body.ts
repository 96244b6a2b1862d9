import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { AppError } from '../graphql/errors.js';

/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Whether a JSON text nests arrays and objects deeper than `max`, read byte by byte (every structural character is
 * ASCII, so UTF-8 needs no decoding) and stopping at the first byte past the limit.
 */
export function nestsDeeperThan(body: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

/**
 * Every JSON route (GraphQL, the CRM webhook) parses its body here: a body nested deeper than MAX_JSON_DEPTH is
 * refused with 400 before JSON.parse sees it, so a deep body costs no more than a flat one of the same size and
 * never reaches code that walks it recursively. The rest is Fastify's own parser (prototype poisoning refused).
 * Must be called before the app is initialised.
 */
export function parseJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (req, body, done) => {
    if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
      done(
        new AppError('BAD_USER_INPUT', `JSON nested more than ${MAX_JSON_DEPTH} levels deep is not accepted.`, {
          maxDepth: MAX_JSON_DEPTH,
        }),
      );
      return;
    }
    void parse(req, body.toString('utf8'), done);
  });
}
