import type {
  Channel,
  ConversationDetailDto,
  ConversationPageDto,
  ConversationStatus,
  MessageDto,
  MessageTemplateDto,
  ReplyRequest,
  SlaState,
} from '@ingang/shared';
import { apiRequest } from './http';

/** The inbox filter; empty lists mean "no filter" (the server then leaves out resolved conversations). */
export interface ConversationFilter {
  statuses: ConversationStatus[];
  channels: Channel[];
  /** SLA states at this moment: at risk, breached (see conversation-cache.ts for how the live cache keeps up). */
  slaStates: SlaState[];
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

export function fetchConversationPage(
  filter: ConversationFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ConversationPageDto> {
  const params = new URLSearchParams();
  if (filter.statuses.length > 0) params.set('status', filter.statuses.join(','));
  if (filter.channels.length > 0) params.set('channel', filter.channels.join(','));
  if (filter.slaStates.length > 0) params.set('sla', filter.slaStates.join(','));
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return apiRequest<ConversationPageDto>(`/api/conversations?${params.toString()}`, { signal });
}

export function fetchConversation(id: string, signal?: AbortSignal): Promise<ConversationDetailDto> {
  return apiRequest<ConversationDetailDto>(`/api/conversations/${encodeURIComponent(id)}`, { signal });
}

export function fetchTemplates(id: string, signal?: AbortSignal): Promise<MessageTemplateDto[]> {
  return apiRequest<MessageTemplateDto[]>(`/api/conversations/${encodeURIComponent(id)}/templates`, { signal });
}

export function sendReply(id: string, request: ReplyRequest): Promise<MessageDto> {
  return apiRequest<MessageDto>(`/api/conversations/${encodeURIComponent(id)}/reply`, {
    method: 'POST',
    body: request,
  });
}
