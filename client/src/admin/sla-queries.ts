import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SlaSettingsDto, UpdateSlaSettingsRequest } from '@ingang/shared';
import { adminKeys, fetchSlaRecompute, saveSlaSettings } from '../api/admin-api';
import { fetchSlaSettings } from '../sla/sla-api';
import { recomputePollInterval } from './sla-recompute';

export function useSlaSettings() {
  return useQuery({ queryKey: adminKeys.slaSettings, queryFn: ({ signal }) => fetchSlaSettings(signal) });
}

export function useSaveSlaSettings() {
  const queryClient = useQueryClient();
  return useMutation<SlaSettingsDto, Error, UpdateSlaSettingsRequest>({
    mutationFn: saveSlaSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(adminKeys.slaSettings, saved);
      void queryClient.invalidateQueries({ queryKey: adminKeys.slaRecompute });
    },
  });
}

/** The recompute after a save of `savedVersion`, polled until it has finished; idle while nothing was saved. */
export function useSlaRecompute(savedVersion: number | null) {
  return useQuery({
    queryKey: adminKeys.slaRecompute,
    queryFn: ({ signal }) => fetchSlaRecompute(signal),
    enabled: savedVersion !== null,
    staleTime: 0,
    refetchInterval: (query) =>
      savedVersion === null || query.state.status === 'error'
        ? false
        : recomputePollInterval(query.state.data, savedVersion),
  });
}
