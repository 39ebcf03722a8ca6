import type {
  AutomatedKind,
  Channel,
  DeliveryStatus,
  MediaType,
  MessageContent,
  MessageTemplateDto,
  Visibility,
} from '@ingang/shared';

/** What arrived, as the provider's media handle rather than a stored file. */
export type InboundContent =
  | Exclude<MessageContent, { kind: 'media' } | { kind: 'template' }>
  | {
      kind: 'media';
      mediaType: MediaType;
      caption: string | null;
      providerRef: string;
      mimeType: string | null;
      fileName: string | null;
    };

/** A file that came with a message: to be fetched from the provider, or already stored by the receiver (mail). */
export interface InboundAttachment {
  mediaType: MediaType;
  providerRef: string | null;
  /** Absolute path of a file the receiver already wrote (e-mail attachments arrive inside the message). */
  storedPath: string | null;
  /** The attachment's id (a v4 UUID), when the receiver fixed it so the content can link to the file (mail HTML). */
  id?: string;
  mimeType: string | null;
  fileName: string | null;
  size: number | null;
}

interface InboundItemBase {
  channel: Channel;
  /** The municipality's account the event came in on. */
  accountId: string;
  /** Unique per channel: the same delivery twice has the same key. */
  dedupKey: string;
  /** The provider's timestamp, ISO 8601. */
  occurredAt: string;
}

/** A provider event normalised by its channel adapter; the pipeline and the domain only ever see these. */
export type InboundItem =
  | (InboundItemBase & {
      type: 'message';
      /** inbound: the citizen wrote; outbound: the account itself sent it from elsewhere (an echo). */
      direction: 'inbound' | 'outbound';
      providerMessageId: string;
      contact: { externalId: string; displayName: string | null };
      content: InboundContent;
      replyToProviderId: string | null;
      /** Defaults to private. Public items (comments, mentions) get conversations of their own. */
      visibility?: Visibility;
      /**
       * What groups public items or mail into one conversation: the post a comment is on, a tweet thread, a mail
       * subject. Items with a thread key only join a conversation with the same key.
       */
      threadKey?: string | null;
      subject?: string | null;
      /** Provider ids this item refers to (mail In-Reply-To/References, a parent comment): they find its conversation. */
      references?: string[];
      /** Sent by a machine (auto-reply, bounce): attached to its conversation, never a question. */
      automated?: AutomatedKind | null;
      /** Files besides a `media` content (Messenger can send several; mail has attachments). */
      attachments?: InboundAttachment[];
    })
  | (InboundItemBase & {
      // The citizen (or the account) changed a message already received.
      type: 'edit';
      providerMessageId: string;
      content: InboundContent;
    })
  | (InboundItemBase & {
      type: 'remove';
      providerMessageId: string;
    })
  | (InboundItemBase & {
      // Messenger reports delivery and reading as a watermark: everything sent to this citizen up to then.
      type: 'watermark';
      status: 'delivered' | 'read';
      contactExternalId: string;
      upTo: string;
    })
  | (InboundItemBase & {
      type: 'status';
      providerMessageId: string;
      status: DeliveryStatus;
      error: { code: string; detail: string } | null;
    })
  | (InboundItemBase & {
      // Kept for the record (e.g. an errors-only webhook) but belonging to no conversation.
      type: 'unattributed';
      reason: string;
      raw: unknown;
    });

export interface HandshakeResult {
  status: number;
  body: string | Record<string, unknown>;
}

export type OutboundContent =
  { kind: 'text'; text: string } | { kind: 'template'; name: string; language: string; parameters: string[] };

export interface OutboundRequest {
  accountId: string;
  to: string;
  content: OutboundContent;
  /** The provider id of the message this answers: the last inbound message, or the comment or tweet replied to. */
  replyToProviderId: string | null;
  /** Our own message id: providers that support idempotency keys get it. */
  idempotencyKey: string;
  /** public: a comment reply or reply tweet; private: a direct message (also for a private reply to a comment). */
  visibility: Visibility;
  threadKey: string | null;
  subject: string | null;
  /** Provider ids of the conversation's earlier messages, oldest first (mail References). */
  references: string[];
  /** The question being answered, for mail's quoted text. */
  quote: { text: string; sentAt: string; from: string } | null;
  /** The citizen's last message: decides e.g. Messenger's messaging type or HUMAN_AGENT tag. */
  lastInboundAt: string | null;
}

export interface FetchedMedia {
  body: ReadableStream<Uint8Array> | Buffer;
  mimeType: string | null;
  size: number | null;
}

/** A send that did not succeed: retryable ones are tried again with backoff, the others fail the message. */
export class ChannelSendError extends Error {
  constructor(
    readonly retryable: boolean,
    /** Stable failure code the client explains to the agent (i18n `delivery.failure.<code>`). */
    readonly failureCode: string,
    readonly detail: string,
  ) {
    super(`${failureCode}: ${detail}`);
  }
}

/** The webhook body is not what the provider documents. */
export class WebhookPayloadError extends Error {}

/** A provider's limit on the text of one message, checked before a reply is queued. */
export interface TextLimit {
  max: number;
  /** Counts the text the way the provider does (X weighs URLs, CJK and emoji). */
  count(text: string): number;
}

/** One channel, behind one interface: verify, parse, send, fetch media, map errors. */
export interface ChannelAdapter {
  readonly channel: Channel;
  /** Environment settings or an enabled channel account: without either, webhooks and mail are refused unread. */
  isConfigured(): Promise<boolean>;
  handshake(query: Record<string, unknown>): Promise<HandshakeResult>;
  /** True when the body is signed with the environment's secret or with an enabled account's. */
  verifySignature(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): Promise<boolean>;
  /** Turns a verified, JSON-parsed webhook body into items; throws WebhookPayloadError when it is malformed. */
  parseWebhook(body: unknown, receivedAt: Date): InboundItem[];
  /** Sends with the credentials of `request.accountId`'s account (see AccountCredentials.forAccount). */
  send(request: OutboundRequest): Promise<{ providerMessageId: string }>;
  fetchMedia(accountId: string, providerRef: string, maxBytes: number): Promise<FetchedMedia>;
  listTemplates(accountId: string): Promise<MessageTemplateDto[]>;
  /** The text limit for a reply of this visibility, when the provider has one stricter than the API's own. */
  textLimit?(visibility: Visibility): TextLimit | null;
}

export const CHANNEL_ADAPTERS = Symbol('CHANNEL_ADAPTERS');
