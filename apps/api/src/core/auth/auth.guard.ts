import { Injectable, Logger } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { readContext } from '../database/read-context.js';
import type { GqlContext, RequestWithViewer } from '../graphql/context.js';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import { scopeAllows } from './embed-scope.js';
import { PERMISSION_KEY, permits } from './permissions.decorator.js';
import type { Permission } from './permissions.decorator.js';
import { ViewerService } from './viewer.service.js';

/** Deny by default: an operation runs only if it declares who may call it and the caller is one of them. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permission) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no permission; refused`);
      throw forbidden();
    }
    const req = this.request(context);
    const operation = this.operation(context);
    // What the request reads after a write must come from the primary (core/database/read-database.ts).
    const reads = readContext.getStore();
    if (reads && operation?.name.startsWith('Mutation.')) reads.writing = true;
    if (permission.kind === 'public') {
      return true;
    }
    const viewer = await this.viewers.viewerOf(req);
    if (!viewer) throw unauthenticated();
    if (reads) reads.userId = viewer.id;
    if (permission.kind === 'roles' && !permits(permission, viewer.role)) {
      throw forbidden(`This needs the ${permission.roles.join(' or ')} role.`);
    }
    if (!scopeAllows(viewer, operation?.name ?? null, operation?.args)) {
      throw forbidden('The CRM panel session may not do that: open Byline itself.');
    }
    return true;
  }

  /** The root GraphQL operation being called (`Mutation.recordReuse`) and its arguments; null for an HTTP route. */
  private operation(context: ExecutionContext): { name: string; args: Record<string, unknown> } | null {
    if (context.getType<string>() !== 'graphql') return null;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    return { name: `${info.parentType.name}.${info.fieldName}`, args: gql.getArgs<Record<string, unknown>>() };
  }

  private request(context: ExecutionContext): RequestWithViewer {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<GqlContext>().req;
    }
    return context.switchToHttp().getRequest<RequestWithViewer>();
  }
}
