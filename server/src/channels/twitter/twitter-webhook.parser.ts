import { createHash } from 'node:crypto';
import type { MediaType } from '@ingang/shared';
import { WebhookPayloadError, type InboundAttachment, type InboundContent, type InboundItem } from '../channel.adapter';

// X's Account Activity payloads: https://docs.x.com/x-api/account-activity/introduction. Tweets are v1.1 tweet
// objects (`id_str`, HTML-escaped `text`, `extended_tweet.full_text`, `display_text_range` in code points), DMs are
// `message_create` events with a top-level `users` map.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// Snowflake ids carry their creation time: milliseconds since X's epoch in the bits above the lowest 22.
const SNOWFLAKE_EPOCH = 1288834974657n;

interface Participant {
  name: string | null;
  screenName: string | null;
}

interface Context {
  /** The subscribed account this delivery is for: our own account. */
  accountId: string;
  users: Map<string, Participant>;
  receivedAt: Date;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 40);
}

/** X's timestamps: ms as a string (DMs, `timestamp_ms`) or `created_at` ("Mon May 19 14:01:46 +0000 2025"). */
function toIso(milliseconds: unknown, createdAt: unknown, receivedAt: Date): string {
  const ms = typeof milliseconds === 'string' || typeof milliseconds === 'number' ? Number(milliseconds) : NaN;
  if (Number.isFinite(ms) && ms > 0) return new Date(ms).toISOString();
  const parsed = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
  return Number.isFinite(parsed) ? new Date(parsed).toISOString() : receivedAt.toISOString();
}

function snowflakeTime(id: string): number | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  return Number((BigInt(id) >> 22n) + SNOWFLAKE_EPOCH);
}

function displayName(users: Map<string, Participant>, id: string, fallback?: Participant): string | null {
  const user = users.get(id) ?? fallback;
  if (!user) return null;
  return user.name ?? (user.screenName ? `@${user.screenName}` : null);
}

function participantOf(user: Json): Participant {
  return { name: str(user.name), screenName: str(user.screen_name) };
}

/** Parses an Account Activity webhook; every event becomes one item, none is dropped. */
export function parseTwitterWebhook(body: unknown, receivedAt: Date): InboundItem[] {
  if (!isObject(body)) throw new WebhookPayloadError('expected an Account Activity payload (a JSON object)');
  const keys = Object.keys(body).filter(
    (key) => key.endsWith('_events') || key === 'user_event' || key === 'replay_job_status',
  );
  if (keys.length === 0) {
    throw new WebhookPayloadError('expected an Account Activity payload with for_user_id and …_events');
  }
  const forUserId = body.for_user_id;
  if (forUserId !== undefined && typeof forUserId !== 'string' && typeof forUserId !== 'number') {
    throw new WebhookPayloadError('for_user_id must be a string');
  }
  const users = new Map<string, Participant>();
  if (isObject(body.users)) {
    for (const [id, user] of Object.entries(body.users)) if (isObject(user)) users.set(id, participantOf(user));
  }
  const context: Context = { accountId: forUserId === undefined ? '' : String(forUserId), users, receivedAt };
  const items: InboundItem[] = [];
  for (const key of keys) {
    const value = body[key];
    if (!key.endsWith('_events')) {
      items.push(unattributed(context, key, value, `${key}:${hashOf(value)}`));
      continue;
    }
    if (!Array.isArray(value)) throw new WebhookPayloadError(`${key} must be an array`);
    for (const event of value) items.push(parseEvent(key, event, context));
  }
  return items;
}

function parseEvent(key: string, event: unknown, context: Context): InboundItem {
  switch (key) {
    case 'direct_message_events':
      return parseDirectMessage(event, context);
    case 'tweet_create_events':
      return parseTweet(event, context);
    case 'tweet_delete_events':
      return parseTweetDelete(event, context);
    case 'direct_message_mark_read_events':
      return parseMarkRead(event, context);
    default: {
      // Likes, follows, blocks, mutes, typing: kept for the record. The same event comes once per subscribed user
      // (for_user_id sits outside it), so its own id or its content is the key.
      const id = isObject(event) ? str(event.id) : null;
      return unattributed(context, key, event, `${key}:${id ?? hashOf(event)}`);
    }
  }
}

function unattributed(context: Context, reason: string, raw: unknown, dedupKey: string): InboundItem {
  return {
    type: 'unattributed',
    channel: 'twitter',
    accountId: context.accountId,
    dedupKey,
    occurredAt: context.receivedAt.toISOString(),
    reason,
    raw,
  };
}

