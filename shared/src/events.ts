import type { ConversationSummaryDto, MessageDto } from './dto/conversation';
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
}

export interface SlaChangeDto {
  conversationId: string;
  state: SlaState;
  deadlineAt: string;
  at: string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}
