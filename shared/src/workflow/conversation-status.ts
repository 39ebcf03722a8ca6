import type { ConversationStatus } from '../dto/conversation';

/** What a conversation's status follows from; stored fields, so the status can never disagree with them. */
export interface ConversationState {
  resolvedAt: Date | string | null;
  /** The back office that has it now. */
  departmentId: string | null;
  /** The oldest unanswered question; null when the citizen has had an answer. */
  waitingSince: Date | string | null;
  assigneeId: string | null;
}

/**
 * The status the inbox shows: resolved until the citizen writes again; escalated while a back office has it;
 * waiting (for the citizen) once answered; claimed while someone holds an unanswered question; otherwise open.
 */
export function conversationStatus(state: ConversationState): ConversationStatus {
  if (state.resolvedAt !== null) return 'resolved';
  if (state.departmentId !== null) return 'escalated';
  if (state.waitingSince === null) return 'waiting';
  if (state.assigneeId !== null) return 'claimed';
  return 'open';
}
