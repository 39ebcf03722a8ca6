import { useInfiniteQuery } from '@tanstack/react-query';
import type { ConversationListData } from '../api/conversation-cache';
import { conversationKeys, fetchConversationPage, type ConversationFilter } from '../api/conversations-api';
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
    queryFn: ({ pageParam, signal }) => fetchConversationPage(filter, pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
