import type { SlaSettings } from '@ingang/shared';
import type { EntityManager } from 'typeorm';
import { Conversation } from './conversation.entity';
import { Message } from './message.entity';
import { updateQueueState } from './sla-clock';

// Waiting since the oldest question after the last answer that did not fail; true when that changed.
export async function recomputeWaiting(
  manager: EntityManager,
  conversation: Conversation,
  now: Date,
  settings: SlaSettings,
): Promise<boolean> {
  const lastAnswer = await manager
    .createQueryBuilder(Message, 'm')
    .select('MAX(m.sentAt)', 'at')
    .where(
      "m.conversationId = :id AND m.direction = 'outbound' AND (m.deliveryStatus IS NULL OR m.deliveryStatus <> 'failed')",
      {
        id: conversation.id,
      },
    )
    .getRawOne<{ at: string | number | null }>();
  const after = lastAnswer?.at == null ? -1 : Number(lastAnswer.at);
  const unanswered = await manager
    .createQueryBuilder(Message, 'm')
    .select('MIN(m.sentAt)', 'oldest')
    .addSelect('COUNT(*)', 'count')
    .where("m.conversationId = :id AND m.direction = 'inbound' AND m.sentAt > :after", { id: conversation.id, after })
    .andWhere('m.content NOT LIKE :reaction', { reaction: '{"kind":"reaction"%' })
    // Auto-replies and bounces are not questions (as in the inbound applier).
    .andWhere('m.automated IS NULL')
    .getRawOne<{ oldest: string | number | null; count: string | number }>();
  const waitingSince = unanswered?.oldest == null ? null : new Date(Number(unanswered.oldest));
  const unansweredCount = Number(unanswered?.count ?? 0);
  if (
    waitingSince?.getTime() === conversation.waitingSince?.getTime() &&
    unansweredCount === conversation.unansweredCount
  ) {
    return false;
  }
  conversation.waitingSince = waitingSince;
  conversation.unansweredCount = unansweredCount;
  conversation.updatedAt = now;
  updateQueueState(conversation, settings);
  await manager.save(conversation);
  return true;
}
