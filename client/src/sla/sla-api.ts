import type { SlaSettingsDto } from '@ingang/shared';
import { apiRequest } from '../api/http';

export const slaKeys = {
  // The admin page's settings query uses this same key (api/admin-api.ts): a save shows in every countdown at once.
  settings: ['sla-settings'] as const,
};

/** The working calendar and per-channel policies; every signed-in user may read them (the countdowns need them). */
export function fetchSlaSettings(signal?: AbortSignal): Promise<SlaSettingsDto> {
  return apiRequest<SlaSettingsDto>('/api/sla-settings', { signal });
}
