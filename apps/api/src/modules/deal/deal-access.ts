import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';

/** Admins read the audit trail of a deal. */
export const mayReadDealAuditTrail = (viewer: Viewer): boolean => viewer.role === Role.ADMIN;

/** Who names a deal when sharing content with its buyer: the deal's owner, or an admin. */
export const mayShareInDeal = (viewer: Viewer, ownerId: string | null): boolean =>
  viewer.role === Role.ADMIN || (ownerId !== null && ownerId === viewer.id);
