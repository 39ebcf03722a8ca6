import type { DepartmentDto, OutcomeDto } from '@ingang/shared';
import { apiRequest } from '../api/http';

export const workflowKeys = {
  departments: ['departments', 'active'] as const,
  // The same key as topics-api.ts's outcomeKeys.active: one cached list of the outcomes an agent can choose.
  outcomes: ['outcomes', 'active'] as const,
};

/** The departments webcare can escalate to (the active ones). */
export function fetchDepartments(signal?: AbortSignal): Promise<DepartmentDto[]> {
  return apiRequest<DepartmentDto[]>('/api/departments', { signal });
}

/** The outcomes (gespreksresultaten) an agent can resolve with. */
export function fetchOutcomes(signal?: AbortSignal): Promise<OutcomeDto[]> {
  return apiRequest<OutcomeDto[]>('/api/outcomes', { signal });
}
