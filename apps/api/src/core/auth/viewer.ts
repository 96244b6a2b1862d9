import type { Role } from '../../modules/user/user.entity.js';

/** The authenticated caller, as the guard established it for this request. */
export interface Viewer {
  id: string;
  role: Role;
  teamId: string | null;
}
