import { z } from 'zod';
import { CHANNELS, type Channel } from '../channels';
import { SLA_STATES } from '../sla/sla-state';
import type { EscalationDto, PersonDto } from './workflow';

export const CONVERSATION_STATUSES = ['open', 'claimed', 'waiting', 'escalated', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const MESSAGE_DIRECTIONS = ['inbound', 'outbound', 'note'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

// Ordered by progress: a status webhook never moves a message backwards (Meta may send `read` before `delivered`).
export const DELIVERY_STATUSES = ['pending', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const MEDIA_TYPES = ['image', 'document', 'audio', 'video', 'sticker'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export interface AttachmentDto {
  id: string;
  mediaType: MediaType;
  mimeType: string | null;
  fileName: string | null;
  size: number | null;
  status: 'pending' | 'stored' | 'failed';
  /** API path to download the file (needs the session). */
  url: string;
}

export interface SharedContact {
  name: string;
  phones: string[];
  emails: string[];
}

/** What a message says, independent of the channel that carried it. */
export type MessageContent =
  | { kind: 'text'; text: string }
  | { kind: 'media'; mediaType: MediaType; caption: string | null; attachmentId: string }
  | { kind: 'location'; latitude: number; longitude: number; name: string | null; address: string | null }
  | { kind: 'contacts'; contacts: SharedContact[] }
  | { kind: 'choice'; text: string; choiceId: string | null }
  | { kind: 'reaction'; emoji: string | null; targetMessageId: string | null }
  | { kind: 'template'; name: string; language: string; parameters: string[] }
  | { kind: 'unsupported'; providerType: string; detail: string | null }
  | {
      kind: 'email';
      subject: string | null;
      text: string;
      /** Sanitised HTML (scripts, handlers and active content removed); remote images still need the agent's consent. */
      html: string | null;
      hasRemoteImages: boolean;
    };

/** public: a comment or tweet anyone can read; private: a direct message or an e-mail. */
export const VISIBILITIES = ['private', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Mail (or a message) sent by a machine: it is attached to its conversation but is never a question. */
export type AutomatedKind = 'auto-reply' | 'bounce';

export interface DeliveryDto {
  status: DeliveryStatus;
  updatedAt: string;
  /** Stable code the client turns into a Dutch/English explanation (i18n key `delivery.failure.<code>`). */
  failureCode: string | null;
  /** The provider's own words, for the curious agent and for support. */
  failureDetail: string | null;
}

export interface MessageDto {
  id: string;
  conversationId: string;
  direction: MessageDirection;
  content: MessageContent;
  /** Plain-text rendering, used for previews and search. */
  preview: string;
  /** When the message was sent: the provider's timestamp for inbound messages. */
  sentAt: string;
  author: { id: string; name: string } | null;
  delivery: DeliveryDto | null;
  attachments: AttachmentDto[];
  replyToMessageId: string | null;
  /** Outbound only: whether the answer was public (a comment, a tweet) or private. */
  visibility: Visibility;
  editedAt: string | null;
  /** The citizen (or the page) removed it at the provider; the text stays for the record. */
  removedAt: string | null;
  automated: AutomatedKind | null;
  /** Outbound only: when this answer ended the citizen's wait, how that wait went against its deadline. */
  answer: AnswerRecordDto | null;
}

export interface AnswerRecordDto {
  /** The oldest question it answered. */
  waitingSince: string;
  deadlineAt: string;
  /** Working time from the question to the answer. */
  workingMs: number;
  withinSla: boolean;
}

export interface ContactIdentityDto {
  channel: Channel;
  externalId: string;
  displayName: string | null;
}

export interface ConversationSummaryDto {
  id: string;
  channel: Channel;
  channelAccountId: string;
  status: ConversationStatus;
  visibility: Visibility;
  /** E-mail subject, or what a public thread is about. */
  subject: string | null;
  contact: { id: string; displayName: string; handle: string };
  lastMessagePreview: string;
  lastMessageAt: string;
  /** The citizen's last message: the channel's reply window runs from here. */
  lastInboundAt: string | null;
  /** Oldest inbound message not yet answered; null when the citizen has had an answer. */
  waitingSince: string | null;
  /** When the citizen must have an answer (SLA): waitingSince plus the policy's working hours; null when answered. */
  deadlineAt: string | null;
  /** When the deadline turns at risk (the channel policy's at-risk hours before it, in working time). */
  atRiskAt: string | null;
  /** When that deadline was missed, recorded at its true moment; null while it holds. */
  breachedAt: string | null;
  unansweredCount: number;
  /** Who holds it (claimed): only they answer the citizen. */
  assignee: PersonDto | null;
  claimedAt: string | null;
  /** The back office that has it (an open escalation); null while webcare has it. */
  department: PersonDto | null;
  resolvedAt: string | null;
  /** The citizen's mark (1–10, halves allowed) in reply to the satisfaction question; null when none. */
  csat: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ConversationDetailDto {
  conversation: ConversationSummaryDto;
  identities: ContactIdentityDto[];
  messages: MessageDto[];
  /** The citizen's other conversations, on any channel, newest first. */
  history: ConversationSummaryDto[];
  /** The citizen came back within 7 days of an earlier conversation. */
  repeatContact: boolean;
  /** Every hand-over to a back office, oldest first: the whole path. */
  escalations: EscalationDto[];
}

export interface ConversationPageDto {
  items: ConversationSummaryDto[];
  nextCursor: string | null;
}

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((raw) => raw.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)));

export const listConversationsQuerySchema = z.object({
  status: csv(CONVERSATION_STATUSES).optional(),
  channel: csv(CHANNELS).optional(),
  /** Only conversations in these SLA states now (waiting ones; 'none' is an answered conversation). */
  sla: csv(SLA_STATES).optional(),
  /** 'me': what I hold; 'none': what nobody holds; or a user's id. */
  assignee: z.union([z.enum(['me', 'none']), z.uuid()]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListConversationsQuery = z.input<typeof listConversationsQuerySchema>;

export const MAX_REPLY_LENGTH = 4096;

export const replyRequestSchema = z.union([
  z
    .object({
      text: z.string().trim().min(1).max(MAX_REPLY_LENGTH),
      /** For a public conversation: answer in public (default) or privately. */
      visibility: z.enum(VISIBILITIES).optional(),
    })
    .strict(),
  z
    .object({
      template: z
        .object({
          name: z.string().min(1).max(512),
          language: z.string().min(2).max(15),
          parameters: z.array(z.string().trim().min(1).max(1024)).max(20).default([]),
        })
        .strict(),
    })
    .strict(),
]);
export type ReplyRequest = z.input<typeof replyRequestSchema>;

export interface MessageTemplateDto {
  name: string;
  language: string;
  category: string;
  /** Body text with {{1}}, {{2}} … placeholders. */
  body: string;
  parameterCount: number;
}
