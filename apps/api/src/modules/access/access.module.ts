import { Module } from '@nestjs/common';
import { TeamModule } from '../team/team.module.js';
import { UserViewerCanResolver } from './user-viewer-can.resolver.js';

/**
 * What the viewer may do, asked of a person (`User.viewerCan`): answered from the permissions the operations declare
 * and the rules the services enforce, so the web never restates them. It reads every capability's rules, so it sits
 * above them and nothing imports it.
 */
@Module({
  imports: [TeamModule],
  providers: [UserViewerCanResolver],
})
export class AccessModule {}
