import type { InfiniteData } from '@tanstack/react-query';
import {
  compareQueueOrder,
  DELIVERY_STATUSES,
  type AttachmentDto,
  type ConversationDetailDto,
  type ConversationPageDto,
  type ConversationSummaryDto,
  type EscalationDto,
  type MessageDto,
  type SlaChangeDto,
  type SlaState,
} from '@ingang/shared';
import { conversationSlaState } from '../sla/conversation-sla-state';
import type { ConversationFilter } from './conversations-api';

// Pure functions that fold realtime events and reply responses into cached query data. They return the same
// object when nothing changed, so TanStack Query keeps the old reference and nothing re-renders.

export type ConversationListData = InfiniteData<ConversationPageDto, string | null>;

/**
 * Whether a conversation belongs in a filtered list at `now`: the SLA state is a matter of time, not of events.
 * `userId` is who "me" is in a list of my own conversations (unknown: nothing joins such a list).
 */
export function matchesFilter(
  conversation: ConversationSummaryDto,
  filter: ConversationFilter,
  now: Date,
  userId: string | null = null,
): boolean {
  const statusMatches =
    filter.statuses.length === 0 ? conversation.status !== 'resolved' : filter.statuses.includes(conversation.status);
  const channelMatches = filter.channels.length === 0 || filter.channels.includes(conversation.channel);
  return (
    statusMatches &&
    channelMatches &&
    matchesAssigneeFilter(conversation, filter, userId) &&
    matchesSlaFilter(conversation, filter, now)
  );
}

function matchesAssigneeFilter(
  conversation: ConversationSummaryDto,
  filter: ConversationFilter,
  userId: string | null,
): boolean {
  if (filter.assignee === 'none') return conversation.assignee === null;
  if (filter.assignee === 'me') return userId !== null && conversation.assignee?.id === userId;
  return true;
}

function matchesSlaFilter(conversation: ConversationSummaryDto, filter: ConversationFilter, now: Date): boolean {
  return filter.slaStates.length === 0 || filter.slaStates.includes(conversationSlaState(conversation, now));
}

const PROGRESSION: readonly SlaState[] = ['on-track', 'at-risk', 'breached'];

// A row the server listed stays while a state the filter wants is still to come: this computer's clock may lag the
// server's by a second or two, and a row dropped for that would be gone until the next fetch.
function staysInSlaFilter(conversation: ConversationSummaryDto, filter: ConversationFilter, now: Date): boolean {
  if (matchesSlaFilter(conversation, filter, now)) return true;
  const index = PROGRESSION.indexOf(conversationSlaState(conversation, now));
  return index >= 0 && filter.slaStates.some((wanted) => PROGRESSION.indexOf(wanted) > index);
}

function isOlderThan(incoming: { updatedAt: string }, cached: { updatedAt: string }): boolean {
  return Date.parse(incoming.updatedAt) < Date.parse(cached.updatedAt);
}

/** First index whose item sorts after `conversation` in the server's queue order. */
function insertionIndex(items: ConversationSummaryDto[], conversation: ConversationSummaryDto): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareQueueOrder(items[middle], conversation) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Keeps the number of pages and their cursors, so "load more" continues where the server left off.
function redistribute(pages: ConversationPageDto[], items: ConversationSummaryDto[]): ConversationPageDto[] {
  let offset = 0;
  return pages.map((page, index) => {
    const size =
      index === pages.length - 1 ? items.length - offset : Math.min(page.items.length, items.length - offset);
    const slice = items.slice(offset, offset + size);
    offset += size;
    return { ...page, items: slice };
  });
}

/**
 * Applies created/updated conversations to one cached inbox list: replaced items leave their old place and are
 * inserted where the server would put them; items that no longer match the filter at `now` disappear (in a list
 * filtered by SLA state also those that were not updated but whose state moved on); items that sort beyond the loaded
 * pages are left for the next page fetch.
 */
