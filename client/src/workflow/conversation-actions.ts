import type { ConversationSummaryDto, PersonDto, Role, UserDto } from '@ingang/shared';

export type Actor = Pick<UserDto, 'id' | 'role' | 'departmentId'>;

/** Why someone cannot answer the citizen right now (they can always add an internal note). */
export type ReplyBlock =
  { reason: 'held'; holder: PersonDto } | { reason: 'escalated'; department: PersonDto } | { reason: 'resolved' };

export interface ConversationActions {
  claim: boolean;
  release: boolean;
  /** Hand it to a colleague (or, for a supervisor, reassign it). */
  handOver: boolean;
  /** A supervisor takes over what a colleague holds. */
  takeOver: boolean;
  escalate: boolean;
  resolve: boolean;
  reopen: boolean;
  /** null: this user may answer (replying claims a conversation nobody holds). */
  replyBlock: ReplyBlock | null;
}

/** Webcare works the inbox; the back office only what its own department has. */
export function isWebcare(role: Role): boolean {
  return role === 'agent' || role === 'supervisor' || role === 'admin';
}

/** Supervisors and administrators may reassign, take over and release what others hold. */
export function isLead(role: Role): boolean {
  return role === 'supervisor' || role === 'admin';
}

/** Who may hold (and so answer) it: webcare while webcare has it, the department's people while a back office has. */
export function mayHold(user: Pick<UserDto, 'role' | 'departmentId'>, conversation: ConversationSummaryDto): boolean {
  if (conversation.department === null) return isWebcare(user.role);
  return user.role === 'backoffice' && user.departmentId === conversation.department.id;
}

/**
 * What `user` may do with `conversation` now, by the same rules the server applies (which stays the judge: a
 * colleague may have claimed it a moment ago).
 */
export function conversationActions(conversation: ConversationSummaryDto, user: Actor): ConversationActions {
  const resolved = conversation.status === 'resolved';
  const holder = conversation.assignee;
  const mine = holder?.id === user.id;
  const webcare = isWebcare(user.role);
  const lead = isLead(user.role);
  const withWebcare = conversation.department === null;
  const holdable = mayHold(user, conversation);
  const open = !resolved;
  return {
    claim: open && holdable && holder === null,
    release: open && holder !== null && (mine || lead),
    handOver: open && (mine || (holder === null && holdable) || (lead && withWebcare)),
    takeOver: open && lead && withWebcare && holder !== null && !mine,
    escalate: open && webcare && withWebcare && (holder === null || mine),
    resolve: open && webcare && withWebcare && (holder === null || mine || lead),
    reopen: resolved && webcare,
    replyBlock: replyBlock(conversation, user, holdable),
  };
}

function replyBlock(conversation: ConversationSummaryDto, user: Actor, holdable: boolean): ReplyBlock | null {
  if (conversation.status === 'resolved') return { reason: 'resolved' };
  if (!holdable && conversation.department) return { reason: 'escalated', department: conversation.department };
  const holder = conversation.assignee;
  if (holder && holder.id !== user.id) return { reason: 'held', holder };
  return null;
}
