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
  return manager.create(Message, {
    id: randomUUID(),
    conversationId: conversation.id,
    channel: conversation.channel,
    direction: 'note',
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
