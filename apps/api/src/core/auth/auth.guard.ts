import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { UserStatus } from '../../modules/user/user.entity.js';
import type { Role } from '../../modules/user/user.entity.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import type { GqlContext, RequestWithViewer } from '../graphql/context.js';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import { PERMISSION_KEY } from './permissions.decorator.js';
import type { Permission } from './permissions.decorator.js';
import { TokenService } from './token.service.js';
import type { Viewer } from './viewer.js';
import { sessionCredential } from './web-session.js';

const viewerLookups = new WeakMap<object, Promise<Viewer | null>>();

/** Deny by default: an operation runs only if it declares who may call it and the caller is one of them. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    if (permission.kind === 'public') {
      return true;
    }
    const viewer = await this.viewer(req);
    if (!viewer) throw unauthenticated();
    if (permission.kind === 'roles' && !permission.roles.includes(viewer.role)) {
      throw forbidden(`This needs the ${permission.roles.join(' or ')} role.`);
    }
    return true;
  }

  private request(context: ExecutionContext): RequestWithViewer {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<GqlContext>().req;
    }
    return context.switchToHttp().getRequest<RequestWithViewer>();
  }

  // One lookup per request however many operations it carries; suspended and departed users are refused even
  // with a token that has not expired yet.
  private viewer(req: RequestWithViewer): Promise<Viewer | null> {
    let lookup = viewerLookups.get(req);
    if (!lookup) {
      lookup = this.lookup(req).then((viewer) => {
        if (viewer) req.viewer = viewer;
        return viewer;
      });
      viewerLookups.set(req, lookup);
    }
    return lookup;
  }

  private async lookup(req: RequestWithViewer): Promise<Viewer | null> {
    const credential = sessionCredential(req, this.config.jwtSecret);
    if (credential.kind === 'unproven-cookie') {
      throw forbidden("This request needs the session's CSRF token in the x-csrf-token header.");
    }
    if (credential.kind === 'none') return null;
    const userId = await this.tokens.verify(credential.token);
    if (!userId) return null;
    const rows: { id: string; role: Role; status: UserStatus; team_id: string | null }[] = await this.dataSource.query(
      'SELECT id, role, status, team_id FROM users WHERE id = $1',
      [userId],
    );
    const user = rows[0];
    if (!user || user.status !== UserStatus.ACTIVE) return null;
    return { id: user.id, role: user.role, teamId: user.team_id };
  }
}
