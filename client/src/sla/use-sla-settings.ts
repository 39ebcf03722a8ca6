import { useQuery } from '@tanstack/react-query';
import { DEFAULT_SLA_SETTINGS, type SlaSettings } from '@ingang/shared';
import { fetchSlaSettings, slaKeys } from './sla-api';

// Settings change only when an administrator saves them, and then `sla.recomputed` invalidates this query.
const SETTINGS_STALE_MS = 60 * 60_000;

/**
 * The administrator's SLA settings. Until they are loaded, or when they cannot be, the defaults stand in: a countdown
 * that is briefly off by a custom closing day is better than no countdown at all.
 */
export function useSlaSettings(): SlaSettings {
  const { data } = useQuery({
    queryKey: slaKeys.settings,
    queryFn: ({ signal }) => fetchSlaSettings(signal),
    staleTime: SETTINGS_STALE_MS,
  });
  return data ?? DEFAULT_SLA_SETTINGS;
}
