import { IsNull, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { User } from '../users/user.entity';
import { assertCanSee, mayHold } from './conversation-access';
import { Conversation } from './conversation.entity';

type Claimant = Pick<User, 'id' | 'role' | 'departmentId'>;

/**
 * Makes `user` the holder of the conversation, atomically across server processes: one conditional UPDATE, so of
 * two agents claiming at once exactly one wins; the other gets 409 CLAIMED naming the holder. Holding it already is
 * fine. Resolves with the conversation as stored after the claim.
 */
export async function takeHold(
  manager: EntityManager,
  id: string,
  user: Claimant,
  now: Date,
  holderName: (userId: string) => Promise<string>,
): Promise<Conversation> {
  const result = await manager.update(
    Conversation,
    {
      id,
      assigneeId: IsNull(),
      resolvedAt: IsNull(),
      departmentId: user.role === 'backoffice' && user.departmentId ? user.departmentId : IsNull(),
    },
    { assigneeId: user.id, claimedAt: now },
  );
  const conversation = await manager.findOneBy(Conversation, { id });
  assertCanSee(user, conversation);
  if (result.affected || conversation.assigneeId === user.id) return conversation;
  if (conversation.resolvedAt) {
    throw new DomainError('CONFLICT', 'This conversation is resolved: reopen it first');
  }
  if (!mayHold(user, conversation)) {
    throw new DomainError('CONFLICT', 'A back office has this conversation now');
  }
  const holder = conversation.assigneeId!;
  throw new DomainError('CLAIMED', `${await holderName(holder)} holds this conversation`, {
    holder: { id: holder, name: await holderName(holder) },
  });
}
