import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/config.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** A caller's `x-request-id` when it is sane, else a new one; Fastify puts it on every request and log line. */
export function requestId(req: { headers: IncomingMessage['headers'] }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

const path = (req: IncomingMessage) => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';

/** A request's URL as logs keep it: a `token` in the query (the CRM panel's signed token) shows as `token=***`. */
export function loggedUrl(url: string | undefined): string | undefined {
  return url?.replace(/([?&]token=)[^&#]*/g, '$1***');
}

/** Structured JSON logs: one line per request (health probes aside) carrying the request id. */
export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: { req: (req: { url?: string }) => ({ ...req, url: loggedUrl(req.url) }) },
      autoLogging: { ignore: (req: IncomingMessage) => path(req).startsWith('/health') },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    },
  };
}
