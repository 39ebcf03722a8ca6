import { useEffect } from 'react';
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type {
  ConversationDetailDto,
  ConversationSummaryDto,
  EscalationDto,
  MessageDto,
  SlaChangeDto,
  UserDto,
} from '@ingang/shared';
import { applyEscalationsToList } from '../escalations/escalation-list';
import { escalationKeys, type EscalationFilter } from '../escalations/escalations-api';
import { slaKeys } from '../sla/sla-api';
import { slaClock } from '../sla/sla-clock';
import { authKeys } from './auth-api';
import {
  applyConversationsToList,
  applyConversationToDetail,
  detailNeedsRefetch,
  firstPageOnly,
  knownConversations,
  refreshSlaFilteredList,
  unplacedSlaChanges,
  upsertEscalation,
  upsertMessages,
  type ConversationListData,
} from './conversation-cache';
import { conversationKeys, type ConversationFilter } from './conversations-api';
import { getSocket } from './socket';

// Under load the server pushes hundreds of events a second; folding them into the cache in small batches keeps
// the inbox at one render per batch instead of one per event.
const FLUSH_DELAY_MS = 50;

/** Who "me" is in the lists of my own conversations. */
function currentUserId(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<UserDto | null>(authKeys.me)?.id ?? null;
}

function conversationListQueries(queryClient: QueryClient): { queryKey: QueryKey; filter: ConversationFilter }[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: conversationKeys.lists })
    .map((query) => ({ queryKey: query.queryKey, filter: query.queryKey[2] as ConversationFilter }));
}

/**
 * Folds new versions of conversations into every cached list and open conversation: from the socket, and from the
 * answer to the agent's own action (claim, release, …), which may arrive before or after the socket's copy.
 */
export function applyConversationUpdates(queryClient: QueryClient, conversations: ConversationSummaryDto[]): void {
  const now = slaClock.now();
  const userId = currentUserId(queryClient);
  for (const { queryKey, filter } of conversationListQueries(queryClient)) {
    queryClient.setQueryData<ConversationListData>(
      queryKey,
      (data) => data && applyConversationsToList(data, conversations, filter, now, userId),
    );
  }
  // Every open or recently viewed conversation shows the citizen's other conversations too: fold updates into
  // those, and refetch a detail whose citizen changed (a merge, a new conversation) for its addresses and history.
  const stale: QueryKey[] = [];
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.details })) {
    const cached = queryClient.getQueryData<ConversationDetailDto>(query.queryKey);
    if (!cached) continue;
    if (conversations.some((conversation) => detailNeedsRefetch(cached, conversation))) {
      stale.push(query.queryKey);
      continue;
    }
    const updated = conversations.reduce(applyConversationToDetail, cached);
    if (updated !== cached) queryClient.setQueryData(query.queryKey, updated);
  }
  for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey, exact: true });
}

/** New or changed escalations: into the path of their conversation, and into (or out of) the back office's lists. */
export function applyEscalationUpdates(queryClient: QueryClient, escalations: EscalationDto[]): void {
  for (const escalation of escalations) {
    queryClient.setQueryData<ConversationDetailDto>(
      conversationKeys.detail(escalation.conversationId),
      (detail) => detail && upsertEscalation(detail, escalation),
    );
  }
  for (const query of queryClient.getQueryCache().findAll({ queryKey: escalationKeys.lists })) {
    const filter = query.queryKey[2] as EscalationFilter;
    queryClient.setQueryData<EscalationDto[]>(
      query.queryKey,
      (list) => list && applyEscalationsToList(list, escalations, filter),
    );
  }
}

