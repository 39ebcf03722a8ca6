import { createHash, createHmac, randomBytes } from 'node:crypto';

// Builders for the webhooks Meta posts for the WhatsApp Cloud API (`object: "whatsapp_business_account"`),
// shaped after the "messages" webhook reference:
// https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages

export const TEST_WABA_ID = '102290129340398';
export const TEST_PHONE_NUMBER_ID = '106540352242922';
export const TEST_DISPLAY_PHONE_NUMBER = '31850001400';
export const TEST_CITIZEN_WA_ID = '31612345678';
export const TEST_CITIZEN_NAME = 'Sanne de Vries';

// Meta puts at most 1,000 updates in one POST.
export const MAX_UPDATES_PER_WEBHOOK = 1000;

export interface WhatsAppWebhookError {
  code: number;
  title: string;
  message?: string;
  error_data?: { details: string };
  href?: string;
}

export interface WhatsAppInboundMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  context?: { from: string; id: string };
  errors?: WhatsAppWebhookError[];
  [payload: string]: unknown;
}

export interface WhatsAppStatus {
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestamp: string;
  recipient_id: string;
  conversation?: { id: string; expiration_timestamp?: string; origin: { type: string } };
  pricing?: { billable: boolean; pricing_model: string; category: string; type?: string };
  errors?: WhatsAppWebhookError[];
}

export interface WhatsAppChangeValue {
  messaging_product: 'whatsapp';
  metadata: { display_phone_number: string; phone_number_id: string };
  contacts?: { profile: { name: string }; wa_id: string }[];
  messages?: WhatsAppInboundMessage[];
  statuses?: WhatsAppStatus[];
  errors?: WhatsAppWebhookError[];
}

export interface WhatsAppWebhook {
  object: 'whatsapp_business_account';
  entry: { id: string; changes: { field: 'messages'; value: WhatsAppChangeValue }[] }[];
}

/** Where a webhook comes from: the citizen (`from`, `name`) and the municipality's number and account. */
export interface InboundOptions {
  /** The citizen's wa_id: digits, country code first, no `+`. */
  from?: string;
  /** The citizen's WhatsApp profile name. */
  name?: string;
  /** The message id (`wamid.…`); a fresh one when left out. */
  id?: string;
  timestamp?: Date;
  phoneNumberId?: string;
  displayPhoneNumber?: string;
  wabaId?: string;
  /** The id of the message this one replies to (`context.id`). */
  context?: string;
}

export interface StatusOptions {
  recipient?: string;
  timestamp?: Date;
  phoneNumberId?: string;
  displayPhoneNumber?: string;
  wabaId?: string;
  /** For `failed`: what went wrong. */
  error?: { code: number; title: string; message?: string; details?: string };
  /** Pricing category of the sent message; a template is `utility`, a reply in the window `service`. */
  category?: 'service' | 'utility' | 'marketing' | 'authentication';
}

/** The error Meta attaches to a message it could not send because the 24-hour window is closed. */
export const WINDOW_CLOSED_ERROR = {
  code: 131047,
  title: 'Re-engagement message',
  message: 'Re-engagement message',
  details:
    'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
} as const;

export function unixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

/** A message id that looks like Meta's: `wamid.` + base64 of a small binary header, the number and a hex tail. */
export function newWamid(waId = TEST_CITIZEN_WA_ID): string {
  const header = Buffer.from([0x1c, 0x18, waId.length]);
  const tail = Buffer.from(randomBytes(10).toString('hex').toUpperCase());
  return `wamid.${Buffer.concat([header, Buffer.from(waId), Buffer.from([0x15, 0x02, 0x00, 0x12, 0x18, 0x14]), tail, Buffer.from([0x00])]).toString('base64')}`;
}

/** A media id as Meta gives them: a long number. */
export function newMediaId(): string {
  return String(1_000_000_000_000_000n + BigInt(`0x${randomBytes(6).toString('hex')}`));
}

function webhookError(error: {
  code: number;
  title: string;
  message?: string;
  details?: string;
}): WhatsAppWebhookError {
  return {
    code: error.code,
    title: error.title,
    message: error.message ?? error.title,
    error_data: { details: error.details ?? error.title },
    href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
  };
}

