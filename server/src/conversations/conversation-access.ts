import type { Role } from '@ingang/shared';
import { DomainError } from '../common/domain-error';
import type { User } from '../users/user.entity';
import type { Conversation } from './conversation.entity';

type Person = Pick<User, 'role' | 'departmentId'>;

/** Webcare works the inbox; a back-office user sees only what their own department has now. */
export function isWebcare(role: Role): boolean {
  return role === 'agent' || role === 'supervisor' || role === 'admin';
}

/** Supervisors and administrators may reassign, take over and release what others hold. */
export function isLead(role: Role): boolean {
  return role === 'supervisor' || role === 'admin';
}

export function canSee(user: Person, conversation: Pick<Conversation, 'departmentId'>): boolean {
  if (isWebcare(user.role)) return true;
  return user.role === 'backoffice' && !!user.departmentId && conversation.departmentId === user.departmentId;
}

/** Who may hold (and so answer) a conversation: webcare while webcare has it, the department's people while it has. */
export function mayHold(user: Person, conversation: Pick<Conversation, 'departmentId'>): boolean {
  if (conversation.departmentId === null) return isWebcare(user.role);
  return user.role === 'backoffice' && user.departmentId === conversation.departmentId;
}

/** Not found rather than forbidden: a back-office user does not learn which other conversations exist. */
export function assertCanSee(
  user: Person,
  conversation: Pick<Conversation, 'departmentId'> | null,
): asserts conversation {
  if (!conversation || !canSee(user, conversation)) throw new DomainError('NOT_FOUND', 'Conversation not found');
}
