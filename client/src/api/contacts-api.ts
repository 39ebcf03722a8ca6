import type { Channel, ContactDetailDto, ContactSummaryDto } from '@ingang/shared';
import { apiRequest } from './http';

/** The server searches from this many characters on. */
export const MIN_CONTACT_QUERY_LENGTH = 2;

export const contactKeys = {
  all: ['contacts'] as const,
  searches: ['contacts', 'search'] as const,
  search: (query: string) => ['contacts', 'search', query] as const,
  detail: (id: string) => ['contacts', 'detail', id] as const,
};

const contactPath = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

export function searchContacts(query: string, signal?: AbortSignal): Promise<ContactSummaryDto[]> {
  return apiRequest<ContactSummaryDto[]>(`/api/contacts?${new URLSearchParams({ query }).toString()}`, { signal });
}

export function fetchContact(id: string, signal?: AbortSignal): Promise<ContactDetailDto> {
  return apiRequest<ContactDetailDto>(contactPath(id), { signal });
}

export function renameContact(id: string, displayName: string): Promise<ContactDetailDto> {
  return apiRequest<ContactDetailDto>(contactPath(id), { method: 'PATCH', body: { displayName } });
}

/** The other contact's addresses and conversations move to this one; the other contact is gone afterwards. */
export function mergeContact(id: string, otherContactId: string): Promise<ContactDetailDto> {
  return apiRequest<ContactDetailDto>(`${contactPath(id)}/merge`, { method: 'POST', body: { otherContactId } });
}

/** Links another address; when it belongs to another contact, that contact is merged into this one. */
export function linkIdentity(id: string, channel: Channel, externalId: string): Promise<ContactDetailDto> {
  return apiRequest<ContactDetailDto>(`${contactPath(id)}/identities`, {
    method: 'POST',
    body: { channel, externalId },
  });
}
