import { useEffect } from 'react';
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ConversationDetailDto, ConversationSummaryDto, MessageDto } from '@ingang/shared';
import { authKeys } from './auth-api';
import {
  applyConversationsToList,
  applyConversationToDetail,
  detailNeedsRefetch,
  firstPageOnly,
  upsertMessages,
  type ConversationListData,
} from './conversation-cache';
import { conversationKeys, type ConversationFilter } from './conversations-api';
import { getSocket } from './socket';

// Under load the server pushes hundreds of events a second; folding them into the cache in small batches keeps
// the inbox at one render per batch instead of one per event.
const FLUSH_DELAY_MS = 50;

class RealtimeCacheWriter {
  private conversations = new Map<string, ConversationSummaryDto>();
  private messages: MessageDto[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly queryClient: QueryClient) {}

  conversation(conversation: ConversationSummaryDto): void {
    this.conversations.set(conversation.id, conversation);
    this.schedule();
  }

  message(message: MessageDto): void {
    this.messages.push(message);
    this.schedule();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), FLUSH_DELAY_MS);
  }

  private flush(): void {
    this.timer = null;
    const conversations = [...this.conversations.values()];
    const messages = this.messages;
    this.conversations = new Map();
    this.messages = [];
    if (conversations.length > 0) this.applyConversations(conversations);
    if (messages.length > 0) this.applyMessages(messages);
  }

  private applyConversations(conversations: ConversationSummaryDto[]): void {
    for (const query of this.queryClient.getQueryCache().findAll({ queryKey: conversationKeys.lists })) {
      const filter = query.queryKey[2] as ConversationFilter;
      this.queryClient.setQueryData<ConversationListData>(
        query.queryKey,
        (data) => data && applyConversationsToList(data, conversations, filter),
      );
    }
    // Every open or recently viewed conversation shows the citizen's other conversations too: fold updates into
    // those, and refetch a detail whose citizen changed (a merge, a new conversation) for its addresses and history.
    const stale: QueryKey[] = [];
    for (const query of this.queryClient.getQueryCache().findAll({ queryKey: conversationKeys.details })) {
      const cached = this.queryClient.getQueryData<ConversationDetailDto>(query.queryKey);
      if (!cached) continue;
      if (conversations.some((conversation) => detailNeedsRefetch(cached, conversation))) {
        stale.push(query.queryKey);
        continue;
      }
      const updated = conversations.reduce(applyConversationToDetail, cached);
      if (updated !== cached) this.queryClient.setQueryData(query.queryKey, updated);
    }
    for (const queryKey of stale) void this.queryClient.invalidateQueries({ queryKey, exact: true });
  }

  private applyMessages(messages: MessageDto[]): void {
    const byConversation = new Map<string, MessageDto[]>();
    for (const message of messages) {
      const group = byConversation.get(message.conversationId);
      if (group) group.push(message);
      else byConversation.set(message.conversationId, [message]);
    }
    for (const [conversationId, group] of byConversation) {
      this.queryClient.setQueryData<ConversationDetailDto>(
        conversationKeys.detail(conversationId),
        (detail) => detail && upsertMessages(detail, group),
      );
    }
  }
}

/** Resynchronises after a (re)connect: events sent while the socket was away are lost, so refetch once. */
function resynchronise(queryClient: QueryClient): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.lists })) {
    queryClient.setQueryData<ConversationListData>(query.queryKey, (data) => data && firstPageOnly(data));
  }
  void queryClient.invalidateQueries({ queryKey: conversationKeys.all });
}

/** Connects the socket while mounted and applies its events to the TanStack Query cache. */
export function useRealtimeCache(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const socket = getSocket();
    const writer = new RealtimeCacheWriter(queryClient);
    const onConversation = (conversation: ConversationSummaryDto) => writer.conversation(conversation);
    const onMessage = (message: MessageDto) => writer.message(message);
    const onConnect = () => resynchronise(queryClient);
    // A refused handshake (expired session) stops reconnecting: ask the API who we are, which leads to login.
    const onConnectError = () => {
      if (!socket.active) void queryClient.invalidateQueries({ queryKey: authKeys.me });
    };
    socket.on('conversation.created', onConversation);
    socket.on('conversation.updated', onConversation);
    socket.on('message.created', onMessage);
    socket.on('message.updated', onMessage);
    socket.on('connect', onConnect);
    socket.on('connect_error', onConnectError);
    socket.connect();
    return () => {
      socket.off('conversation.created', onConversation);
      socket.off('conversation.updated', onConversation);
      socket.off('message.created', onMessage);
      socket.off('message.updated', onMessage);
      socket.off('connect', onConnect);
      socket.off('connect_error', onConnectError);
      socket.disconnect();
      writer.dispose();
    };
  }, [queryClient]);
}
