import type { Channel, DeliveryStatus, MediaType, MessageContent, MessageTemplateDto } from '@ingang/shared';

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
  replyToProviderId: string | null;
  /** Our own message id: providers that support idempotency keys get it. */
  idempotencyKey: string;
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

/** One channel, behind one interface: verify, parse, send, fetch media, map errors. */
export interface ChannelAdapter {
  readonly channel: Channel;
  isConfigured(): boolean;
  handshake(query: Record<string, unknown>): HandshakeResult;
  verifySignature(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): boolean;
  /** Turns a verified, JSON-parsed webhook body into items; throws WebhookPayloadError when it is malformed. */
  parseWebhook(body: unknown, receivedAt: Date): InboundItem[];
  send(request: OutboundRequest): Promise<{ providerMessageId: string }>;
  fetchMedia(accountId: string, providerRef: string, maxBytes: number): Promise<FetchedMedia>;
  listTemplates(accountId: string): Promise<MessageTemplateDto[]>;
}

export const CHANNEL_ADAPTERS = Symbol('CHANNEL_ADAPTERS');
