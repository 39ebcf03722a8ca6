import { departmentRuleIssue, type Role, type UpdateUserRequest } from '@ingang/shared';
import { DomainError } from '../common/domain-error';

/** What the rules look at of a user. */
export interface UserState {
  name: string;
  role: Role;
  departmentId: string | null;
  maxConversations: number | null;
  disabled: boolean;
}

/** Why a change to a user is refused with 409 (`details.reason`). */
export type UserConflictReason = 'SELF_DISABLE' | 'SELF_DEMOTION' | 'LAST_ADMIN';

export interface UserUpdatePlan {
  next: UserState;
  /** The fields whose value changes, in a stable order. */
  changed: (keyof UserState)[];
}

const invalidDepartment = (message: string) =>
  new DomainError('VALIDATION_FAILED', 'The request is not valid', [{ path: 'departmentId', message }]);

export const userConflict = (reason: UserConflictReason, message: string) =>
  new DomainError('CONFLICT', message, { reason });

/**
 * The user after `changes`, or a DomainError: a back-office user needs an active department and nobody else has one
 * (leaving back office drops it); an administrator cannot disable or demote themselves. A department already held
 * stays allowed after it was deactivated, so the user's other fields can still be changed.
 */
export function planUserUpdate(
  current: UserState,
  changes: UpdateUserRequest,
  context: { self: boolean; activeDepartmentIds: ReadonlySet<string> },
): UserUpdatePlan {
  const role = changes.role ?? current.role;
  const departmentId =
    changes.departmentId !== undefined ? changes.departmentId : role === 'backoffice' ? current.departmentId : null;
  const issue = departmentRuleIssue(role, departmentId);
  if (issue) throw invalidDepartment(issue);
  const newDepartment = departmentId !== null && (departmentId !== current.departmentId || current.role !== role);
  if (newDepartment && !context.activeDepartmentIds.has(departmentId)) {
    throw invalidDepartment('the department does not exist or is not active');
  }
  if (context.self && changes.disabled === true && !current.disabled) {
    throw userConflict('SELF_DISABLE', 'You cannot disable your own account');
  }
  if (context.self && current.role === 'admin' && role !== 'admin') {
    throw userConflict('SELF_DEMOTION', 'You cannot take away your own administrator role');
  }
  const next: UserState = {
    name: changes.name ?? current.name,
    role,
    departmentId,
    maxConversations: changes.maxConversations !== undefined ? changes.maxConversations : current.maxConversations,
    disabled: changes.disabled ?? current.disabled,
  };
  const fields: (keyof UserState)[] = ['name', 'role', 'departmentId', 'maxConversations', 'disabled'];
  return { next, changed: fields.filter((field) => next[field] !== current[field]) };
}

const isActiveAdministrator = (user: Pick<UserState, 'role' | 'disabled'>) => user.role === 'admin' && !user.disabled;

/** Whether the change takes an active administrator away: allowed only while another active one remains. */
export function removesAdministrator(current: UserState, next: UserState): boolean {
  return isActiveAdministrator(current) && !isActiveAdministrator(next);
}

/**
 * The audit detail of a change of name, role, department or capacity; the names of departments, not their ids, so
 * the line reads by itself. Never a password.
 */
export function describeUserChange(
  current: UserState,
  next: UserState,
  departmentName: (id: string) => string,
): string | null {
  const department = (id: string | null) => (id === null ? 'none' : departmentName(id));
  const capacity = (limit: number | null) => (limit === null ? 'no limit' : String(limit));
  const parts: string[] = [];
  if (next.name !== current.name) parts.push(`name ${current.name} → ${next.name}`);
  if (next.role !== current.role) parts.push(`role ${current.role} → ${next.role}`);
  if (next.departmentId !== current.departmentId) {
    parts.push(`department ${department(current.departmentId)} → ${department(next.departmentId)}`);
  }
  if (next.maxConversations !== current.maxConversations) {
    parts.push(`capacity ${capacity(current.maxConversations)} → ${capacity(next.maxConversations)}`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}
