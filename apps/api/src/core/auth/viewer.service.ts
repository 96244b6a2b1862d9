import { Inject, Injectable } from '@nestjs/common';
import { UserStatus } from '../../modules/user/user.entity.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import type { RequestWithViewer } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';
import { TokenService } from './token.service.js';
import type { Viewer } from './viewer.js';
import { ViewerRepository } from './viewer.repository.js';
import { sessionCredential } from './web-session.js';

const viewerLookups = new WeakMap<object, Promise<Viewer | null>>();

/** Who is calling: the one answer per request that the guard and the body limits both use. */
@Injectable()
export class ViewerService {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: ViewerRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // One lookup per request however many operations it carries; suspended and departed users are refused even
  // with a token that has not expired yet.
  viewerOf(req: RequestWithViewer): Promise<Viewer | null> {
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
    const claims = await this.tokens.verify(credential.token);
    if (!claims) return null;
    const user = await this.users.user(claims.userId);
    if (!user || user.status !== UserStatus.ACTIVE) return null;
    const viewer: Viewer = { id: user.id, role: user.role, teamId: user.team_id };
    return claims.scope ? { ...viewer, scope: claims.scope } : viewer;
  }
}
