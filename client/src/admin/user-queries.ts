import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminUserDto, CreateUserRequest, UpdateUserRequest } from '@ingang/shared';
import { adminKeys, createUser, updateUser } from '../api/admin-api';
import { auditKeys } from '../api/audit-api';
import { authKeys } from '../api/auth-api';
import { colleagueKeys } from '../users/colleagues-api';

// Every view of users is stale after a change: the list, the colleagues, the audit log, your own name.
function useUsersMutation<T>(mutationFn: (input: T) => Promise<AdminUserDto>) {
  const queryClient = useQueryClient();
  return useMutation<AdminUserDto, Error, T>({
    mutationFn,
    onSettled: async () => {
      await Promise.all(
        [adminKeys.users, colleagueKeys.all, auditKeys.all, authKeys.me].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}

export function useCreateUser() {
  return useUsersMutation<CreateUserRequest>(createUser);
}

export function useUpdateUser() {
  return useUsersMutation<{ id: string; request: UpdateUserRequest }>(({ id, request }) => updateUser(id, request));
}
