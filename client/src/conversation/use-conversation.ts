import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConversationDetailDto, ReplyRequest } from '@ingang/shared';
import { upsertMessages } from '../api/conversation-cache';
import { conversationKeys, fetchConversation, fetchTemplates, sendReply } from '../api/conversations-api';

export function useConversation(id: string) {
  return useQuery({
    queryKey: conversationKeys.detail(id),
    queryFn: ({ signal }) => fetchConversation(id, signal),
  });
}

export function useTemplates(id: string) {
  return useQuery({
    queryKey: conversationKeys.templates(id),
    queryFn: ({ signal }) => fetchTemplates(id, signal),
    staleTime: 5 * 60_000,
  });
}

/** Sends a reply; the 202 answer (delivery "pending") goes straight into the thread, the socket does the rest. */
export function useSendReply(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReplyRequest) => sendReply(id, request),
    onSuccess: (message) => {
      queryClient.setQueryData<ConversationDetailDto>(
        conversationKeys.detail(id),
        (detail) => detail && upsertMessages(detail, [message]),
      );
    },
  });
}
