import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CallbackAttemptRequest,
  CallbackDto,
  CompleteCallbackRequest,
  CreateCallbackRequest,
} from '@ingang/shared';
import { getSocket } from '../api/socket';
import { useCurrentUser } from '../auth/use-session';
import {
  callbackKeys,
  completeCallback,
  createCallback,
  fetchActiveDepartments,
  fetchCallbacks,
  logCallbackAttempt,
  type CallbackFilter,
} from './callbacks-api';
import { placeCallback } from './callback-list';

export function useCallbackList(filter: CallbackFilter) {
  return useQuery({
    queryKey: callbackKeys.list(filter),
    queryFn: ({ signal }) => fetchCallbacks(filter, signal),
  });
}

export function useActiveDepartments() {
  return useQuery({
    queryKey: callbackKeys.departments,
    queryFn: ({ signal }) => fetchActiveDepartments(signal),
    staleTime: 5 * 60_000,
  });
}

/** Puts a callback, as the server now has it, into every cached list it belongs in (and out of the others). */
function applyCallback(queryClient: QueryClient, callback: CallbackDto, userId: string | null): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: callbackKeys.lists })) {
    const filter = query.queryKey[2] as CallbackFilter;
    queryClient.setQueryData<readonly CallbackDto[]>(
      query.queryKey,
      (list) => list && placeCallback(list, callback, filter, userId),
    );
  }
}

function useApplyCallback(): (callback: CallbackDto) => void {
  const queryClient = useQueryClient();
  const userId = useCurrentUser().data?.id ?? null;
  return (callback) => applyCallback(queryClient, callback, userId);
}

export function useCreateCallback(conversationId: string) {
  const apply = useApplyCallback();
  return useMutation({
    mutationFn: (request: CreateCallbackRequest) => createCallback(conversationId, request),
    onSuccess: apply,
  });
}

export function useLogAttempt() {
  const apply = useApplyCallback();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: CallbackAttemptRequest }) => logCallbackAttempt(id, request),
    onSuccess: apply,
  });
}

export function useCompleteCallback() {
  const apply = useApplyCallback();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: CompleteCallbackRequest }) => completeCallback(id, request),
    onSuccess: apply,
  });
}

/**
 * Keeps the callback lists live while mounted: every booking, attempt and outcome is pushed, and after a reconnect
 * (pushes may have been missed) the lists are fetched again. The socket itself is connected by the app shell.
 */
export function useCallbackLiveUpdates(): void {
  const queryClient = useQueryClient();
  const userId = useCurrentUser().data?.id ?? null;
  useEffect(() => {
    const socket = getSocket();
    const onCallback = (callback: CallbackDto) => applyCallback(queryClient, callback, userId);
    const onReconnect = () => void queryClient.invalidateQueries({ queryKey: callbackKeys.all });
    socket.on('callback.created', onCallback);
    socket.on('callback.updated', onCallback);
    socket.on('connect', onReconnect);
    return () => {
      socket.off('callback.created', onCallback);
      socket.off('callback.updated', onCallback);
      socket.off('connect', onReconnect);
    };
  }, [queryClient, userId]);
}
