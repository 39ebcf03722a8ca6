import { IsNull, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { User } from '../users/user.entity';
import { assertCanSee, mayHold } from './conversation-access';
import { Conversation } from './conversation.entity';
import type { PeopleDirectory } from './people-directory';

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
  people: PeopleDirectory,
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
  throw await claimedBy(conversation.assigneeId!, people);
}

/** 409 CLAIMED, naming who holds the conversation (the client shows it). */
export async function claimedBy(holderId: string, people: PeopleDirectory): Promise<DomainError> {
  const name = await people.userName(holderId);
  return new DomainError('CLAIMED', `${name} holds this conversation`, { holder: { id: holderId, name } });
}
