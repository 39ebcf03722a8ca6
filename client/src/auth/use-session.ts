import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, UserDto } from '@ingang/shared';
import { useNavigate } from 'react-router-dom';
import { authKeys, fetchCurrentUser, login, logout } from '../api/auth-api';
import { getSocket } from '../api/socket';

export function useCurrentUser() {
  return useQuery<UserDto | null>({
    queryKey: authKeys.me,
    queryFn: ({ signal }) => fetchCurrentUser(signal),
    staleTime: Infinity,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => login(request),
    onSuccess: (response) => queryClient.setQueryData(authKeys.me, response.user),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => logout(),
    onSettled: () => {
      getSocket().disconnect();
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
      void navigate('/login', { replace: true });
    },
  });
}
