import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConversationDetailDto, ConversationSummaryDto, NoteRequest, ResolveRequest } from '@ingang/shared';
import { upsertMessages } from '../api/conversation-cache';
import {
  addNote,
  assignConversation,
  claimConversation,
  claimNextConversation,
  conversationKeys,
  releaseConversation,
  reopenConversation,
  resolveConversation,
} from '../api/conversations-api';
import { applyConversationUpdates } from '../api/use-realtime-cache';
import { fetchDepartments, fetchOutcomes, workflowKeys } from './workflow-api';

const LISTS_STALE_MS = 5 * 60_000;

// One list of colleagues for the whole app (who is online, to hand over to or mention).
export { useColleagues } from '../users/use-colleagues';

export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: workflowKeys.departments,
    queryFn: ({ signal }) => fetchDepartments(signal),
    staleTime: LISTS_STALE_MS,
    enabled,
  });
}

export function useOutcomes(enabled = true) {
  return useQuery({
    queryKey: workflowKeys.outcomes,
    queryFn: ({ signal }) => fetchOutcomes(signal),
    staleTime: LISTS_STALE_MS,
    enabled,
  });
}

export type HoldAction =
  | { kind: 'claim' }
  | { kind: 'release' }
  | { kind: 'assign'; userId: string }
  | { kind: 'reopen' }
  | { kind: 'resolve'; request: ResolveRequest };

function perform(id: string, action: HoldAction): Promise<ConversationSummaryDto> {
  switch (action.kind) {
    case 'claim':
      return claimConversation(id);
    case 'release':
      return releaseConversation(id);
    case 'assign':
      return assignConversation(id, { userId: action.userId });
    case 'reopen':
      return reopenConversation(id);
    case 'resolve':
      return resolveConversation(id, action.request);
  }
}

/** Claim, release, hand over, resolve, reopen: the answer goes into the cache at once, the socket confirms. */
export function useConversationAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: HoldAction) => perform(id, action),
    onSuccess: (summary) => applyConversationUpdates(queryClient, [summary]),
  });
}

/** Takes the most urgent question nobody holds; null when nothing is waiting. */
export function useClaimNext() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimNextConversation,
    onSuccess: (summary) => {
      if (summary) applyConversationUpdates(queryClient, [summary]);
    },
  });
}

export function useAddNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NoteRequest) => addNote(id, request),
    onSuccess: (message) => {
      queryClient.setQueryData<ConversationDetailDto>(
        conversationKeys.detail(id),
        (detail) => detail && upsertMessages(detail, [message]),
      );
    },
  });
}
