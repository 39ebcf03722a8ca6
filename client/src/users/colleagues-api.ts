import type { ColleagueDto } from '@ingang/shared';
import { apiRequest } from '../api/http';

export const colleagueKeys = { all: ['colleagues'] as const };

/** The active users, for everyone logged in, with whether they have the app open. */
export function fetchColleagues(signal?: AbortSignal): Promise<ColleagueDto[]> {
  return apiRequest<ColleagueDto[]>('/api/users', { signal });
}
