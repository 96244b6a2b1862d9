import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../modules/user/user.entity.js';

export const PERMISSION_KEY = 'byline:permission';

/** Who may call an operation: nobody logged in needed, any active user, or the listed roles. */
export type Permission = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** No login needed (login itself, health). The only way past the global guard without a token. */
export const Public = () => SetMetadata(PERMISSION_KEY, { kind: 'public' } satisfies Permission);

/** Any active, logged-in user; finer rules (visibility, ownership) are the service's. */
export const Authenticated = () => SetMetadata(PERMISSION_KEY, { kind: 'authenticated' } satisfies Permission);

/** Only users with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(PERMISSION_KEY, { kind: 'roles', roles } satisfies Permission);

/** Whether a logged-in user of this role passes the permission: the one rule the guard and `viewerCan` fields apply. */
export function permits(permission: Permission | undefined, role: Role): boolean {
  if (!permission) return false;
  return permission.kind !== 'roles' || permission.roles.includes(role);
}
