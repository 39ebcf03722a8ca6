import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CHANNELS, CONVERSATION_STATUSES, type Channel, type ConversationStatus } from '@ingang/shared';
import type { ConversationFilter } from '../api/conversations-api';

function parseList<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return raw.split(',').filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** The inbox filter lives in the address (?status=open&channel=whatsapp), so it survives a reload and a link. */
export function useInboxFilter(): [ConversationFilter, (filter: ConversationFilter) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const rawStatus = searchParams.get('status');
  const rawChannel = searchParams.get('channel');
  const filter = useMemo<ConversationFilter>(
    () => ({
      statuses: parseList<ConversationStatus>(rawStatus, CONVERSATION_STATUSES),
      channels: parseList<Channel>(rawChannel, CHANNELS),
    }),
    [rawStatus, rawChannel],
  );
  const setFilter = useCallback(
    (next: ConversationFilter) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next.statuses.length > 0) params.set('status', next.statuses.join(','));
          else params.delete('status');
          if (next.channels.length > 0) params.set('channel', next.channels.join(','));
          else params.delete('channel');
          return params;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return [filter, setFilter];
}
