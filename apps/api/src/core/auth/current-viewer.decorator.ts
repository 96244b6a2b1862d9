import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { unauthenticated } from '../graphql/errors.js';
import type { Viewer } from './viewer.js';

export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GqlContext>().req.viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});
