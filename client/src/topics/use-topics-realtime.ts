import { useQueryClient } from '@tanstack/react-query';
import type { TopicDto } from '@ingang/shared';
import { useEffect } from 'react';
import { getSocket } from '../api/socket';
import { topicKeys } from './topics-api';
import { setTopicsMutationKey } from './use-topics';

/**
 * Folds `conversation.topics` into the cached topics of that conversation, so a colleague's choice shows at once.
 * The socket itself is connected by useRealtimeCache; this only listens.
 */
export function useTopicsRealtime(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const socket = getSocket();
    const onTopics = ({ conversationId, topics }: { conversationId: string; topics: TopicDto[] }) => {
      const queryKey = topicKeys.conversation(conversationId);
      if (queryClient.getQueryData(queryKey) === undefined) return;
      // While this tab is saving its own change the screen already shows it; the answer will settle it.
      if (queryClient.isMutating({ mutationKey: setTopicsMutationKey(conversationId) }) > 0) return;
      queryClient.setQueryData<TopicDto[]>(queryKey, topics);
    };
    // Events sent while the socket was away are lost: reload the topics shown.
    const onConnect = () => void queryClient.invalidateQueries({ queryKey: topicKeys.conversations });
    socket.on('conversation.topics', onTopics);
    socket.on('connect', onConnect);
    return () => {
      socket.off('conversation.topics', onTopics);
      socket.off('connect', onConnect);
    };
  }, [queryClient]);
}