function parseDirectMessage(event: unknown, context: Context): InboundItem {
  if (!isObject(event) || !str(event.id)) {
    return unattributed(context, 'direct message without id', event, `dm:${hashOf(event)}`);
  }
  const id = event.id as string;
  const create = isObject(event.message_create) ? event.message_create : null;
  const senderId = create ? str(create.sender_id) : null;
  const recipientId = create && isObject(create.target) ? str(create.target.recipient_id) : null;
  if (event.type !== 'message_create' || !create || !senderId || !recipientId) {
    return unattributed(context, `direct message event "${String(event.type)}"`, event, `dm:${id}`);
  }
  // Our own DMs (sent from here or from X itself) come back too: they answer the citizen, they ask nothing.
  const outbound = senderId === context.accountId;
  const contactId = outbound ? recipientId : senderId;
  const data = isObject(create.message_data) ? create.message_data : {};
  const attachment = isObject(data.attachment) && isObject(data.attachment.media) ? data.attachment.media : null;
  const media = attachment ? mediaOf(attachment) : null;
  const entities = isObject(data.entities) ? data.entities : {};
  const text = readableText(str(data.text) ?? '', entities, attachment ? [attachment] : [], null, false);
  const { content } = bodyOf(text, media ? [media] : []);
  return {
    type: 'message',
    channel: 'twitter',
    accountId: context.accountId,
    dedupKey: `dm:${id}`,
    occurredAt: toIso(event.created_timestamp, null, context.receivedAt),
    direction: outbound ? 'outbound' : 'inbound',
    providerMessageId: id,
    contact: { externalId: contactId, displayName: displayName(context.users, contactId) },
    content,
    replyToProviderId: null,
    visibility: 'private',
  };
}

