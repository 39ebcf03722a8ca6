import { createHash } from 'node:crypto';
import type { MediaType } from '@ingang/shared';
import { WebhookPayloadError, type InboundAttachment, type InboundContent, type InboundItem } from '../channel.adapter';

type Json = Record<string, unknown>;
type MessageItem = Extract<InboundItem, { type: 'message' }>;

/** Marks what Ingang itself sent (`message.metadata`); Meta echoes it back, and those echoes are already recorded. */
export const OWN_MESSAGE_METADATA_PREFIX = 'ingang:';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
// Older payloads carry ids as JSON numbers.
const idOf = (value: unknown): string | null =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : null;

const MEDIA_TYPES: Record<string, MediaType> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'document',
  reel: 'video',
  ig_reel: 'video',
};

// Meta names the reaction and sends the emoji; older clients only the name.
const REACTION_EMOJI: Record<string, string> = {
  smile: '😆',
  angry: '😠',
  sad: '😢',
  wow: '😮',
  love: '😍',
  like: '👍',
  dislike: '👎',
};

/**
 * Messenger timestamps are milliseconds, feed `created_time` and some `entry.time` are seconds: anything below
 * 10^11 is taken as seconds (that is 1973 in milliseconds). A missing or broken one counts as the moment of arrival.
 */
function toIso(timestamp: unknown, receivedAt: Date): string {
  const value = typeof timestamp === 'string' || typeof timestamp === 'number' ? Number(timestamp) : NaN;
  if (!Number.isFinite(value) || value <= 0) return receivedAt.toISOString();
  const date = new Date(value < 1e11 ? value * 1000 : value);
  return Number.isFinite(date.getTime()) ? date.toISOString() : receivedAt.toISOString();
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 40);
}

function unattributed(accountId: string, raw: unknown, reason: string, receivedAt: Date): InboundItem {
  return {
    type: 'unattributed',
    channel: 'messenger',
    accountId,
    dedupKey: `other:${hashOf(raw)}`,
    occurredAt: receivedAt.toISOString(),
    reason,
    raw,
  };
}

/**
 * Parses Meta's `object: "page"` webhook: Messenger events (`entry[].messaging[]`, also `standby[]`) and Page feed
 * comments (`entry[].changes[]`). Every event becomes one item; what cannot be read is kept as `unattributed`.
 */
export function parseMessengerWebhook(body: unknown, receivedAt: Date): InboundItem[] {
  if (!isObject(body) || body.object !== 'page' || !Array.isArray(body.entry)) {
    throw new WebhookPayloadError('expected { object: "page", entry: [...] }');
  }
  const items: InboundItem[] = [];
  for (const entry of body.entry) {
    try {
      items.push(...parseEntry(entry, receivedAt));
    } catch {
      // One unreadable entry must not cost the others their acknowledgement.
      items.push(unattributed(isObject(entry) ? (idOf(entry.id) ?? '') : '', entry, 'unreadable entry', receivedAt));
    }
  }
  return items;
}

function parseEntry(entry: unknown, receivedAt: Date): InboundItem[] {
  if (!isObject(entry)) return [unattributed('', entry, 'entry is not an object', receivedAt)];
  const pageId = idOf(entry.id) ?? '';
  const events = [...arr(entry.messaging), ...arr(entry.standby)];
  const changes = arr(entry.changes);
  if (events.length === 0 && changes.length === 0) {
    return [unattributed(pageId, entry, 'entry without messaging or changes', receivedAt)];
  }
  return [
    ...events.map((event) => parseMessagingEvent(event, pageId, receivedAt)),
    ...changes.map((change) => parseChange(change, pageId, entry.time, receivedAt)),
  ];
}

