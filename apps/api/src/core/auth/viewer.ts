import type { Role } from '../../modules/user/user.entity.js';

/** The authenticated caller, as the guard established it for this request. */
export interface Viewer {
  id: string;
  role: Role;
  teamId: string | null;
  /** Set when the session was narrowed to one use (the CRM deal panel); absent for a full session. */
  scope?: ViewerScope;
}

/** A narrowed session: the CRM deal panel of one deal. */
export interface ViewerScope {
  kind: 'embed';
  dealId: string;
}
