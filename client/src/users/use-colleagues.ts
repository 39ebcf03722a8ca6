import { useQuery } from '@tanstack/react-query';
import type { ColleagueDto } from '@ingang/shared';
import { colleagueKeys, fetchColleagues } from './colleagues-api';

// Who is online changes without an event; asking twice a minute is enough to pick someone to hand over to.
const REFRESH_MS = 30_000;

/**
 * The active colleagues by name (`online`: has the app open now), to hand a conversation to or mention in a note.
 * `select` narrows the list, e.g. to everyone but yourself (keep it stable, e.g. outside the component).
 */
export function useColleagues<T = ColleagueDto[]>(select?: (colleagues: ColleagueDto[]) => T) {
  return useQuery<ColleagueDto[], Error, T>({
    queryKey: colleagueKeys.all,
    queryFn: ({ signal }) => fetchColleagues(signal),
    select,
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
  });
}