function parseMessagingEvent(event: unknown, pageId: string, receivedAt: Date): InboundItem {
  if (!isObject(event)) return unattributed(pageId, event, 'messaging event is not an object', receivedAt);
  const senderId = isObject(event.sender) ? idOf(event.sender.id) : null;
  const recipientId = isObject(event.recipient) ? idOf(event.recipient.id) : null;
  const occurredAt = toIso(event.timestamp, receivedAt);
  if (isObject(event.message)) return parseMessage(event, event.message, pageId, senderId, recipientId, receivedAt);
  const accountId = pageId || recipientId || '';
  if (!senderId) return unattributed(accountId, event, 'messaging event without sender', receivedAt);
  const base = { channel: 'messenger' as const, accountId, occurredAt };
  const inbound = (content: InboundContent, providerMessageId: string, replyTo: string | null): InboundItem => ({
    ...base,
    type: 'message',
    dedupKey: providerMessageId,
    direction: 'inbound',
    providerMessageId,
    contact: { externalId: senderId, displayName: null },
    content,
    replyToProviderId: replyTo,
  });
  if (isObject(event.postback)) {
    const postback = event.postback;
    // Newer postbacks carry their own mid; older ones only the sender and the moment.
    const key = `postback:${str(postback.mid) ?? hashOf([senderId, event.timestamp, postback.payload])}`;
    return inbound(
      { kind: 'choice', text: str(postback.title) ?? str(postback.payload) ?? '', choiceId: str(postback.payload) },
      key,
      null,
    );
  }
  if (isObject(event.reaction)) {
    const reaction = event.reaction;
    const action = str(reaction.action) ?? 'react';
    const name = str(reaction.reaction);
    const emoji = action === 'unreact' ? null : (str(reaction.emoji) ?? (name ? (REACTION_EMOJI[name] ?? name) : null));
    // A reaction has no id of its own: who reacted to what, how and when is stable across Meta's retries.
    const key = `reaction:${hashOf([senderId, reaction.mid, action, event.timestamp])}`;
    return inbound({ kind: 'reaction', emoji, targetMessageId: str(reaction.mid) }, key, null);
  }
  const receipt = isObject(event.read)
    ? { status: 'read' as const, watermark: event.read.watermark }
    : isObject(event.delivery)
      ? { status: 'delivered' as const, watermark: event.delivery.watermark }
      : null;
  if (receipt) {
    // A watermark that cannot be read must not mark anything as read.
    if (typeof receipt.watermark !== 'number' || !Number.isFinite(receipt.watermark) || receipt.watermark <= 0) {
      return unattributed(accountId, event, `${receipt.status} without a watermark`, receivedAt);
    }
    const upTo = toIso(receipt.watermark, receivedAt);
    return {
      ...base,
      // Delivery reports may come without a timestamp; the watermark is when it happened at the latest.
      occurredAt: event.timestamp === undefined ? upTo : occurredAt,
      type: 'watermark',
      dedupKey: `${receipt.status}:${senderId}:${upTo}`,
      status: receipt.status,
      contactExternalId: senderId,
      upTo,
    };
  }
  if (isObject(event.message_edit)) {
    const edit = event.message_edit;
    const mid = str(edit.mid);
    const text = str(edit.text);
    if (!mid || text === null) return unattributed(accountId, event, 'message_edit without mid or text', receivedAt);
    return {
      ...base,
      type: 'edit',
      dedupKey: `edit:${mid}:${hashOf([edit.num_edit, event.timestamp, text])}`,
      providerMessageId: mid,
      content: { kind: 'text', text },
    };
  }
  return unattributed(accountId, event, 'messaging event of an unknown kind', receivedAt);
}

function parseMessage(
  event: Json,
  message: Json,
  pageId: string,
  senderId: string | null,
  recipientId: string | null,
  receivedAt: Date,
): InboundItem {
  const echo = message.is_echo === true;
  const accountId = pageId || (echo ? senderId : recipientId) || '';
  const mid = str(message.mid);
  // An echo is what the Page sent: the citizen is its recipient.
  const citizen = echo ? recipientId : senderId;
  if (!mid || !citizen) return unattributed(accountId, event, 'message without mid, sender or recipient', receivedAt);
  if (echo && str(message.metadata)?.startsWith(OWN_MESSAGE_METADATA_PREFIX)) {
    return unattributed(accountId, event, 'echo of a reply sent from Ingang', receivedAt);
  }
  const { content, attachments } = messageContent(message);
  const item: MessageItem = {
    type: 'message',
    channel: 'messenger',
    accountId,
    dedupKey: mid,
    occurredAt: toIso(event.timestamp, receivedAt),
    direction: echo ? 'outbound' : 'inbound',
    providerMessageId: mid,
    contact: { externalId: citizen, displayName: null },
    content,
    replyToProviderId: isObject(message.reply_to) ? str(message.reply_to.mid) : null,
  };
  if (attachments.length > 0) item.attachments = attachments;
  return item;
}

/** The message's own content, and the files beyond the first (Messenger can carry several in one message). */
function messageContent(message: Json): { content: InboundContent; attachments: InboundAttachment[] } {
  const text = str(message.text);
  const files: InboundAttachment[] = [];
  let location: InboundContent | null = null;
  const links: string[] = [];
  const unknown: string[] = [];
  for (const attachment of arr(message.attachments)) {
    if (!isObject(attachment)) continue;
    const type = str(attachment.type) ?? 'unknown';
    const payload = isObject(attachment.payload) ? attachment.payload : {};
    const url = str(payload.url);
    const mediaType = MEDIA_TYPES[type];
    if (mediaType && url) {
      files.push({
        mediaType: type === 'image' && payload.sticker_id !== undefined ? 'sticker' : mediaType,
        providerRef: url,
        storedPath: null,
        mimeType: null,
        fileName: mediaType === 'document' ? fileNameOf(url) : null,
        size: null,
      });
    } else if (type === 'location' && isObject(payload.coordinates)) {
      const { lat, long } = payload.coordinates;
      if (typeof lat === 'number' && typeof long === 'number') {
        location = { kind: 'location', latitude: lat, longitude: long, name: str(attachment.title), address: null };
      }
    } else if (type === 'fallback') {
      // A shared link: Meta gives its title and URL.
      links.push([str(attachment.title), str(attachment.url) ?? url].filter(Boolean).join(' '));
    } else {
      unknown.push(type);
    }
  }
  const quickReply = isObject(message.quick_reply) ? message.quick_reply : null;
  if (quickReply) {
    return { content: { kind: 'choice', text: text ?? '', choiceId: str(quickReply.payload) }, attachments: files };
  }
  if (text !== null && text !== '') return { content: { kind: 'text', text }, attachments: files };
  if (location) return { content: location, attachments: files };
  const [first, ...rest] = files;
  if (first?.providerRef) {
    return {
      content: {
        kind: 'media',
        mediaType: first.mediaType,
        caption: null,
        providerRef: first.providerRef,
        mimeType: first.mimeType,
        fileName: first.fileName,
      },
      attachments: rest,
    };
  }
  if (links.length > 0) return { content: { kind: 'text', text: links.join('\n') }, attachments: [] };
  return { content: { kind: 'unsupported', providerType: unknown[0] ?? 'unknown', detail: null }, attachments: [] };
}

