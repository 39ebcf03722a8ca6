import type {
  CreateOutcomeRequest,
  CreateTopicRequest,
  OutcomeDto,
  TopicDto,
  UpdateOutcomeRequest,
  UpdateTopicRequest,
  UpdateWorkflowSettingsRequest,
  WorkflowSettingsDto,
} from '@ingang/shared';
import { apiRequest } from '../api/http';

export const topicKeys = {
  all: ['topics'] as const,
  /** The topics an agent can choose. */
  active: ['topics', 'active'] as const,
  admin: ['topics', 'admin'] as const,
  conversations: ['topics', 'conversation'] as const,
  conversation: (conversationId: string) => ['topics', 'conversation', conversationId] as const,
};

export const outcomeKeys = {
  all: ['outcomes'] as const,
  active: ['outcomes', 'active'] as const,
  admin: ['outcomes', 'admin'] as const,
};

export const workflowSettingsKey = ['workflow-settings'] as const;

export function fetchActiveTopics(signal?: AbortSignal): Promise<TopicDto[]> {
  return apiRequest<TopicDto[]>('/api/topics', { signal });
}

export function fetchConversationTopics(conversationId: string, signal?: AbortSignal): Promise<TopicDto[]> {
  return apiRequest<TopicDto[]>(`/api/conversations/${encodeURIComponent(conversationId)}/topics`, { signal });
}

/** Replaces the conversation's topics; answers with all of them, in list order. */
export function setConversationTopics(conversationId: string, topicIds: string[]): Promise<TopicDto[]> {
  return apiRequest<TopicDto[]>(`/api/conversations/${encodeURIComponent(conversationId)}/topics`, {
    method: 'PUT',
    body: { topicIds },
  });
}

export function fetchWorkflowSettings(signal?: AbortSignal): Promise<WorkflowSettingsDto> {
  return apiRequest<WorkflowSettingsDto>('/api/workflow-settings', { signal });
}

export function updateWorkflowSettings(settings: UpdateWorkflowSettingsRequest): Promise<WorkflowSettingsDto> {
  return apiRequest<WorkflowSettingsDto>('/api/admin/workflow-settings', { method: 'PUT', body: settings });
}

/** The administrator's two lists share one shape of API: `/api/admin/topics` and `/api/admin/outcomes`. */
function adminListApi<Entry, Create, Update>(base: string) {
  const entryPath = (id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    fetchAll: (signal?: AbortSignal) => apiRequest<Entry[]>(base, { signal }),
    create: (request: Create) => apiRequest<Entry>(base, { method: 'POST', body: request }),
    /** A field left out is kept; `active: true` reactivates. */
    update: (id: string, request: Update) => apiRequest<Entry>(entryPath(id), { method: 'PATCH', body: request }),
    /** Entries are deactivated, never deleted: conversations keep referring to them. */
    deactivate: (id: string) => apiRequest<Entry>(entryPath(id), { method: 'DELETE' }),
    /** Every id of the list in the new order; 409 when the list changed meanwhile. */
    reorder: (ids: string[]) => apiRequest<Entry[]>(`${base}/order`, { method: 'PUT', body: { ids } }),
  };
}

export type AdminListApi<Entry, Create, Update> = ReturnType<typeof adminListApi<Entry, Create, Update>>;

export const adminTopicsApi = adminListApi<TopicDto, CreateTopicRequest, UpdateTopicRequest>('/api/admin/topics');
export const adminOutcomesApi = adminListApi<OutcomeDto, CreateOutcomeRequest, UpdateOutcomeRequest>(
  '/api/admin/outcomes',
);
