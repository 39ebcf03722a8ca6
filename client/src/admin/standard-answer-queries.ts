import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStandardAnswerRequest, UpdateStandardAnswerRequest } from '@ingang/shared';
import {
  createStandardAnswer,
  deleteStandardAnswer,
  fetchAdminStandardAnswers,
  standardAnswerKeys,
  updateStandardAnswer,
} from '../knowledge/standard-answers-api';

export function useAdminStandardAnswers() {
  return useQuery({ queryKey: standardAnswerKeys.admin, queryFn: ({ signal }) => fetchAdminStandardAnswers(signal) });
}

// Every list of standard answers is stale after a change, the agents' searches included.
function useStandardAnswersMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: standardAnswerKeys.all }),
  });
}

export function useCreateStandardAnswer() {
  return useStandardAnswersMutation((request: CreateStandardAnswerRequest) => createStandardAnswer(request));
}

export function useUpdateStandardAnswer() {
  return useStandardAnswersMutation(({ id, request }: { id: string; request: UpdateStandardAnswerRequest }) =>
    updateStandardAnswer(id, request),
  );
}

export function useDeleteStandardAnswer() {
  return useStandardAnswersMutation((id: string) => deleteStandardAnswer(id));
}
