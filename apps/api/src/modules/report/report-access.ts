import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';

/** Whether the viewer may read a team's report: its managers and admins. `managesTeam` is asked only for non-admins. */
export async function mayReadTeamReport(
  viewer: Viewer,
  managesTeam: () => Promise<boolean> | boolean,
): Promise<boolean> {
  return viewer.role === Role.ADMIN || (await managesTeam());
}