export function applyConversationsToList(
  data: ConversationListData,
  updates: Iterable<ConversationSummaryDto>,
  filter: ConversationFilter,
  now: Date,
  userId: string | null = null,
): ConversationListData {
  const pending = new Map<string, ConversationSummaryDto>();
  for (const update of updates) pending.set(update.id, update);
  const items: ConversationSummaryDto[] = [];
  let changed = false;
  for (const page of data.pages) {
    for (const item of page.items) {
      const update = pending.get(item.id);
      if (update && !isOlderThan(update, item)) {
        changed = true;
        continue;
      }
      pending.delete(item.id);
      if (!staysInSlaFilter(item, filter, now)) {
        changed = true;
        continue;
      }
      items.push(item);
    }
  }
  const hasMorePages = (data.pages.at(-1)?.nextCursor ?? null) !== null;
  for (const update of pending.values()) {
    if (!matchesFilter(update, filter, now, userId)) continue;
    const index = insertionIndex(items, update);
    if (index === items.length && hasMorePages) continue;
    items.splice(index, 0, update);
    changed = true;
  }
  return changed ? { ...data, pages: redistribute(data.pages, items) } : data;
}

/**
 * Keeps a list filtered by SLA state right as time passes, without waiting for the server: rows whose state moved on
 * leave, and conversations known from the rest of the cache (other lists, open conversations) join once their state
 * matches. Lists without an SLA filter do not depend on the time and are returned as they are.
 */
export function refreshSlaFilteredList(
  data: ConversationListData,
  known: ReadonlyMap<string, ConversationSummaryDto>,
  filter: ConversationFilter,
  now: Date,
  userId: string | null = null,
): ConversationListData {
  if (filter.slaStates.length === 0) return data;
  const listed = new Set(data.pages.flatMap((page) => page.items.map((item) => item.id)));
  const joining = [...known.values()].filter((conversation) => !listed.has(conversation.id));
  return applyConversationsToList(data, joining, filter, now, userId);
}

/** Every conversation the cache holds, the newest version of each: what a filtered list can take rows from. */
export function knownConversations(
  lists: Iterable<ConversationListData>,
  details: Iterable<ConversationDetailDto>,
): Map<string, ConversationSummaryDto> {
  const known = new Map<string, ConversationSummaryDto>();
  const add = (conversation: ConversationSummaryDto) => {
    const cached = known.get(conversation.id);
    if (!cached || isOlderThan(cached, conversation)) known.set(conversation.id, conversation);
  };
  for (const list of lists) for (const page of list.pages) page.items.forEach(add);
  for (const detail of details) {
    add(detail.conversation);
    detail.history.forEach(add);
  }
  return known;
}

/**
 * Which announced state changes the cache cannot place itself: the conversation is unknown, or known with another
 * deadline (the cached copy is stale). Lists filtered by such a state must be fetched again.
 */
export function unplacedSlaChanges(
  changes: readonly SlaChangeDto[],
  known: ReadonlyMap<string, ConversationSummaryDto>,
): SlaChangeDto[] {
  return changes.filter((change) => {
    const deadlineAt = known.get(change.conversationId)?.deadlineAt ?? null;
    return deadlineAt === null || Date.parse(deadlineAt) !== Date.parse(change.deadlineAt);
  });
}

/** Keeps only the first page, so a refetch after a reconnect costs one request instead of one per page. */
export function firstPageOnly(data: ConversationListData): ConversationListData {
  if (data.pages.length <= 1) return data;
  return { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) };
}

const newestFirst = (a: ConversationSummaryDto, b: ConversationSummaryDto) =>
  Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt);