function envelope(wabaId: string, value: WhatsAppChangeValue): WhatsAppWebhook {
  return { object: 'whatsapp_business_account', entry: [{ id: wabaId, changes: [{ field: 'messages', value }] }] };
}

function metadata(options: { phoneNumberId?: string; displayPhoneNumber?: string }): WhatsAppChangeValue['metadata'] {
  return {
    display_phone_number: options.displayPhoneNumber ?? TEST_DISPLAY_PHONE_NUMBER,
    phone_number_id: options.phoneNumberId ?? TEST_PHONE_NUMBER_ID,
  };
}

function inbound(type: string, payload: Record<string, unknown>, options: InboundOptions = {}): WhatsAppWebhook {
  const from = options.from ?? TEST_CITIZEN_WA_ID;
  const message: WhatsAppInboundMessage = {
    from,
    id: options.id ?? newWamid(from),
    timestamp: unixSeconds(options.timestamp ?? new Date()),
    type,
    ...payload,
  };
  if (options.context) {
    // Meta names the business number the quoted message came from.
    message.context = { from: options.displayPhoneNumber ?? TEST_DISPLAY_PHONE_NUMBER, id: options.context };
  }
  return envelope(options.wabaId ?? TEST_WABA_ID, {
    messaging_product: 'whatsapp',
    metadata: metadata(options),
    contacts: [{ profile: { name: options.name ?? TEST_CITIZEN_NAME }, wa_id: from }],
    messages: [message],
  });
}

function mediaSha256(): string {
  // In the webhook Meta gives the file's SHA-256 in base64.
  return randomBytes(32).toString('base64');
}

export function textMessage(body: string, options?: InboundOptions): WhatsAppWebhook {
  return inbound('text', { text: { body } }, options);
}

export interface MediaOptions extends InboundOptions {
  mediaId?: string;
  mimeType?: string;
  caption?: string;
  sha256?: string;
}

export function imageMessage(options: MediaOptions = {}): WhatsAppWebhook {
  return inbound(
    'image',
    {
      image: {
        ...(options.caption !== undefined ? { caption: options.caption } : {}),
        mime_type: options.mimeType ?? 'image/jpeg',
        sha256: options.sha256 ?? mediaSha256(),
        id: options.mediaId ?? newMediaId(),
      },
    },
    options,
  );
}

export function documentMessage(options: MediaOptions & { fileName?: string } = {}): WhatsAppWebhook {
  return inbound(
    'document',
    {
      document: {
        ...(options.caption !== undefined ? { caption: options.caption } : {}),
        filename: options.fileName ?? 'document.pdf',
        mime_type: options.mimeType ?? 'application/pdf',
        sha256: options.sha256 ?? mediaSha256(),
        id: options.mediaId ?? newMediaId(),
      },
    },
    options,
  );
}

/** A voice note by default (`voice: true`, Opus in Ogg), as recorded in the app. */
export function audioMessage(options: MediaOptions & { voice?: boolean } = {}): WhatsAppWebhook {
  return inbound(
    'audio',
    {
      audio: {
        mime_type: options.mimeType ?? 'audio/ogg; codecs=opus',
        sha256: options.sha256 ?? mediaSha256(),
        id: options.mediaId ?? newMediaId(),
        voice: options.voice ?? true,
      },
    },
    options,
  );
}

export function locationMessage(
  location: { latitude: number; longitude: number; name?: string; address?: string; url?: string },
  options?: InboundOptions,
): WhatsAppWebhook {
  return inbound('location', { location }, options);
}

export interface ContactCard {
  name: { formatted_name: string; first_name?: string; last_name?: string };
  phones?: { phone: string; wa_id?: string; type?: string }[];
  emails?: { email: string; type?: string }[];
}

export function contactsMessage(contacts: ContactCard[], options?: InboundOptions): WhatsAppWebhook {
  return inbound('contacts', { contacts }, options);
}