function parseTweet(tweet: unknown, context: Context): InboundItem {
  // Never the numeric `id`: it is larger than a double can hold exactly.
  const id = isObject(tweet) ? str(tweet.id_str) : null;
  const user = isObject(tweet) && isObject(tweet.user) ? tweet.user : null;
  const authorId = user ? str(user.id_str) : null;
  if (!isObject(tweet) || !id || !user || !authorId) {
    return unattributed(context, 'tweet without id or author', tweet, `tweet:${id ?? hashOf(tweet)}`);
  }
  if (isObject(tweet.retweeted_status)) return unattributed(context, 'retweet', tweet, `tweet:${id}`);
  const occurredAt = toIso(tweet.timestamp_ms, tweet.created_at, context.receivedAt);
  const { content, attachments } = tweetBody(tweet);
  const edits = isObject(tweet.edit_history) ? tweet.edit_history : {};
  const original = str(edits.initial_tweet_id);
  if (original && original !== id) {
    // An edit gets a new id; the conversation holds the first one.
    return {
      type: 'edit',
      channel: 'twitter',
      accountId: context.accountId,
      dedupKey: `tweet:${id}`,
      occurredAt,
      providerMessageId: original,
      content,
    };
  }
  const inReplyTo = str(tweet.in_reply_to_status_id_str);
  const inReplyToUser = str(tweet.in_reply_to_user_id_str);
  const own = authorId === context.accountId;
  if (own && (!inReplyTo || !inReplyToUser || inReplyToUser === context.accountId)) {
    return unattributed(context, 'own tweet that answers no one', tweet, `tweet:${id}`);
  }
  return {
    type: 'message',
    channel: 'twitter',
    accountId: context.accountId,
    dedupKey: `tweet:${id}`,
    occurredAt,
    // Our own reply tweets come back too: they answer the citizen replied to.
    direction: own ? 'outbound' : 'inbound',
    providerMessageId: id,
    contact: own
      ? { externalId: inReplyToUser as string, displayName: null }
      : { externalId: authorId, displayName: displayName(context.users, authorId, participantOf(user)) },
    content,
    replyToProviderId: inReplyTo,
    visibility: 'public',
    // The payload names only the parent: a reply joins the conversation holding its parent (references), a new
    // mention starts its own thread.
    threadKey: inReplyTo ?? id,
    references: inReplyTo ? [inReplyTo] : [],
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

function tweetBody(tweet: Json): Body {
  const extended = isObject(tweet.extended_tweet) ? tweet.extended_tweet : null;
  const source = extended ?? tweet;
  const raw = str(source.full_text) ?? str(tweet.full_text) ?? str(tweet.text) ?? '';
  const entities = isObject(source.entities) ? source.entities : isObject(tweet.entities) ? tweet.entities : {};
  const extendedEntities = isObject(source.extended_entities)
    ? source.extended_entities
    : isObject(tweet.extended_entities)
      ? tweet.extended_entities
      : {};
  const mediaEntities = arr(extendedEntities.media).length ? arr(extendedEntities.media) : arr(entities.media);
  const mediaObjects = mediaEntities.filter(isObject);
  const range = arr(source.display_text_range ?? tweet.display_text_range);
  const displayRange =
    range.length === 2 && typeof range[0] === 'number' && typeof range[1] === 'number'
      ? ([range[0], range[1]] as const)
      : null;
  const text = readableText(raw, entities, mediaObjects, displayRange, true);
  return bodyOf(
    text,
    mediaObjects.map(mediaOf).filter((media): media is InboundAttachment => media !== null),
  );
}

/**
 * What the citizen sees: without the @names X puts in front of a reply (outside `display_text_range`), with t.co
 * links expanded and the link to attached media removed; tweets are HTML-escaped, DMs are not.
 */
function readableText(
  raw: string,
  entities: Json,
  media: Json[],
  displayRange: readonly [number, number] | null,
  htmlEscaped: boolean,
): string {
  let text = displayRange ? Array.from(raw).slice(displayRange[0], displayRange[1]).join('') : raw;
  for (const each of media) {
    const link = str(each.url);
    if (link) text = text.split(link).join('');
  }
  for (const url of arr(entities.urls).filter(isObject)) {
    const short = str(url.url);
    const expanded = str(url.expanded_url);
    if (short && expanded) text = text.split(short).join(expanded);
  }
  if (htmlEscaped) text = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return text.trim();
}

function mediaOf(media: Json): InboundAttachment | null {
  const type = str(media.type);
  let url = str(media.media_url_https) ?? str(media.media_url);
  let mediaType: MediaType = 'image';
  let mimeType: string | null = null;
  if (type === 'video' || type === 'animated_gif') {
    // media_url is the still; the film is the best MP4 among the variants.
    const variants = arr(isObject(media.video_info) ? media.video_info.variants : undefined)
      .filter(isObject)
      .filter((variant) => variant.content_type === 'video/mp4' && str(variant.url));
    variants.sort((a, b) => Number(b.bitrate ?? 0) - Number(a.bitrate ?? 0));
    if (variants[0]) {
      url = str(variants[0].url);
      mediaType = 'video';
      mimeType = 'video/mp4';
    }
  }
  if (!url) return null;
  const fileName = url.split('?')[0].split('/').pop() || null;
  return { mediaType, providerRef: url, storedPath: null, mimeType, fileName, size: null };
}

interface Body {
  content: InboundContent;
  /** A tweet may carry up to four photos: the first is the content, the others come along. */
  attachments: InboundAttachment[];
}

function bodyOf(text: string, media: InboundAttachment[]): Body {
  const [first, ...others] = media;
  if (!first?.providerRef) return { content: { kind: 'text', text }, attachments: [] };
  return {
    content: {
      kind: 'media',
      mediaType: first.mediaType,
      caption: text || null,
      providerRef: first.providerRef,
      mimeType: first.mimeType,
      fileName: first.fileName,
    },
    attachments: others,
  };
}

function parseTweetDelete(event: unknown, context: Context): InboundItem {
  const status = isObject(event) && isObject(event.status) ? event.status : null;
  const id = status ? (str(status.id) ?? str(status.id_str)) : null;
  if (!isObject(event) || !id) {
    return unattributed(context, 'tweet delete without id', event, `delete:${hashOf(event)}`);
  }
  return {
    type: 'remove',
    channel: 'twitter',
    accountId: context.accountId,
    dedupKey: `delete:${id}`,
    occurredAt: toIso(event.timestamp_ms, null, context.receivedAt),
    providerMessageId: id,
  };
}

function parseMarkRead(event: unknown, context: Context): InboundItem {
  const reader = isObject(event) ? str(event.sender_id) : null;
  const lastRead = isObject(event) ? str(event.last_read_event_id) : null;
  if (!isObject(event) || !reader || !lastRead || reader === context.accountId) {
    // Our own account reading the citizen's DM tells the inbox nothing.
    return unattributed(context, 'direct_message_mark_read_events', event, `read:${hashOf(event)}`);
  }
  const readAt = Date.parse(toIso(event.created_timestamp, null, context.receivedAt));
  // Read up to the DM read last: its id says when X took it, which is after we recorded sending it.
  const lastReadAt = snowflakeTime(lastRead);
  const upTo = lastReadAt !== null && lastReadAt <= readAt ? lastReadAt : readAt;
  return {
    type: 'watermark',
    channel: 'twitter',
    accountId: context.accountId,
    dedupKey: `read:${reader}:${lastRead}`,
    occurredAt: new Date(readAt).toISOString(),
    status: 'read',
    contactExternalId: reader,
    upTo: new Date(upTo).toISOString(),
  };
}
