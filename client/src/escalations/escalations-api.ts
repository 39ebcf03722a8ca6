import type {
  EscalateRequest,
  EscalationDto,
  EscalationResultRequest,
  EscalationStatus,
  MessageDto,
  ReplyRequest,
} from '@ingang/shared';
import { apiRequest } from '../api/http';

/** Which escalations a list shows: open ones by default; null department: every department (webcare only). */
export interface EscalationFilter {
  statuses: EscalationStatus[];
  departmentId: string | null;
}

export const escalationKeys = {
  all: ['escalations'] as const,
  lists: ['escalations', 'list'] as const,
  list: (filter: EscalationFilter) => ['escalations', 'list', filter] as const,
};

const escalationPath = (id: string, action: string) => `/api/escalations/${encodeURIComponent(id)}/${action}`;

/** Nearest deadline first; a back-office user gets only their own department's, whatever the filter says. */
export function fetchEscalations(filter: EscalationFilter, signal?: AbortSignal): Promise<EscalationDto[]> {
  const params = new URLSearchParams();
  if (filter.statuses.length > 0) params.set('status', filter.statuses.join(','));
  if (filter.departmentId) params.set('departmentId', filter.departmentId);
  return apiRequest<EscalationDto[]>(`/api/escalations?${params.toString()}`, { signal });
}

/** The warm hand-over, with the holding reply the citizen gets (or none). */
export function escalateConversation(conversationId: string, request: EscalateRequest): Promise<EscalationDto> {
  return apiRequest<EscalationDto>(`/api/conversations/${encodeURIComponent(conversationId)}/escalate`, {
    method: 'POST',
    body: request,
  });
}

/** The back office answers the citizen in the original channel. */
export function answerEscalation(id: string, request: ReplyRequest): Promise<MessageDto> {
  return apiRequest<MessageDto>(escalationPath(id, 'answer'), { method: 'POST', body: request });
}

/** An internal answer for webcare, who then answers the citizen. */
export function returnEscalation(id: string, request: EscalationResultRequest): Promise<EscalationDto> {
  return apiRequest<EscalationDto>(escalationPath(id, 'return'), { method: 'POST', body: request });
}

/** Not for this department, or not enough to go on: back to webcare with the reason. */
export function bounceEscalation(id: string, request: EscalationResultRequest): Promise<EscalationDto> {
  return apiRequest<EscalationDto>(escalationPath(id, 'bounce'), { method: 'POST', body: request });
}
