import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TopicDto } from '@ingang/shared';
import {
  fetchActiveTopics,
  fetchConversationTopics,
  fetchWorkflowSettings,
  setConversationTopics,
  topicKeys,
  workflowSettingsKey,
} from './topics-api';

// The lists change only when an administrator edits them; an agent's screen may be minutes behind.
const LIST_STALE_MS = 5 * 60_000;

/** The topics an agent can choose, in the administrator's order. */
export function useActiveTopics() {
  return useQuery({
    queryKey: topicKeys.active,
    queryFn: ({ signal }) => fetchActiveTopics(signal),
    staleTime: LIST_STALE_MS,
  });
}

export function useWorkflowSettings() {
  return useQuery({
    queryKey: workflowSettingsKey,
    queryFn: ({ signal }) => fetchWorkflowSettings(signal),
    staleTime: LIST_STALE_MS,
  });
}

/** A conversation's topics; `conversation.topics` keeps them live (see useTopicsRealtime). */
export function useConversationTopics(conversationId: string) {
  return useQuery({
    queryKey: topicKeys.conversation(conversationId),
    queryFn: ({ signal }) => fetchConversationTopics(conversationId, signal),
  });
}

export const setTopicsMutationKey = (conversationId: string) => ['topics', 'set', conversationId] as const;

/**
 * Sets a conversation's topics, shown at once: `set` puts them in the cache before it returns, so a second key press
 * right after the first already sees them. Changes run one after another (a quick add then remove must reach the
 * server in that order); a failure reloads what the server has.
 */
export function useSetConversationTopics(conversationId: string) {
  const queryClient = useQueryClient();
  const queryKey = topicKeys.conversation(conversationId);
  const mutation = useMutation({
    mutationKey: setTopicsMutationKey(conversationId),
    scope: { id: `topics-${conversationId}` },
    mutationFn: (topics: TopicDto[]) =>
      setConversationTopics(
        conversationId,
        topics.map((topic) => topic.id),
      ),
    onSuccess: (topics) => queryClient.setQueryData<TopicDto[]>(queryKey, topics),
    onError: () => queryClient.invalidateQueries({ queryKey, exact: true }),
  });
  const set = (topics: TopicDto[]) => {
    void queryClient.cancelQueries({ queryKey, exact: true });
    queryClient.setQueryData<TopicDto[]>(queryKey, topics);
    mutation.mutate(topics);
  };
  return { set, error: mutation.error };
}