/** A tap on a reply button or a list row of an interactive message the municipality sent (`context` names it). */
export function interactiveReply(
  reply:
    | { kind: 'button_reply'; id: string; title: string }
    | { kind: 'list_reply'; id: string; title: string; description?: string },
  options?: InboundOptions,
): WhatsAppWebhook {
  const { kind, ...choice } = reply;
  return inbound('interactive', { interactive: { type: kind, [kind]: choice } }, options);
}

/** A tap on a quick-reply button of a template message. */
export function buttonMessage(button: { text: string; payload?: string }, options?: InboundOptions): WhatsAppWebhook {
  return inbound('button', { button: { payload: button.payload ?? button.text, text: button.text } }, options);
}

/** A reaction to `messageId`; without an emoji it is the citizen taking the reaction back. */
export function reactionMessage(messageId: string, emoji?: string, options?: InboundOptions): WhatsAppWebhook {
  return inbound('reaction', { reaction: { message_id: messageId, ...(emoji ? { emoji } : {}) } }, options);
}

/** Something Cloud API cannot pass on (a poll, an edit, a view-once photo …). */
export function unsupportedMessage(
  options: InboundOptions & { type?: 'unsupported' | 'unknown'; originalType?: string } = {},
): WhatsAppWebhook {
  const type = options.type ?? 'unsupported';
  return inbound(
    type,
    {
      errors: [
        webhookError({
          code: 131051,
          title: 'Message type unknown',
          details: 'Message type is currently not supported.',
        }),
      ],
      ...(type === 'unsupported' ? { unsupported: { type: options.originalType ?? 'poll_creation' } } : {}),
    },
    options,
  );
}

export function statusUpdate(
  messageId: string,
  status: WhatsAppStatus['status'],
  options: StatusOptions = {},
): WhatsAppWebhook {
  const recipient = options.recipient ?? TEST_CITIZEN_WA_ID;
  const timestamp = options.timestamp ?? new Date();
  const category = options.category ?? 'service';
  const entry: WhatsAppStatus = { id: messageId, status, timestamp: unixSeconds(timestamp), recipient_id: recipient };
  if (status === 'failed') {
    entry.errors = [webhookError(options.error ?? WINDOW_CLOSED_ERROR)];
  } else if (status === 'sent' || status === 'delivered') {
    // Conversation and pricing come with sent and delivered; the expiry only with the first.
    const conversationId = createHash('md5').update(`conversation:${recipient}`).digest('hex');
    entry.conversation = {
      id: conversationId,
      ...(status === 'sent' ? { expiration_timestamp: unixSeconds(new Date(timestamp.getTime() + 86_400_000)) } : {}),
      origin: { type: category },
    };
    entry.pricing =
      category === 'service'
        ? { billable: false, pricing_model: 'PMP', category, type: 'free_customer_service' }
        : { billable: true, pricing_model: 'PMP', category, type: 'regular' };
  }
  return envelope(options.wabaId ?? TEST_WABA_ID, {
    messaging_product: 'whatsapp',
    metadata: metadata(options),
    statuses: [entry],
  });
}

/** An update that carries only `errors[]`, no messages or statuses (e.g. a problem with the account). */
export function errorsOnlyChange(
  error: { code: number; title: string; message?: string; details?: string } = {
    code: 131000,
    title: 'Something went wrong',
    details: 'Something went wrong',
  },
  options: { phoneNumberId?: string; displayPhoneNumber?: string; wabaId?: string } = {},
): WhatsAppWebhook {
  return envelope(options.wabaId ?? TEST_WABA_ID, {
    messaging_product: 'whatsapp',
    metadata: metadata(options),
    errors: [webhookError(error)],
  });
}

function updateCount(webhook: WhatsAppWebhook): number {
  let count = 0;
  for (const entry of webhook.entry) {
    for (const change of entry.changes) {
      const { messages = [], statuses = [], errors = [] } = change.value;
      count += messages.length + statuses.length || errors.length;
    }
  }
  return count;
}

/**
 * Many updates in one POST, as Meta does under load: webhooks for the same account and number share one change
 * (their contacts, messages and statuses concatenated); other accounts get their own entry.
 */
