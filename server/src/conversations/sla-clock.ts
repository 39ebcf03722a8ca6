import { DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, queueSortKey, slaDeadline } from '@ingang/shared';
import type { Conversation } from './conversation.entity';

/**
 * Keeps a conversation's SLA deadline and queue position in step with its oldest unanswered question. The
 * calendar and policy are the defaults until administrators can edit them (issue 4).
 */
export function updateDeadline(conversation: Conversation): void {
  const deadlineAt = slaDeadline(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, conversation.waitingSince);
  // A new wait is a new promise: a breach belongs to the deadline it missed.
  if (deadlineAt?.getTime() !== conversation.deadlineAt?.getTime()) conversation.breachedAt = null;
  conversation.deadlineAt = deadlineAt;
  conversation.sortKey = queueSortKey(conversation.deadlineAt, conversation.lastMessageAt);
}
