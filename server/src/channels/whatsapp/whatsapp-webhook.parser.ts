import { createHash } from 'node:crypto';
import { MEDIA_TYPES, type DeliveryStatus, type MediaType } from '@ingang/shared';
import { WebhookPayloadError, type InboundContent, type InboundItem } from '../channel.adapter';
import { whatsappFailureCode } from './whatsapp-errors';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const STATUSES: readonly DeliveryStatus[] = ['sent', 'delivered', 'read', 'failed'];

/** WhatsApp timestamps are strings of Unix seconds; a missing or broken one counts as the moment of arrival. */
function toIso(timestamp: unknown, receivedAt: Date): string {
  const seconds = typeof timestamp === 'string' || typeof timestamp === 'number' ? Number(timestamp) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return receivedAt.toISOString();
  return new Date(seconds * 1000).toISOString();
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 40);
}

/** Parses Meta's `whatsapp_business_account` webhook; every update becomes one item, none is dropped. */
export function parseWhatsAppWebhook(body: unknown, receivedAt: Date): InboundItem[] {
  if (!isObject(body) || body.object !== 'whatsapp_business_account' || !Array.isArray(body.entry)) {
    throw new WebhookPayloadError('expected { object: "whatsapp_business_account", entry: [...] }');
  }
  const items: InboundItem[] = [];
  for (const entry of body.entry) {
    if (!isObject(entry)) continue;
    for (const change of arr(entry.changes)) {
      if (!isObject(change) || !isObject(change.value)) continue;
      items.push(...parseChangeValue(change.value, str(entry.id) ?? '', receivedAt));
    }
  }
  return items;
}

function parseChangeValue(value: Json, wabaId: string, receivedAt: Date): InboundItem[] {
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const accountId = str(metadata.phone_number_id) ?? wabaId;
  const names = new Map<string, string>();
  for (const contact of arr(value.contacts)) {
    if (isObject(contact) && typeof contact.wa_id === 'string' && isObject(contact.profile)) {
      const name = str(contact.profile.name);
      if (name) names.set(contact.wa_id, name);
    }
  }
  const items: InboundItem[] = [];
  for (const message of arr(value.messages)) {
    items.push(parseMessage(message, accountId, names, receivedAt));
  }
  for (const status of arr(value.statuses)) {
    items.push(parseStatus(status, accountId, receivedAt));
  }
  if (!Array.isArray(value.messages) && !Array.isArray(value.statuses)) {
    items.push(unattributed(accountId, value, 'update without messages or statuses', receivedAt));
  }
  return items;
}

function unattributed(accountId: string, raw: unknown, reason: string, receivedAt: Date): InboundItem {
  return {
    type: 'unattributed',
    channel: 'whatsapp',
    accountId,
    dedupKey: `other:${hashOf(raw)}`,
    occurredAt: receivedAt.toISOString(),
    reason,
    raw,
  };
}

function parseMessage(message: unknown, accountId: string, names: Map<string, string>, receivedAt: Date): InboundItem {
  if (!isObject(message) || typeof message.id !== 'string' || typeof message.from !== 'string') {
    return unattributed(accountId, message, 'message without id or sender', receivedAt);
  }
  const context = isObject(message.context) ? message.context : {};
  return {
    type: 'message',
    channel: 'whatsapp',
    accountId,
    dedupKey: message.id,
    occurredAt: toIso(message.timestamp, receivedAt),
    direction: 'inbound',
    providerMessageId: message.id,
    contact: { externalId: message.from, displayName: names.get(message.from) ?? null },
    content: parseContent(message),
    replyToProviderId: str(context.id),
  };
}

function parseContent(message: Json): InboundContent {
  const type = str(message.type) ?? 'unknown';
  const body = isObject(message[type]) ? (message[type] as Json) : {};
  if (type === 'text') {
    const text = str(body.body);
    if (text !== null) return { kind: 'text', text };
  }
  if ((MEDIA_TYPES as readonly string[]).includes(type) && typeof body.id === 'string') {
    return {
      kind: 'media',
      mediaType: type as MediaType,
      caption: str(body.caption),
      providerRef: body.id,
      mimeType: str(body.mime_type),
      fileName: str(body.filename),
    };
  }
  if (type === 'location' && typeof body.latitude === 'number' && typeof body.longitude === 'number') {
    return {
      kind: 'location',
      latitude: body.latitude,
      longitude: body.longitude,
      name: str(body.name),
      address: str(body.address),
    };
  }
  if (type === 'contacts' && Array.isArray(message.contacts)) {
    return {
      kind: 'contacts',
      contacts: message.contacts.filter(isObject).map((card) => ({
        name: (isObject(card.name) ? (str(card.name.formatted_name) ?? str(card.name.first_name)) : null) ?? '',
        phones: arr(card.phones)
          .filter(isObject)
          .map((phone) => str(phone.phone) ?? str(phone.wa_id) ?? '')
          .filter(Boolean),
        emails: arr(card.emails)
          .filter(isObject)
          .map((email) => str(email.email) ?? '')
          .filter(Boolean),
      })),
    };
  }
  if (type === 'interactive') {
    const reply = isObject(body.button_reply) ? body.button_reply : isObject(body.list_reply) ? body.list_reply : null;
    if (reply) return { kind: 'choice', text: str(reply.title) ?? '', choiceId: str(reply.id) };
  }
  if (type === 'button') {
    return { kind: 'choice', text: str(body.text) ?? '', choiceId: str(body.payload) };
  }
  if (type === 'reaction') {
    // No emoji means the citizen took the reaction back.
    return { kind: 'reaction', emoji: str(body.emoji), targetMessageId: str(body.message_id) };
  }
  const errors = arr(message.errors).filter(isObject);
  const detail = errors.length
    ? (str(errors[0].title) ??
      str(errors[0].message) ??
      (isObject(errors[0].error_data) ? str(errors[0].error_data.details) : null))
    : null;
  return { kind: 'unsupported', providerType: type, detail };
}

function parseStatus(status: unknown, accountId: string, receivedAt: Date): InboundItem {
  if (!isObject(status) || typeof status.id !== 'string' || typeof status.status !== 'string') {
    return unattributed(accountId, status, 'status without id', receivedAt);
  }
  if (!(STATUSES as readonly string[]).includes(status.status)) {
    return unattributed(accountId, status, `status "${status.status}"`, receivedAt);
  }
  const errors = arr(status.errors).filter(isObject);
  const first = errors[0];
  return {
    type: 'status',
    channel: 'whatsapp',
    accountId,
    dedupKey: `status:${status.id}:${status.status}`,
    occurredAt: toIso(status.timestamp, receivedAt),
    providerMessageId: status.id,
    status: status.status as DeliveryStatus,
    error: first
      ? {
          code: whatsappFailureCode(Number(first.code)),
          detail:
            (isObject(first.error_data) ? str(first.error_data.details) : null) ??
            str(first.message) ??
            str(first.title) ??
            `code ${String(first.code)}`,
        }
      : null,
  };
}
