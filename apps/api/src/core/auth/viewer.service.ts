import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserStatus } from '../../modules/user/user.entity.js';
import type { Role } from '../../modules/user/user.entity.js';
import type { RequestWithViewer } from '../graphql/context.js';
import { TokenService } from './token.service.js';
import type { Viewer } from './viewer.js';

const viewerLookups = new WeakMap<object, Promise<Viewer | null>>();

/** Who is calling: the one answer per request that the guard and the body limits both use. */
@Injectable()
export class ViewerService {
  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
  ) {}

  // One lookup per request however many operations it carries; suspended and departed users are refused even
  // with a token that has not expired yet.
  viewerOf(req: RequestWithViewer): Promise<Viewer | null> {
    let lookup = viewerLookups.get(req);
    if (!lookup) {
      lookup = this.lookup(req.headers.authorization).then((viewer) => {
        if (viewer) req.viewer = viewer;
        return viewer;
      });
      viewerLookups.set(req, lookup);
    }
    return lookup;
  }

  private async lookup(header: string | undefined): Promise<Viewer | null> {
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header ?? '');
    if (!match) return null;
    const userId = await this.tokens.verify(match[1]);
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
