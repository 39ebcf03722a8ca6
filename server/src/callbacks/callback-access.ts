import { KCC_CALLBACKS } from '@ingang/shared';
import { DomainError } from '../common/domain-error';
import { isWebcare } from '../conversations/conversation-access';
import type { User } from '../users/user.entity';

type Person = Pick<User, 'id' | 'role' | 'departmentId'>;

/** Which callbacks a list holds: every one, the KCC's own (no department), one department's, or none. */
export type CallbackScope =
  { kind: 'all' } | { kind: 'kcc' } | { kind: 'department'; departmentId: string } | { kind: 'none' };

/**
 * Webcare sees every callback and may narrow the list to the KCC or a department; a back-office user sees their own
 * department's only, and asking for another's is refused rather than quietly answered with theirs.
 */
export function callbackListScope(user: Person, requested: string | undefined): CallbackScope {
  if (isWebcare(user.role)) {
    if (requested === undefined) return { kind: 'all' };
    return requested === KCC_CALLBACKS ? { kind: 'kcc' } : { kind: 'department', departmentId: requested };
  }
  if (requested !== undefined && requested !== user.departmentId) {
    throw new DomainError('FORBIDDEN', "A back office sees its own department's callbacks only");
  }
  // A back-office user without a department (not set up yet) has nobody to call.
  return user.departmentId ? { kind: 'department', departmentId: user.departmentId } : { kind: 'none' };
}

export function canSeeCallback(user: Person, callback: { departmentId: string | null }): boolean {
  if (isWebcare(user.role)) return true;
  return !!user.departmentId && callback.departmentId === user.departmentId;
}

/** Webcare books for the KCC or any department; a back office books callbacks for itself only. */
export function assertMayBook(user: Person, departmentId: string | null): void {
  if (isWebcare(user.role)) return;
  if (!user.departmentId || departmentId !== user.departmentId) {
    throw new DomainError('FORBIDDEN', 'A back office books callbacks for its own department only');
  }
}
