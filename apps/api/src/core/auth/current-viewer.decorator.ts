import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext, RequestWithViewer } from '../graphql/context.js';
import { unauthenticated } from '../graphql/errors.js';
import type { Viewer } from './viewer.js';

/** The authenticated caller, in GraphQL resolvers and HTTP handlers alike. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<GqlContext>().req
      : context.switchToHttp().getRequest<RequestWithViewer>();
  if (!req.viewer) throw unauthenticated();
  return req.viewer;
});
