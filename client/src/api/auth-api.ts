import type { LoginRequest, LoginResponse, UserDto } from '@ingang/shared';
import { apiRequest, isApiError } from './http';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export function login(request: LoginRequest): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/api/auth/login', { method: 'POST', body: request });
}

export function logout(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST' });
}

/** The signed-in user, or null when the session is missing or expired. */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<UserDto | null> {
  try {
    return await apiRequest<UserDto>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}
