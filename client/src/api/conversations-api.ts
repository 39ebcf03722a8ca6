import type {
  AssignRequest,
  Channel,
  ConversationDetailDto,
  ConversationPageDto,
  ConversationStatus,
  ConversationSummaryDto,
  MessageDto,
  MessageTemplateDto,
  NoteRequest,
  ReplyRequest,
  ResolveRequest,
  SlaState,
} from '@ingang/shared';
import { apiRequest } from './http';

/** Whose conversations: what I hold ('me') or what nobody holds ('none'). */
export type AssigneeFilter = 'me' | 'none';

/** The inbox filter; empty lists mean "no filter" (the server then leaves out resolved conversations). */
export interface ConversationFilter {
  statuses: ConversationStatus[];
  channels: Channel[];
  /** SLA states at this moment: at risk, breached (see conversation-cache.ts for how the live cache keeps up). */
  slaStates: SlaState[];
  /** Left out: anyone's. */
  assignee?: AssigneeFilter;
}

export const PAGE_SIZE = 50;

export const conversationKeys = {
  all: ['conversations'] as const,
  lists: ['conversations', 'list'] as const,
  list: (filter: ConversationFilter) => ['conversations', 'list', filter] as const,
  details: ['conversations', 'detail'] as const,
  detail: (id: string) => ['conversations', 'detail', id] as const,
  templates: (id: string) => ['conversations', 'templates', id] as const,
};

const conversationPath = (id: string, action?: string) =>
  `/api/conversations/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export function fetchConversationPage(
  filter: ConversationFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ConversationPageDto> {
  const params = new URLSearchParams();
  if (filter.statuses.length > 0) params.set('status', filter.statuses.join(','));
  if (filter.channels.length > 0) params.set('channel', filter.channels.join(','));
  if (filter.slaStates.length > 0) params.set('sla', filter.slaStates.join(','));
  if (filter.assignee) params.set('assignee', filter.assignee);
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return apiRequest<ConversationPageDto>(`/api/conversations?${params.toString()}`, { signal });
}

export function fetchConversation(id: string, signal?: AbortSignal): Promise<ConversationDetailDto> {
  return apiRequest<ConversationDetailDto>(conversationPath(id), { signal });
}

export function fetchTemplates(id: string, signal?: AbortSignal): Promise<MessageTemplateDto[]> {
  return apiRequest<MessageTemplateDto[]>(conversationPath(id, 'templates'), { signal });
}

/** Answers the citizen; claims a conversation nobody holds (409 CLAIMED when someone else does). */
export function sendReply(id: string, request: ReplyRequest): Promise<MessageDto> {
  return apiRequest<MessageDto>(conversationPath(id, 'reply'), { method: 'POST', body: request });
}

/** An internal note, never sent to the citizen; the mentioned colleagues are told. */
export function addNote(id: string, request: NoteRequest): Promise<MessageDto> {
  return apiRequest<MessageDto>(conversationPath(id, 'notes'), { method: 'POST', body: request });
}

/** 409 CLAIMED (details.holder) when someone else holds it; 409 CAPACITY_REACHED at the agent's maximum. */
export function claimConversation(id: string): Promise<ConversationSummaryDto> {
  return apiRequest<ConversationSummaryDto>(conversationPath(id, 'claim'), { method: 'POST', body: {} });
}

export function releaseConversation(id: string): Promise<ConversationSummaryDto> {
  return apiRequest<ConversationSummaryDto>(conversationPath(id, 'release'), { method: 'POST', body: {} });
}

/** To a colleague; a supervisor takes over by naming themselves. */
export function assignConversation(id: string, request: AssignRequest): Promise<ConversationSummaryDto> {
  return apiRequest<ConversationSummaryDto>(conversationPath(id, 'assign'), { method: 'POST', body: request });
}

/** Claims the most urgent conversation nobody holds; null when nothing is waiting (204). */
export async function claimNextConversation(): Promise<ConversationSummaryDto | null> {
  const next = await apiRequest<ConversationSummaryDto | undefined>('/api/conversations/next', {
    method: 'POST',
    body: {},
  });
  return next ?? null;
}

/** 409 TOPIC_REQUIRED when the workflow settings require a topic and none is chosen. */
export function resolveConversation(id: string, request: ResolveRequest): Promise<ConversationSummaryDto> {
  return apiRequest<ConversationSummaryDto>(conversationPath(id, 'resolve'), { method: 'POST', body: request });
}

export function reopenConversation(id: string): Promise<ConversationSummaryDto> {
  return apiRequest<ConversationSummaryDto>(conversationPath(id, 'reopen'), { method: 'POST', body: {} });
}