export function batch(items: WhatsAppWebhook[]): WhatsAppWebhook {
  const result: WhatsAppWebhook = { object: 'whatsapp_business_account', entry: [] };
  for (const item of items) {
    for (const entry of item.entry) {
      let target = result.entry.find((existing) => existing.id === entry.id);
      if (!target) {
        target = { id: entry.id, changes: [] };
        result.entry.push(target);
      }
      for (const change of entry.changes) {
        const value = change.value;
        const same = target.changes.find(
          (existing) =>
            existing.value.metadata.phone_number_id === value.metadata.phone_number_id &&
            !existing.value.errors &&
            !value.errors &&
            Boolean(existing.value.statuses) === Boolean(value.statuses),
        );
        if (!same) {
          target.changes.push({ field: 'messages', value: structuredClone(value) });
          continue;
        }
        for (const contact of value.contacts ?? []) {
          same.value.contacts ??= [];
          if (!same.value.contacts.some((known) => known.wa_id === contact.wa_id)) same.value.contacts.push(contact);
        }
        if (value.messages) same.value.messages = [...(same.value.messages ?? []), ...value.messages];
        if (value.statuses) same.value.statuses = [...(same.value.statuses ?? []), ...value.statuses];
      }
    }
  }
  const count = updateCount(result);
  if (count > MAX_UPDATES_PER_WEBHOOK) {
    throw new Error(`Meta sends at most ${MAX_UPDATES_PER_WEBHOOK} updates per webhook, not ${count}`);
  }
  return result;
}

/** The ids of the messages in a webhook, in order. */
export function messageIds(webhook: WhatsAppWebhook): string[] {
  return webhook.entry.flatMap((entry) =>
    entry.changes.flatMap((change) => (change.value.messages ?? []).map((message) => message.id)),
  );
}

/**
 * JSON the way Meta writes it: every non-ASCII character as a `\uXXXX` escape with lowercase hex (emoji as a
 * surrogate pair) and `/` as `\/` (PHP's json_encode defaults). Meta signs exactly these bytes, so a receiver
 * that re-serialises the parsed body gets a different signature.
 */
export function metaJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('metaJson: value cannot be serialised');
  return json
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `X-Hub-Signature-256` header: `sha256=` + lowercase hex HMAC-SHA256 of the raw body with the app secret. */
export function signMeta(rawBody: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** POSTs a webhook to exactly `url` as Meta does; an object body is serialised with {@link metaJson}. */
export async function postMetaWebhook(
  url: string,
  body: unknown,
  appSecret: string | null,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const raw = typeof body === 'string' ? body : metaJson(body);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'facebookexternalua',
  };
  if (appSecret !== null) {
    // Meta still sends the SHA-1 header beside the SHA-256 one.
    headers['x-hub-signature'] = `sha1=${createHmac('sha1', appSecret).update(raw).digest('hex')}`;
    headers['x-hub-signature-256'] = signMeta(raw, appSecret);
  }
  return fetch(url, { method: 'POST', headers: { ...headers, ...extraHeaders }, body: raw });
}

/** POSTs a webhook to the server's `/webhooks/whatsapp`; `appSecret: null` sends it unsigned. */
export async function postWhatsAppWebhook(
  baseUrl: string,
  body: unknown,
  appSecret: string | null,
  extraHeaders?: Record<string, string>,
): Promise<Response> {
  return postMetaWebhook(`${baseUrl.replace(/\/+$/, '')}/webhooks/whatsapp`, body, appSecret, extraHeaders);
}

/** The GET Meta makes when the webhook URL is configured in the app dashboard. */
export async function verifyWhatsAppWebhook(
  baseUrl: string,
  verifyToken: string,
  challenge: string,
): Promise<Response> {
  const query = new URLSearchParams({
    'hub.mode': 'subscribe',
    'hub.verify_token': verifyToken,
    'hub.challenge': challenge,
  });
  return fetch(`${baseUrl.replace(/\/+$/, '')}/webhooks/whatsapp?${query.toString()}`);
}
