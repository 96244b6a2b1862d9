import { Transform } from 'node:stream';
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
 * Reads a JSON text chunk by chunk and says when it nests arrays and objects deeper than `max` (every structural
 * character is ASCII, so UTF-8 needs no decoding, and a chunk may end anywhere, even inside an escape).
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly max: number) {}

  /** Whether the text so far nests deeper than the limit; stops at the first byte past it. */
  tooDeep(chunk: Buffer): boolean {
    for (const byte of chunk) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) {
        this.inString = true;
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (++this.depth > this.max) return true;
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        this.depth--;
      }
    }
    return false;
  }
}

/** Whether a whole JSON text nests arrays and objects deeper than `max`. */
export function nestsDeeperThan(body: Buffer, max: number): boolean {
  return new JsonDepthScanner(max).tooDeep(body);
}

const tooDeep = () =>
  new AppError('BAD_USER_INPUT', `JSON nested more than ${MAX_JSON_DEPTH} levels deep is not accepted.`, {
    maxDepth: MAX_JSON_DEPTH,
  });

/**
 * Every JSON route (GraphQL, the CRM webhook) reads its body through a depth scanner as it arrives: a body nested
 * deeper than MAX_JSON_DEPTH is refused with 400 at the chunk where it passes the limit, before the rest is read and
 * long before JSON.parse, so a deep body costs less than a flat one of the same size and never reaches code that
 * walks it recursively. The rest is Fastify's own parser (prototype poisoning refused). Must be called before the
 * app is initialised.
 */
export function parseJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preParsing', (req, _reply, payload, done) => {
    if (!/\bjson\b/i.test(req.headers['content-type'] ?? '')) {
      done(null, payload);
      return;
    }
    const scanner = new JsonDepthScanner(MAX_JSON_DEPTH);
    const scanned = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        if (scanner.tooDeep(chunk)) next(tooDeep());
        else next(null, chunk);
      },
    });
    payload.on('error', (error) => scanned.destroy(error));
    done(null, payload.pipe(scanned));
  });
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (req, body, done) => {
    void parse(req, body.toString('utf8'), done);
  });
}