/** Meta's file URLs end in the file's own name: `…/12345_n.pdf/Aanvraag.pdf?…`. */
function fileNameOf(url: string): string | null {
  try {
    const segment = new URL(url).pathname.split('/').pop() ?? '';
    const name = decodeURIComponent(segment).trim();
    return name ? name.slice(0, 200) : null;
  } catch {
    return null;
  }
}

function parseChange(change: unknown, pageId: string, entryTime: unknown, receivedAt: Date): InboundItem {
  if (!isObject(change) || !isObject(change.value)) {
    return unattributed(pageId, change, 'change without value', receivedAt);
  }
  const value = change.value;
  if (change.field !== 'feed' || value.item !== 'comment') {
    return unattributed(pageId, change, `${String(change.field)} change of "${String(value.item)}"`, receivedAt);
  }
  const commentId = idOf(value.comment_id);
  const postId = idOf(value.post_id);
  if (!commentId || !postId) return unattributed(pageId, change, 'comment without comment_id or post_id', receivedAt);
  const verb = str(value.verb);
  const base = { channel: 'messenger' as const, accountId: pageId, providerMessageId: commentId };
  if (verb === 'remove') {
    return {
      ...base,
      type: 'remove',
      dedupKey: `remove:${commentId}`,
      occurredAt: toIso(entryTime ?? value.created_time, receivedAt),
    };
  }
  const text = str(value.message) ?? '';
  if (verb === 'edited') {
    return {
      ...base,
      type: 'edit',
      // `created_time` stays the comment's own; the entry's time is when it was edited.
      dedupKey: `edit:${commentId}:${hashOf([entryTime, text])}`,
      occurredAt: toIso(entryTime ?? value.created_time, receivedAt),
      content: { kind: 'text', text },
    };
  }
  if (verb !== 'add') return unattributed(pageId, change, `comment verb "${String(verb)}"`, receivedAt);

  const from = isObject(value.from) ? value.from : {};
  const authorId = idOf(from.id) ?? idOf(value.sender_id);
  const authorName = str(from.name) ?? str(value.sender_name);
  if (!authorId) return unattributed(pageId, change, 'comment without author', receivedAt);
  const parentId = idOf(value.parent_id);
  const answersComment = parentId !== null && parentId !== postId ? parentId : null;
  const byPage = authorId === pageId;
  if (byPage && !answersComment) {
    return unattributed(pageId, change, "the Page's own comment on its post, answering no comment", receivedAt);
  }
  const photo = str(value.photo);
  const video = str(value.video);
  const media: InboundAttachment[] = [
    ...(photo ? [{ mediaType: 'image' as const, providerRef: photo }] : []),
    ...(video ? [{ mediaType: 'video' as const, providerRef: video }] : []),
  ].map((file) => ({ ...file, storedPath: null, mimeType: null, fileName: null, size: null }));
  const [first, ...rest] = media;
  const content: InboundContent =
    text !== ''
      ? { kind: 'text', text }
      : first?.providerRef
        ? {
            kind: 'media',
            mediaType: first.mediaType,
            caption: null,
            providerRef: first.providerRef,
            mimeType: null,
            fileName: null,
          }
        : { kind: 'unsupported', providerType: 'comment', detail: null };
  const post = isObject(value.post) ? value.post : {};
  const postMessage = str(post.message) ?? str(value.post_message);
  const item: MessageItem = {
    ...base,
    type: 'message',
    dedupKey: commentId,
    occurredAt: toIso(value.created_time ?? entryTime, receivedAt),
    direction: byPage ? 'outbound' : 'inbound',
    // The Page's reply belongs to the citizen it answers; its conversation is found through the parent comment.
    contact: { externalId: authorId, displayName: authorName },
    content,
    replyToProviderId: answersComment,
    visibility: 'public',
    threadKey: postId,
    subject: postMessage ? postMessage.replace(/\s+/g, ' ').trim().slice(0, 200) : null,
  };
  if (byPage && answersComment) item.references = [answersComment];
  const extra = text !== '' ? media : rest;
  if (extra.length > 0) item.attachments = extra;
  return item;
}
