import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from '../api/auth-api';
import { isApiError } from '../api/http';

/** The cache behind every screen; the socket keeps it fresh, so queries are not refetched on focus. */
export function createQueryClient(): QueryClient {
  // Any 401 means the session ended (expired, logged out in another tab): forget the user, which shows the login.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401) queryClient.setQueryData(authKeys.me, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
