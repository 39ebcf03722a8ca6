import type {
  Channel,
  CreateStandardAnswerRequest,
  StandardAnswerDto,
  UpdateStandardAnswerRequest,
} from '@ingang/shared';
import { apiRequest } from '../api/http';

export interface StandardAnswerSearch {
  query: string;
  channel: Channel;
  limit: number;
}

export const standardAnswerKeys = {
  all: ['standard-answers'] as const,
  admin: ['standard-answers', 'admin'] as const,
  search: (search: StandardAnswerSearch) => ['standard-answers', 'search', search] as const,
};

const adminPath = (id: string) => `/api/admin/standard-answers/${encodeURIComponent(id)}`;

/** The active answers for a channel that match the search, best first; an empty search gives the most used. */
export function searchStandardAnswers(
  search: StandardAnswerSearch,
  signal?: AbortSignal,
): Promise<StandardAnswerDto[]> {
  const params = new URLSearchParams({ channel: search.channel, limit: String(search.limit) });
  if (search.query.trim() !== '') params.set('q', search.query.trim());
  return apiRequest<StandardAnswerDto[]>(`/api/standard-answers?${params}`, { signal });
}

/** An agent inserted the answer: counted for the most used answers. */
export function recordStandardAnswerUse(id: string): Promise<void> {
  return apiRequest<void>(`/api/standard-answers/${encodeURIComponent(id)}/used`, { method: 'POST' });
}

/** Every standard answer, deactivated ones included (administrators only). */
export function fetchAdminStandardAnswers(signal?: AbortSignal): Promise<StandardAnswerDto[]> {
  return apiRequest<StandardAnswerDto[]>('/api/admin/standard-answers', { signal });
}

export function createStandardAnswer(request: CreateStandardAnswerRequest): Promise<StandardAnswerDto> {
  return apiRequest<StandardAnswerDto>('/api/admin/standard-answers', { method: 'POST', body: request });
}

/** A field left out is kept; `active: false` deactivates, `active: true` reactivates. */
export function updateStandardAnswer(id: string, request: UpdateStandardAnswerRequest): Promise<StandardAnswerDto> {
  return apiRequest<StandardAnswerDto>(adminPath(id), { method: 'PATCH', body: request });
}

/** Gone for good, its use count included. */
export function deleteStandardAnswer(id: string): Promise<void> {
  return apiRequest<void>(adminPath(id), { method: 'DELETE' });
}
