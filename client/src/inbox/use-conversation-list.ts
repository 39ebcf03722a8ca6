import { useInfiniteQuery } from '@tanstack/react-query';
import type { ConversationListData } from '../api/conversation-cache';
import { conversationKeys, fetchConversationPage, type ConversationFilter } from '../api/conversations-api';
import { slaClock } from '../sla/sla-clock';
import type { ConversationPageDto } from '@ingang/shared';

export function useConversationList(filter: ConversationFilter) {
  return useInfiniteQuery<
    ConversationPageDto,
    Error,
    ConversationListData,
    ReturnType<typeof conversationKeys.list>,
    string | null
  >({
    queryKey: conversationKeys.list(filter),
    queryFn: async ({ pageParam, signal }) => {
      const page = await fetchConversationPage(filter, pageParam, signal);
      // The server chose these rows by its SLA state of this moment: show and keep them by the same moment.
      slaClock.tick();
      return page;
    },
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
