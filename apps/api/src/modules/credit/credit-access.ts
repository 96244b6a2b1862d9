import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';

/**
 * Whether the viewer may read a person's credit (statement, history, person report): their own, a manager of the
 * person's team, an admin anyone's. `managesTheirTeam` is asked only when the answer depends on it.
 */
export async function mayReadCredit(
  viewer: Viewer,
  userId: string,
  managesTheirTeam: () => Promise<boolean> | boolean,
): Promise<boolean> {
  return viewer.id === userId || viewer.role === Role.ADMIN || (await managesTheirTeam());
}
