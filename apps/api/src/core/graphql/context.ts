import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '../auth/viewer.js';
import { sessionCookieOf } from '../auth/web-session.js';
import { RequestLoaders } from './loaders.js';

export interface RequestWithViewer extends FastifyRequest {
  viewer?: Viewer;
}

export interface GqlContext {
  req: RequestWithViewer;
  reply?: FastifyReply;
  loaders: RequestLoaders;
}

/** What graphql-ws hands the context function for an operation on a websocket. */
interface SocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: { request?: IncomingMessage };
}

/**
 * Every operation's context: its request (for the guard) and fresh DataLoaders. Apollo's Fastify integration calls
 * this with the request and reply; subscriptions over graphql-ws with the socket's context, whose connection
 * parameters carry the same `authorization` value an HTTP client sends as a header, or else whose upgrade request
 * carried the web session's cookie (the upgrade's origin was checked when the socket connected).
 */
export function buildContext(source: RequestWithViewer | SocketContext, reply?: FastifyReply): GqlContext {
  if ('connectionParams' in source || 'extra' in source) {
    const socket = source;
    const param = socket.connectionParams?.authorization ?? socket.connectionParams?.Authorization;
    const cookie = sessionCookieOf(socket.extra?.request);
    const authorization = typeof param === 'string' ? param : cookie ? `Bearer ${cookie}` : undefined;
    const req = {
      headers: { authorization },
      ip: socket.extra?.request?.socket.remoteAddress ?? '',
    } as unknown as RequestWithViewer;
    return { req, loaders: new RequestLoaders() };
  }
  return { req: source as RequestWithViewer, reply, loaders: new RequestLoaders() };
}
