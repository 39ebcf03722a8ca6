import {
  atRiskFrom,
  conversationStatus,
  queueSortKey,
  slaDeadline,
  workingMsBetween,
  type SlaSettings,
} from '@ingang/shared';
import type { Conversation } from './conversation.entity';
import type { Message } from './message.entity';

/**
 * Keeps what follows from a conversation's stored facts in step with them: its status, and its SLA deadline,
 * at-risk moment and queue position from its oldest unanswered question (by its channel's policy and the working
 * calendar). Call it after every change. True when the deadline moved.
 */
export function updateQueueState(conversation: Conversation, settings: SlaSettings): boolean {
  conversation.status = conversationStatus(conversation);
  const policy = settings.channels[conversation.channel];
  const deadlineAt = slaDeadline(settings.calendar, policy, conversation.waitingSince);
  const atRiskAt = deadlineAt ? atRiskFrom(settings.calendar, policy, deadlineAt) : null;
  const moved =
    deadlineAt?.getTime() !== conversation.deadlineAt?.getTime() ||
    atRiskAt?.getTime() !== conversation.atRiskAt?.getTime();
  // A new wait is a new promise: a breach belongs to the deadline it missed.
  if (deadlineAt?.getTime() !== conversation.deadlineAt?.getTime()) conversation.breachedAt = null;
  conversation.deadlineAt = deadlineAt;
  conversation.atRiskAt = atRiskAt;
  conversation.sortKey = queueSortKey(conversation.deadlineAt, conversation.lastMessageAt);
  return moved;
}

export type AnswerRecord = Pick<
  Message,
  'answerWaitingSince' | 'answerDeadlineAt' | 'answerWorkingMs' | 'answerWithinSla'
>;

export const NOT_AN_ANSWER: AnswerRecord = Object.freeze({
  answerWaitingSince: null,
  answerDeadlineAt: null,
  answerWorkingMs: null,
  answerWithinSla: null,
});

/**
 * What an answer sent at `answeredAt` did for the citizen waiting on this conversation: whether it met the deadline
 * and how many working hours the wait took. Not an answer when nobody was waiting (or it predates the question).
 */
export function answerRecord(conversation: Conversation, answeredAt: Date, settings: SlaSettings): AnswerRecord {
  const { waitingSince, deadlineAt } = conversation;
  if (!waitingSince || !deadlineAt || answeredAt < waitingSince) return NOT_AN_ANSWER;
  return {
    answerWaitingSince: waitingSince,
    answerDeadlineAt: deadlineAt,
    answerWorkingMs: workingMsBetween(settings.calendar, waitingSince, answeredAt),
    answerWithinSla: answeredAt.getTime() <= deadlineAt.getTime(),
  };
}
