import type {
  CallbackAttemptRequest,
  CallbackDto,
  CallbackStatus,
  CompleteCallbackRequest,
  CreateCallbackRequest,
  DepartmentDto,
} from '@ingang/shared';
import { apiRequest } from '../api/http';

/** A list of callbacks: open or done; of everyone (null), the KCC ("kcc") or a department; mine only; one conversation. */
export interface CallbackFilter {
  status: CallbackStatus;
  departmentId: string | null;
  mine: boolean;
  conversationId: string | null;
}

export const callbackKeys = {
  all: ['callbacks'] as const,
  lists: ['callbacks', 'list'] as const,
  list: (filter: CallbackFilter) => ['callbacks', 'list', filter] as const,
  // Under the administrator's department key, so a change there refreshes this list too.
  departments: ['departments', 'active'] as const,
};

const callbackPath = (id: string) => `/api/callbacks/${encodeURIComponent(id)}`;

/** Earliest deadline first; a back-office user gets their own department's only. */
export function fetchCallbacks(filter: CallbackFilter, signal?: AbortSignal): Promise<CallbackDto[]> {
  const params = new URLSearchParams({ status: filter.status });
  if (filter.departmentId) params.set('departmentId', filter.departmentId);
  if (filter.mine) params.set('mine', 'true');
  if (filter.conversationId) params.set('conversationId', filter.conversationId);
  return apiRequest<CallbackDto[]>(`/api/callbacks?${params.toString()}`, { signal });
}

export function createCallback(conversationId: string, request: CreateCallbackRequest): Promise<CallbackDto> {
  return apiRequest<CallbackDto>(`/api/conversations/${encodeURIComponent(conversationId)}/callbacks`, {
    method: 'POST',
    body: request,
  });
}

export function logCallbackAttempt(id: string, request: CallbackAttemptRequest): Promise<CallbackDto> {
  return apiRequest<CallbackDto>(`${callbackPath(id)}/attempts`, { method: 'POST', body: request });
}

export function completeCallback(id: string, request: CompleteCallbackRequest): Promise<CallbackDto> {
  return apiRequest<CallbackDto>(`${callbackPath(id)}/complete`, { method: 'POST', body: request });
}

/** The departments a callback can be for: the active ones, for every signed-in user. */
export function fetchActiveDepartments(signal?: AbortSignal): Promise<DepartmentDto[]> {
  return apiRequest<DepartmentDto[]>('/api/departments', { signal });
}
