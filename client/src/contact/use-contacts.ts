import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Channel, ContactDetailDto, ConversationDetailDto } from '@ingang/shared';
import {
  contactKeys,
  fetchContact,
  linkIdentity,
  mergeContact,
  MIN_CONTACT_QUERY_LENGTH,
  renameContact,
  searchContacts,
} from '../api/contacts-api';
import { conversationKeys } from '../api/conversations-api';

export function useContactSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: contactKeys.search(trimmed),
    queryFn: ({ signal }) => searchContacts(trimmed, signal),
    enabled: trimmed.length >= MIN_CONTACT_QUERY_LENGTH,
    staleTime: 10_000,
    placeholderData: (previous) => previous,
  });
}

/** A contact with all its conversations; always fetched fresh, it is shown right before a merge. */
export function useContact(id: string | null) {
  return useQuery({
    queryKey: contactKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchContact(id ?? '', signal),
    enabled: id !== null,
    staleTime: 0,
  });
}

// The answer holds the citizen as it is now: show it in the open conversation at once, then refetch every
// conversation of this citizen (their addresses and histories changed); the socket updates the inbox rows.
function afterContactChange(queryClient: QueryClient, contact: ContactDetailDto, removedContactId?: string): void {
  queryClient.setQueryData(contactKeys.detail(contact.id), contact);
  if (removedContactId) queryClient.removeQueries({ queryKey: contactKeys.detail(removedContactId) });
  void queryClient.invalidateQueries({ queryKey: contactKeys.searches });
  const ids = new Set(contact.conversations.map((conversation) => conversation.id));
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.details })) {
    const detail = queryClient.getQueryData<ConversationDetailDto>(query.queryKey);
    if (!detail || !ids.has(detail.conversation.id)) continue;
    queryClient.setQueryData<ConversationDetailDto>(query.queryKey, {
      ...detail,
      conversation: {
        ...detail.conversation,
        contact: { ...detail.conversation.contact, displayName: contact.displayName },
      },
      identities: contact.identities,
      history: contact.conversations.filter((conversation) => conversation.id !== detail.conversation.id),
    });
  }
  for (const id of ids) void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(id), exact: true });
}

export function useRenameContact(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (displayName: string) => renameContact(contactId, displayName),
    onSuccess: (contact) => afterContactChange(queryClient, contact),
  });
}

export function useLinkIdentity(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channel, externalId }: { channel: Channel; externalId: string }) =>
      linkIdentity(contactId, channel, externalId),
    onSuccess: (contact) => afterContactChange(queryClient, contact),
  });
}

export function useMergeContact(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (otherContactId: string) => mergeContact(contactId, otherContactId),
    onSuccess: (contact, otherContactId) => afterContactChange(queryClient, contact, otherContactId),
  });
}
