import type { CallbackDto } from './dto/callback';
import type { ConversationSummaryDto, MessageDto } from './dto/conversation';
import type { TopicDto } from './dto/topic';
import type { EscalationDto, MentionDto, PresenceDto } from './dto/workflow';
import type { SlaRecomputeDto } from './sla/sla-settings';
import type { SlaState } from './sla/sla-state';

export const SERVER_EVENTS = {
  conversationCreated: 'conversation.created',
  conversationUpdated: 'conversation.updated',
  messageCreated: 'message.created',
  messageUpdated: 'message.updated',
  messageDeleted: 'message.deleted',
  slaChanged: 'sla.changed',
  slaRecomputed: 'sla.recomputed',
  conversationTopics: 'conversation.topics',
  escalationCreated: 'escalation.created',
  escalationUpdated: 'escalation.updated',
  presenceUpdated: 'presence.updated',
  mentionCreated: 'mention.created',
  callbackCreated: 'callback.created',
  callbackUpdated: 'callback.updated',
} as const;

export interface ServerToClientEvents {
  'conversation.created': (conversation: ConversationSummaryDto) => void;
  'conversation.updated': (conversation: ConversationSummaryDto) => void;
  'message.created': (message: MessageDto) => void;
  'message.updated': (message: MessageDto) => void;
  /** A message that turned out to be a duplicate (a provider's echo of our own send) is gone. */
  'message.deleted': (message: { id: string; conversationId: string }) => void;
  /** A waiting conversation turned at risk or breached; `at` is the moment it happened (also after a restart). */
  'sla.changed': (change: SlaChangeDto) => void;
  /**
   * The SLA settings changed and every open deadline was recomputed with them: reload the settings and the lists.
   * Individual conversations are not announced one by one (there can be many thousands).
   */
  'sla.recomputed': (recompute: SlaRecomputeDto) => void;
  /** The topics of a conversation changed: all of them now, in list order (an empty list: none). */
  'conversation.topics': (payload: { conversationId: string; topics: TopicDto[] }) => void;
  'escalation.created': (escalation: EscalationDto) => void;
  'escalation.updated': (escalation: EscalationDto) => void;
  /** Who views and types in a conversation changed. */
  'presence.updated': (presence: PresenceDto) => void;
  /** Sent only to the mentioned user. */
  'mention.created': (mention: MentionDto) => void;
  /** A callback was booked; `callback.updated`: an attempt was logged or it was done (the whole callback, again). */
  'callback.created': (callback: CallbackDto) => void;
  'callback.updated': (callback: CallbackDto) => void;
}

export interface SlaChangeDto {
  conversationId: string;
  state: SlaState;
  deadlineAt: string;
  at: string;
}

export interface ClientToServerEvents {
  /** The conversation this browser tab shows now (null: none). */
  'presence.view': (view: { conversationId: string | null }) => void;
  /** The agent started or stopped typing an answer or note in the conversation they view. */
  'presence.typing': (typing: { conversationId: string; typing: boolean }) => void;
}