/** Updates the open conversation itself, or one of the citizen's other conversations in its history. */
export function applyConversationToDetail(
  detail: ConversationDetailDto,
  conversation: ConversationSummaryDto,
): ConversationDetailDto {
  if (detail.conversation.id === conversation.id) {
    return isOlderThan(conversation, detail.conversation) ? detail : { ...detail, conversation };
  }
  const index = detail.history.findIndex((other) => other.id === conversation.id);
  if (index < 0 || isOlderThan(conversation, detail.history[index])) return detail;
  if (conversation.contact.id !== detail.conversation.contact.id) return detail;
  const history = detail.history.slice();
  history[index] = conversation;
  return { ...detail, history: history.sort(newestFirst) };
}

/**
 * Whether a cached conversation detail must be fetched again because its citizen changed: the conversation moved to
 * another contact (a merge), a conversation of the same citizen appeared that the history does not know (a new
 * question, or one merged in, bringing addresses along), or one left the history for another contact.
 */
export function detailNeedsRefetch(detail: ConversationDetailDto, conversation: ConversationSummaryDto): boolean {
  const contactId = detail.conversation.contact.id;
  if (detail.conversation.id === conversation.id) return conversation.contact.id !== contactId;
  const known = detail.history.find((other) => other.id === conversation.id);
  if (known) return conversation.contact.id !== contactId && !isOlderThan(conversation, known);
  return conversation.contact.id === contactId;
}

const deliveryRank = (message: MessageDto): number =>
  message.delivery ? DELIVERY_STATUSES.indexOf(message.delivery.status) : -1;

function mergeAttachments(cached: AttachmentDto[], incoming: AttachmentDto[]): AttachmentDto[] {
  return incoming.map((attachment) => {
    const known = cached.find((candidate) => candidate.id === attachment.id);
    return known && known.status !== 'pending' && attachment.status === 'pending' ? known : attachment;
  });
}

// The 202 reply response and the socket's message.updated can arrive in either order: never move a delivery
// status backwards, never turn a fetched attachment back into "pending".
function mergeMessage(cached: MessageDto, incoming: MessageDto): MessageDto {
  return {
    ...incoming,
    delivery: deliveryRank(cached) > deliveryRank(incoming) ? cached.delivery : incoming.delivery,
    attachments: mergeAttachments(cached.attachments, incoming.attachments),
  };
}

/** Inserts or replaces messages, keeping the thread ordered by sentAt (oldest first). */
export function upsertMessages(detail: ConversationDetailDto, incoming: MessageDto[]): ConversationDetailDto {
  const relevant = incoming.filter((message) => message.conversationId === detail.conversation.id);
  if (relevant.length === 0) return detail;
  const messages = detail.messages.slice();
  for (const message of relevant) {
    const existing = messages.findIndex((candidate) => candidate.id === message.id);
    if (existing >= 0) {
      messages[existing] = mergeMessage(messages[existing], message);
      continue;
    }
    const sentAt = Date.parse(message.sentAt);
    let index = messages.length;
    while (index > 0 && Date.parse(messages[index - 1].sentAt) > sentAt) index--;
    messages.splice(index, 0, message);
  }
  return { ...detail, messages };
}

/**
 * Puts a new or changed escalation into the path of its conversation (oldest first); an older copy than the cached
 * one changes nothing (events can overtake the answer to the call that caused them).
 */
export function upsertEscalation(detail: ConversationDetailDto, escalation: EscalationDto): ConversationDetailDto {
  if (escalation.conversationId !== detail.conversation.id) return detail;
  const index = detail.escalations.findIndex((candidate) => candidate.id === escalation.id);
  if (index < 0) {
    const escalations = [...detail.escalations, escalation].sort(
      (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
    );
    return { ...detail, escalations };
  }
  const cached = detail.escalations[index];
  // An escalation only ever moves from open to closed.
  if (cached.status !== 'open' && escalation.status === 'open') return detail;
  if (JSON.stringify(cached) === JSON.stringify(escalation)) return detail;
  const escalations = detail.escalations.slice();
  escalations[index] = escalation;
  return { ...detail, escalations };
}
