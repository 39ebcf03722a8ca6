import type { CallbackDto, PersonDto } from '@ingang/shared';
import type { CallbackAttempt } from './callback-attempt.entity';
import type { CallbackRequest } from './callback-request.entity';

/** The names a callback is shown with, looked up in batches beforehand. */
export interface CallbackNames {
  user(id: string): PersonDto;
  department(id: string): PersonDto;
  /** The citizen of the conversation now (a merge moves conversations to another contact). */
  contact(conversationId: string): { id: string; displayName: string };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A callback with its attempts, oldest first. */
export function toCallbackDto(
  callback: CallbackRequest,
  attempts: readonly CallbackAttempt[],
  names: CallbackNames,
): CallbackDto {
  return {
    id: callback.id,
    conversationId: callback.conversationId,
    contact: names.contact(callback.conversationId),
    phone: callback.phone,
    preferredMoment: callback.preferredMoment,
    note: callback.note,
    department: callback.departmentId ? names.department(callback.departmentId) : null,
    status: callback.status,
    outcome: callback.outcome,
    outcomeNote: callback.outcomeNote,
    deadlineAt: callback.deadlineAt.toISOString(),
    atRiskAt: callback.atRiskAt.toISOString(),
    createdBy: names.user(callback.createdBy),
    createdAt: callback.createdAt.toISOString(),
    completedAt: iso(callback.completedAt),
    completedBy: callback.completedBy ? names.user(callback.completedBy) : null,
    firstReachedAt: iso(callback.firstReachedAt),
    attempts: [...attempts]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((attempt) => ({
        at: attempt.at.toISOString(),
        by: names.user(attempt.attemptedBy),
        reached: attempt.reached,
        note: attempt.note,
      })),
  };
}
