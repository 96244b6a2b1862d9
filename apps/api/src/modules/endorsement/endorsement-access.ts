import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';

/** Enablement and admins mark assets VERIFIED. */
export const mayVerify = (viewer: Viewer): boolean => viewer.role === Role.ENABLEMENT || viewer.role === Role.ADMIN;

/** Nobody endorses an asset they author. */
export const mayEndorse = (authorsIt: boolean): boolean => !authorsIt;
