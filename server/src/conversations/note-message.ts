import { CSAT_QUESTION_NL } from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Conversation } from './conversation.entity';
import { Message } from './message.entity';

/** An internal note on a conversation: never sent to the citizen, never an answer, never a question. */
export function noteMessage(
  manager: EntityManager,
  conversation: Pick<Conversation, 'id' | 'channel'>,
  authorId: string,
  text: string,
  now: Date,
): Message {
  return ownMessage(manager, conversation, 'note', authorId, text, now);
}

/** The satisfaction question after resolving: sent to the citizen, but no answer to anything. */
export function csatQuestionMessage(
  manager: EntityManager,
  conversation: Pick<Conversation, 'id' | 'channel'>,
  now: Date,
): Message {
  const message = ownMessage(manager, conversation, 'outbound', null, CSAT_QUESTION_NL, now);
  message.deliveryStatus = 'pending';
  message.deliveryUpdatedAt = now;
  return message;
}

function ownMessage(
  manager: EntityManager,
  conversation: Pick<Conversation, 'id' | 'channel'>,
  direction: 'note' | 'outbound',
  authorId: string | null,
  text: string,
  now: Date,
): Message {
  return manager.create(Message, {
    id: randomUUID(),
    conversationId: conversation.id,
    channel: conversation.channel,
    direction,
    content: { kind: 'text', text },
    preview: text.slice(0, 200),
    sentAt: now,
    createdAt: now,
    authorId,
    providerMessageId: null,
    replyToProviderId: null,
    deliveryStatus: null,
    deliveryUpdatedAt: null,
    failureCode: null,
    failureDetail: null,
    visibility: 'private',
    editedAt: null,
    removedAt: null,
    automated: null,
    answerWaitingSince: null,
    answerDeadlineAt: null,
    answerWorkingMs: null,
    answerWithinSla: null,
  });
}