class RealtimeCacheWriter {
  private conversations = new Map<string, ConversationSummaryDto>();
  private messages: MessageDto[] = [];
  private slaChanges: SlaChangeDto[] = [];
  private escalations = new Map<string, EscalationDto>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly queryClient: QueryClient) {}

  conversation(conversation: ConversationSummaryDto): void {
    this.conversations.set(conversation.id, conversation);
    this.schedule();
  }

  message(message: MessageDto): void {
    this.messages.push(message);
    this.schedule();
  }

  slaChange(change: SlaChangeDto): void {
    this.slaChanges.push(change);
    this.schedule();
  }

  escalation(escalation: EscalationDto): void {
    this.escalations.set(escalation.id, escalation);
    this.schedule();
  }

  /** The SLA clock moved: lists filtered by SLA state lose the rows that moved on and take in those that arrived. */
  refreshSlaFilteredLists(): void {
    const queries = this.listQueries().filter(({ filter }) => filter.slaStates.length > 0);
    if (queries.length === 0) return;
    const known = this.knownConversations();
    const now = slaClock.now();
    const userId = currentUserId(this.queryClient);
    for (const { queryKey, filter } of queries) {
      const data = this.queryClient.getQueryData<ConversationListData>(queryKey);
      const updated = data && refreshSlaFilteredList(data, known, filter, now, userId);
      if (updated !== data) this.queryClient.setQueryData(queryKey, updated);
    }
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), FLUSH_DELAY_MS);
  }

  private flush(): void {
    this.timer = null;
    const conversations = [...this.conversations.values()];
    const messages = this.messages;
    const slaChanges = this.slaChanges;
    const escalations = [...this.escalations.values()];
    this.conversations = new Map();
    this.messages = [];
    this.slaChanges = [];
    this.escalations = new Map();
    if (conversations.length > 0) applyConversationUpdates(this.queryClient, conversations);
    if (messages.length > 0) this.applyMessages(messages);
    if (slaChanges.length > 0) this.applySlaChanges(slaChanges);
    if (escalations.length > 0) applyEscalationUpdates(this.queryClient, escalations);
  }

  private listQueries(): { queryKey: QueryKey; filter: ConversationFilter }[] {
    return conversationListQueries(this.queryClient);
  }

  private knownConversations(): Map<string, ConversationSummaryDto> {
    const lists = this.queryClient.getQueriesData<ConversationListData>({ queryKey: conversationKeys.lists });
    const details = this.queryClient.getQueriesData<ConversationDetailDto>({ queryKey: conversationKeys.details });
    return knownConversations(
      lists.flatMap(([, data]) => (data ? [data] : [])),
      details.flatMap(([, data]) => (data ? [data] : [])),
    );
  }

  private applyMessages(messages: MessageDto[]): void {
    const byConversation = new Map<string, MessageDto[]>();
    for (const message of messages) {
      const group = byConversation.get(message.conversationId);
      if (group) group.push(message);
      else byConversation.set(message.conversationId, [message]);
    }
    for (const [conversationId, group] of byConversation) {
      this.queryClient.setQueryData<ConversationDetailDto>(
        conversationKeys.detail(conversationId),
        (detail) => detail && upsertMessages(detail, group),
      );
    }
  }

  // The server announces the moment a conversation turns at risk or breached. Moving the clock to it re-sorts the
  // filtered lists (see refreshSlaFilteredLists); a conversation the cache does not know makes its lists refetch.
  private applySlaChanges(changes: SlaChangeDto[]): void {
    const latest = Math.max(...changes.map((change) => Date.parse(change.at)));
    slaClock.advanceTo(new Date(latest));
    const joined = (filter: ConversationFilter, among: SlaChangeDto[]) =>
      among.some((change) => filter.slaStates.includes(change.state));
    const lists = this.listQueries().filter(({ filter }) => joined(filter, changes));
    if (lists.length === 0) return;
    const unplaced = unplacedSlaChanges(changes, this.knownConversations());
    for (const { queryKey, filter } of lists) {
      if (joined(filter, unplaced)) void this.queryClient.invalidateQueries({ queryKey, exact: true });
    }
  }
}

/**
 * Resynchronises after a (re)connect, and after the SLA settings changed and every deadline was recomputed: events
 * sent while the socket was away are lost, so refetch once, the SLA settings included.
 */
function resynchronise(queryClient: QueryClient): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.lists })) {
    queryClient.setQueryData<ConversationListData>(query.queryKey, (data) => data && firstPageOnly(data));
  }
  void queryClient.invalidateQueries({ queryKey: slaKeys.settings });
  void queryClient.invalidateQueries({ queryKey: conversationKeys.all });
  void queryClient.invalidateQueries({ queryKey: escalationKeys.all });
}

/** Connects the socket while mounted and applies its events to the TanStack Query cache. */
export function useRealtimeCache(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const socket = getSocket();
    const writer = new RealtimeCacheWriter(queryClient);
    const onConversation = (conversation: ConversationSummaryDto) => writer.conversation(conversation);
    const onMessage = (message: MessageDto) => writer.message(message);
    const onSlaChange = (change: SlaChangeDto) => writer.slaChange(change);
    const onEscalation = (escalation: EscalationDto) => writer.escalation(escalation);
    const onResynchronise = () => resynchronise(queryClient);
    // A refused handshake (expired session) stops reconnecting: ask the API who we are, which leads to login.
    const onConnectError = () => {
      if (!socket.active) void queryClient.invalidateQueries({ queryKey: authKeys.me });
    };
    socket.on('conversation.created', onConversation);
    socket.on('conversation.updated', onConversation);
    socket.on('message.created', onMessage);
    socket.on('message.updated', onMessage);
    socket.on('sla.changed', onSlaChange);
    socket.on('escalation.created', onEscalation);
    socket.on('escalation.updated', onEscalation);
    socket.on('sla.recomputed', onResynchronise);
    socket.on('connect', onResynchronise);
    socket.on('connect_error', onConnectError);
    const stopClock = slaClock.subscribe(() => writer.refreshSlaFilteredLists());
    socket.connect();
    return () => {
      socket.off('conversation.created', onConversation);
      socket.off('conversation.updated', onConversation);
      socket.off('message.created', onMessage);
      socket.off('message.updated', onMessage);
      socket.off('sla.changed', onSlaChange);
      socket.off('escalation.created', onEscalation);
      socket.off('escalation.updated', onEscalation);
      socket.off('sla.recomputed', onResynchronise);
      socket.off('connect', onResynchronise);
      socket.off('connect_error', onConnectError);
      stopClock();
      socket.disconnect();
      writer.dispose();
    };
  }, [queryClient]);
}
