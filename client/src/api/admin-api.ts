import type {
  AdminUserDto,
  ChannelAccountDto,
  CreateChannelAccountRequest,
  CreateUserRequest,
  SlaRecomputeDto,
  SlaSettingsDto,
  UpdateChannelAccountRequest,
  UpdateSlaSettingsRequest,
  UpdateUserRequest,
} from '@ingang/shared';
import { slaKeys } from '../sla/sla-api';
import { apiRequest } from './http';

export const adminKeys = {
  channelAccounts: ['admin', 'channel-accounts'] as const,
  users: ['admin', 'users'] as const,
  // Not under 'admin': every screen with a countdown reads the same settings, so a save shows there at once.
  slaSettings: slaKeys.settings,
  slaRecompute: ['admin', 'sla-settings', 'recompute'] as const,
};

const accountPath = (id: string) => `/api/admin/channel-accounts/${encodeURIComponent(id)}`;

export function fetchChannelAccounts(signal?: AbortSignal): Promise<ChannelAccountDto[]> {
  return apiRequest<ChannelAccountDto[]>('/api/admin/channel-accounts', { signal });
}

export function createChannelAccount(request: CreateChannelAccountRequest): Promise<ChannelAccountDto> {
  return apiRequest<ChannelAccountDto>('/api/admin/channel-accounts', { method: 'POST', body: request });
}

/** A secret given replaces the stored one, an empty string removes it, one left out is kept. */
export function updateChannelAccount(id: string, request: UpdateChannelAccountRequest): Promise<ChannelAccountDto> {
  return apiRequest<ChannelAccountDto>(accountPath(id), { method: 'PATCH', body: request });
}

export function deleteChannelAccount(id: string): Promise<void> {
  return apiRequest<void>(accountPath(id), { method: 'DELETE' });
}

export function fetchUsers(signal?: AbortSignal): Promise<AdminUserDto[]> {
  return apiRequest<AdminUserDto[]>('/api/admin/users', { signal });
}

export function createUser(request: CreateUserRequest): Promise<AdminUserDto> {
  return apiRequest<AdminUserDto>('/api/admin/users', { method: 'POST', body: request });
}

/** A field left out is kept; 409 CONFLICT (`details.reason`) for disabling or demoting yourself or the last admin. */
export function updateUser(id: string, request: UpdateUserRequest): Promise<AdminUserDto> {
  return apiRequest<AdminUserDto>(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: request });
}

/** The whole settings and the version they were edited from: 409 CONFLICT when someone else saved meanwhile. */
export function saveSlaSettings(request: UpdateSlaSettingsRequest): Promise<SlaSettingsDto> {
  return apiRequest<SlaSettingsDto>('/api/admin/sla-settings', { method: 'PUT', body: request });
}

/** How far the server is with recomputing every open deadline after a save. */
export function fetchSlaRecompute(signal?: AbortSignal): Promise<SlaRecomputeDto> {
  return apiRequest<SlaRecomputeDto>('/api/admin/sla-settings/recompute', { signal });
}
