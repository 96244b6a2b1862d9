import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '../auth/viewer.js';
import { RequestLoaders } from './loaders.js';

export interface RequestWithViewer extends FastifyRequest {
  viewer?: Viewer;
}

export interface GqlContext {
  req: RequestWithViewer;
  reply?: FastifyReply;
  loaders: RequestLoaders;
}

// Apollo's Fastify integration calls the context function with the request and the reply.
export function buildContext(req: RequestWithViewer, reply?: FastifyReply): GqlContext {
  return { req, reply, loaders: new RequestLoaders() };
}
