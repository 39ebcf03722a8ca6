import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ConversationFilter } from '../api/conversations-api';
import { filterFromSearch, searchWithFilter } from './inbox-filter';

/** The inbox filter lives in the address (?status=open&channel=whatsapp&sla=at-risk&assignee=me): it survives a reload. */
export function useInboxFilter(): [ConversationFilter, (filter: ConversationFilter) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const rawStatus = searchParams.get('status');
  const rawChannel = searchParams.get('channel');
  const rawSla = searchParams.get('sla');
  const rawAssignee = searchParams.get('assignee');
  const filter = useMemo<ConversationFilter>(
    () =>
      filterFromSearch(
        new URLSearchParams({
          status: rawStatus ?? '',
          channel: rawChannel ?? '',
          sla: rawSla ?? '',
          assignee: rawAssignee ?? '',
        }),
      ),
    [rawStatus, rawChannel, rawSla, rawAssignee],
  );
  const setFilter = useCallback(
    (next: ConversationFilter) => setSearchParams((current) => searchWithFilter(current, next), { replace: true }),
    [setSearchParams],
  );
  return [filter, setFilter];
}
