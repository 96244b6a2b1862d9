import type { Role, UserStatus } from '../../generated/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  MEMBER: 'Member',
  MANAGER: 'Manager',
  ENABLEMENT: 'Enablement',
  ADMIN: 'Admin',
};

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  DEPARTED: 'Departed',
};

export const USER_STATUS_COLORS: Record<UserStatus, string> = {
  ACTIVE: 'teal',
  SUSPENDED: 'orange',
  DEPARTED: 'gray',
};

const ROLES: readonly Role[] = ['MEMBER', 'MANAGER', 'ENABLEMENT', 'ADMIN'];
const USER_STATUSES: readonly UserStatus[] = ['ACTIVE', 'SUSPENDED', 'DEPARTED'];

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
export const USER_STATUS_OPTIONS = USER_STATUSES.map((status) => ({
  value: status,
  label: USER_STATUS_LABELS[status],
}));

export function isUserStatus(value: string | null): value is UserStatus {
  return value !== null && (USER_STATUSES as readonly string[]).includes(value);
}

export function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}
