import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Channel } from '@ingang/shared';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { recordStandardAnswerUse, searchStandardAnswers, standardAnswerKeys } from './standard-answers-api';

export const PICKER_RESULTS = 8;
const SEARCH_DELAY_MS = 150;

/** The answers the picker offers while it is open; the list under the agent's typing stays until the next arrives. */
export function useStandardAnswerSearch(query: string, channel: Channel, enabled: boolean) {
  const settled = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const search = { query: settled, channel, limit: PICKER_RESULTS };
  return useQuery({
    queryKey: standardAnswerKeys.search(search),
    queryFn: ({ signal }) => searchStandardAnswers(search, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Counts a use; a failure costs the agent nothing, so it is not shown. */
export function useRecordStandardAnswerUse() {
  return useMutation({ mutationFn: recordStandardAnswerUse });
}
