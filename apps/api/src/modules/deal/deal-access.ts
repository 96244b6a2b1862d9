import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';

/** Admins read the audit trail of a deal. */
export const mayReadDealAuditTrail = (viewer: Viewer): boolean => viewer.role === Role.ADMIN;
