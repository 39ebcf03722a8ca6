import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChannelAccountDto,
  CreateChannelAccountRequest,
  CreateUserRequest,
  UpdateChannelAccountRequest,
  UserDto,
} from '@ingang/shared';
import {
  adminKeys,
  createChannelAccount,
  createUser,
  deleteChannelAccount,
  fetchChannelAccounts,
  fetchUsers,
  updateChannelAccount,
} from '../api/admin-api';

export function useChannelAccounts() {
  return useQuery({ queryKey: adminKeys.channelAccounts, queryFn: ({ signal }) => fetchChannelAccounts(signal) });
}

function useAccountsMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.channelAccounts }),
  });
}

export function useCreateChannelAccount() {
  return useAccountsMutation<CreateChannelAccountRequest, ChannelAccountDto>(createChannelAccount);
}

export function useUpdateChannelAccount() {
  return useAccountsMutation<{ id: string; request: UpdateChannelAccountRequest }, ChannelAccountDto>(
    ({ id, request }) => updateChannelAccount(id, request),
  );
}

export function useDeleteChannelAccount() {
  return useAccountsMutation<string, void>(deleteChannelAccount);
}

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users, queryFn: ({ signal }) => fetchUsers(signal) });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation<UserDto, Error, CreateUserRequest>({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
