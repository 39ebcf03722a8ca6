import type { ConversationSummaryDto, MessageDto } from './dto/conversation';

export const SERVER_EVENTS = {
  conversationCreated: 'conversation.created',
  conversationUpdated: 'conversation.updated',
  messageCreated: 'message.created',
  messageUpdated: 'message.updated',
} as const;

export interface ServerToClientEvents {
  'conversation.created': (conversation: ConversationSummaryDto) => void;
  'conversation.updated': (conversation: ConversationSummaryDto) => void;
  'message.created': (message: MessageDto) => void;
  'message.updated': (message: MessageDto) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}
