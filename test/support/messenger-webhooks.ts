import { randomBytes, randomInt } from 'node:crypto';
import { postMetaWebhook } from './whatsapp-webhooks';

// Builders for the webhooks Meta posts for a Facebook Page (`object: "page"`): Messenger events in
// `entry[].messaging[]` and Page feed comments in `entry[].changes[]`, shaped after Meta's webhook references:
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events
// https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed

export { metaJson, signMeta } from './whatsapp-webhooks';

export const TEST_PAGE_ID = '104857600012345';
export const TEST_PAGE_NAME = 'Gemeente Groningen';
export const TEST_APP_ID = 1517776481860111;
export const TEST_PSID = '7012345678901234';
export const TEST_POST_ID = `${TEST_PAGE_ID}_122131676912594941`;

export interface MessengerParty {
  id: string;
}

export interface MessengerAttachment {
  type: 'image' | 'video' | 'audio' | 'file' | 'location' | 'fallback' | 'template' | 'reel' | 'ig_reel' | string;
  title?: string;
  url?: string;
  payload: Record<string, unknown> | null;
}

export interface MessengerMessage {
  mid: string;
  text?: string;
  attachments?: MessengerAttachment[];
  quick_reply?: { payload: string };
  reply_to?: { mid: string };
  sticker_id?: number;
  is_echo?: boolean;
  app_id?: number;
  metadata?: string;
}

/** One Messenger event; exactly one of message, postback, reaction, read, delivery or message_edit is set. */
export interface MessagingEvent {
  sender: MessengerParty;
  recipient: MessengerParty;
  timestamp?: number;
  message?: MessengerMessage;
  postback?: { mid?: string; title: string; payload: string };
  reaction?: { reaction: string; emoji?: string; action: 'react' | 'unreact'; mid: string };
  read?: { watermark: number };
  delivery?: { mids?: string[]; watermark: number };
  message_edit?: { mid: string; text: string; num_edit: number };
}

export interface FeedCommentValue {
  item: 'comment';
  verb: 'add' | 'edited' | 'remove';
  comment_id: string;
  post_id: string;
  parent_id: string;
  from?: { id: string; name: string };
  post?: {
    id: string;
    status_type: string;
    is_published: boolean;
    updated_time: string;
    permalink_url: string;
    promotion_status: string;
    message?: string;
  };
  message?: string;
  photo?: string;
  video?: string;
  created_time?: number;
}

export interface PageEntry {
  id: string;
  time: number;
  messaging?: MessagingEvent[];
  changes?: { field: 'feed'; value: FeedCommentValue }[];
}

export interface MessengerWebhook {
  object: 'page';
  entry: PageEntry[];
}

/** Who writes and when: the citizen (their page-scoped id) and the municipality's Page. */
export interface MessagingOptions {
  psid?: string;
  pageId?: string;
  /** The message id (`m_…`); a fresh one when left out. */
  mid?: string;
  timestamp?: Date;
  /** The mid of the message this one replies to (`reply_to.mid`). */
  replyTo?: string;
}

/** A message id as Meta writes them now: `m_` and about 85 characters of base64url. */
export function newMid(): string {
  return `m_${randomBytes(64).toString('base64url')}`;
}

/** A page-scoped user id: 16 digits. */
export function newPsid(): string {
  return String(randomInt(1_000_000, 9_999_999)) + String(randomInt(100_000_000, 999_999_999));
}

/** A post id on the Page: `<page id>_<post number>`. */
export function newPostId(pageId = TEST_PAGE_ID): string {
  return `${pageId}_${String(randomInt(100_000_000, 999_999_999))}${String(randomInt(1_000_000, 9_999_999))}`;
}

/** A comment id: `<post number>_<comment number>`. */
export function newCommentId(postId = TEST_POST_ID): string {
  const post = postId.split('_').pop() ?? postId;
  return `${post}_${String(randomInt(100_000_000, 999_999_999))}${String(randomInt(100_000, 999_999))}`;
}

function entry(pageId: string, at: Date, part: Pick<PageEntry, 'messaging' | 'changes'>): MessengerWebhook {
  // The entry time comes a few milliseconds after the event.
  return { object: 'page', entry: [{ id: pageId, time: at.getTime() + 7, ...part }] };
}

function fromCitizen(event: Omit<MessagingEvent, 'sender' | 'recipient' | 'timestamp'>, options: MessagingOptions) {
  const pageId = options.pageId ?? TEST_PAGE_ID;
  const at = options.timestamp ?? new Date();
  return entry(pageId, at, {
    messaging: [
      { sender: { id: options.psid ?? TEST_PSID }, recipient: { id: pageId }, timestamp: at.getTime(), ...event },
    ],
  });
}

function message(content: Omit<MessengerMessage, 'mid'>, options: MessagingOptions): MessengerWebhook {
  return fromCitizen(
    {
      message: {
        mid: options.mid ?? newMid(),
        ...content,
        ...(options.replyTo ? { reply_to: { mid: options.replyTo } } : {}),
      },
    },
    options,
  );
}

export function textMessage(text: string, options: MessagingOptions = {}): MessengerWebhook {
  return message({ text }, options);
}

/** A message with one or more files; each `url` is where Meta's CDN serves it (a FakeMessenger attachment URL). */
export function attachmentsMessage(
  files: { type: 'image' | 'video' | 'audio' | 'file'; url: string; stickerId?: number }[],
  options: MessagingOptions = {},
): MessengerWebhook {
  const sticker = files.find((file) => file.stickerId !== undefined)?.stickerId;
  return message(
    {
      ...(sticker !== undefined ? { sticker_id: sticker } : {}),
      attachments: files.map((file) => ({
        type: file.type,
        payload: { url: file.url, ...(file.stickerId !== undefined ? { sticker_id: file.stickerId } : {}) },
      })),
    },
    options,
  );
}

/** A shared location (the Messenger app's "Location" button, in the legacy format Meta still documents). */
export function locationMessage(
  location: { latitude: number; longitude: number; title?: string },
  options: MessagingOptions = {},
): MessengerWebhook {
  const { latitude, longitude } = location;
  return message(
    {
      attachments: [
        {
          type: 'location',
          title: location.title ?? 'Pinned Location',
          url: `https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.bing.com%2Fmaps%2Fdefault.aspx%3Fcp%3D${latitude}%257E${longitude}`,
          payload: { coordinates: { lat: latitude, long: longitude } },
        },
      ],
    },
    options,
  );
}

/** A tap on a quick reply the Page offered: the title as text, the developer payload beside it. */
export function quickReplyMessage(text: string, payload: string, options: MessagingOptions = {}): MessengerWebhook {
  return message({ text, quick_reply: { payload } }, options);
}

/** A tap on a postback button, the Get Started button or a persistent menu item. */
export function postbackEvent(
  postback: { title: string; payload: string },
  options: MessagingOptions = {},
): MessengerWebhook {
  return fromCitizen({ postback: { mid: options.mid ?? newMid(), ...postback } }, options);
}

const REACTION_NAMES: Record<string, string> = {
  '😆': 'smile',
  '😠': 'angry',
  '😢': 'sad',
  '😮': 'wow',
  '😍': 'love',
  '❤️': 'love',
  '👍': 'like',
  '👎': 'dislike',
};

/** A reaction to `mid`; without an emoji the citizen takes the reaction back (`unreact`). */
export function reactionEvent(mid: string, emoji?: string, options: MessagingOptions = {}): MessengerWebhook {
  return fromCitizen(
    {
      reaction: emoji
        ? { reaction: REACTION_NAMES[emoji] ?? 'other', emoji, action: 'react', mid }
        : { reaction: 'other', action: 'unreact', mid },
    },
    options,
  );
}

/** The citizen read everything the Page sent up to `watermark`. */
export function readEvent(watermark: Date, options: MessagingOptions = {}): MessengerWebhook {
  return fromCitizen({ read: { watermark: watermark.getTime() } }, options);
}

/** Everything the Page sent up to `watermark` reached the citizen; Meta sends no timestamp with it. */
export function deliveryEvent(watermark: Date, mids: string[] = [], options: MessagingOptions = {}): MessengerWebhook {
  const pageId = options.pageId ?? TEST_PAGE_ID;
  return entry(pageId, options.timestamp ?? watermark, {
    messaging: [
      {
        sender: { id: options.psid ?? TEST_PSID },
        recipient: { id: pageId },
        delivery: { ...(mids.length > 0 ? { mids } : {}), watermark: watermark.getTime() },
      },
    ],
  });
}

/** The citizen edited a message they sent earlier. */
export function messageEditEvent(
  mid: string,
  text: string,
  numEdit = 1,
  options: MessagingOptions = {},
): MessengerWebhook {
  return fromCitizen({ message_edit: { mid, text, num_edit: numEdit } }, options);
}

/**
 * What the Page sent, echoed: by a colleague in Meta Business Suite (no metadata) or by an app (with the metadata
 * the app gave).
 */
export function echoMessage(
  text: string,
  options: MessagingOptions & { metadata?: string; appId?: number } = {},
): MessengerWebhook {
  const pageId = options.pageId ?? TEST_PAGE_ID;
  const at = options.timestamp ?? new Date();
  return entry(pageId, at, {
    messaging: [
      {
        sender: { id: pageId },
        recipient: { id: options.psid ?? TEST_PSID },
        timestamp: at.getTime(),
        message: {
          is_echo: true,
          app_id: options.appId ?? 263902037430900,
          ...(options.metadata !== undefined ? { metadata: options.metadata } : {}),
          mid: options.mid ?? newMid(),
          text,
        },
      },
    ],
  });
}

export interface CommentOptions {
  pageId?: string;
  postId?: string;
  commentId?: string;
  /** The comment answered; the post itself for a top-level comment. */
  parentId?: string;
  /** The author; the Page itself for the Page's own comments. */
  from?: { id: string; name: string };
  /** The post's own text, when Meta includes it. */
  postMessage?: string;
  createdTime?: Date;
  photo?: string;
}

function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function feedChange(value: FeedCommentValue, pageId: string, at: Date): MessengerWebhook {
  // Feed entries count time in seconds, Messenger entries in milliseconds.
  return { object: 'page', entry: [{ id: pageId, time: unixSeconds(at), changes: [{ field: 'feed', value }] }] };
}

/** A comment on a post of the Page (or, with `parentId`, a reply to a comment). */
export function commentAdded(text: string, options: CommentOptions = {}): MessengerWebhook {
  const pageId = options.pageId ?? TEST_PAGE_ID;
  const postId = options.postId ?? TEST_POST_ID;
  const at = options.createdTime ?? new Date();
  return feedChange(
    {
      from: options.from ?? { id: TEST_PSID, name: 'Sanne de Vries' },
      post: {
        status_type: 'mobile_status_update',
        is_published: true,
        updated_time: at.toISOString().replace(/\.\d{3}Z$/, '+0000'),
        permalink_url: `https://www.facebook.com/${pageId}/posts/${postId.split('_').pop() ?? ''}`,
        promotion_status: 'inactive',
        id: postId,
        ...(options.postMessage !== undefined ? { message: options.postMessage } : {}),
      },
      message: text,
      ...(options.photo ? { photo: options.photo } : {}),
      post_id: postId,
      comment_id: options.commentId ?? newCommentId(postId),
      created_time: unixSeconds(at),
      item: 'comment',
      parent_id: options.parentId ?? postId,
      verb: 'add',
    },
    pageId,
    at,
  );
}

/** The author changed the text of a comment. */
export function commentEdited(
  commentId: string,
  text: string,
  options: Omit<CommentOptions, 'commentId'> & { editedAt?: Date } = {},
): MessengerWebhook {
  const pageId = options.pageId ?? TEST_PAGE_ID;
  const postId = options.postId ?? TEST_POST_ID;
  const editedAt = options.editedAt ?? new Date();
  return feedChange(
    {
      from: options.from ?? { id: TEST_PSID, name: 'Sanne de Vries' },
      message: text,
      post_id: postId,
      comment_id: commentId,
      created_time: unixSeconds(options.createdTime ?? editedAt),
      item: 'comment',
      parent_id: options.parentId ?? postId,
      verb: 'edited',
    },
    pageId,
    editedAt,
  );
}

/** The author (or the Page) removed a comment. */
export function commentRemoved(
  commentId: string,
  options: Omit<CommentOptions, 'commentId'> & { removedAt?: Date } = {},
): MessengerWebhook {
  const pageId = options.pageId ?? TEST_PAGE_ID;
  const postId = options.postId ?? TEST_POST_ID;
  return feedChange(
    {
      from: options.from ?? { id: TEST_PSID, name: 'Sanne de Vries' },
      post_id: postId,
      comment_id: commentId,
      item: 'comment',
      parent_id: options.parentId ?? postId,
      verb: 'remove',
    },
    pageId,
    options.removedAt ?? new Date(),
  );
}

/** Several webhooks in one POST, as Meta batches them under load: one entry each, in the order given. */
export function batch(webhooks: MessengerWebhook[]): MessengerWebhook {
  return { object: 'page', entry: webhooks.flatMap((webhook) => structuredClone(webhook.entry)) };
}

/** The mids of the Messenger messages in a webhook, in order. */
export function messageMids(webhook: MessengerWebhook): string[] {
  return webhook.entry.flatMap((each) =>
    (each.messaging ?? []).flatMap((event) => (event.message ? [event.message.mid] : [])),
  );
}

/** POSTs a webhook to the server's `/webhooks/messenger`, signed as Meta does; `appSecret: null` sends it unsigned. */
export function postMessengerWebhook(
  baseUrl: string,
  body: unknown,
  appSecret: string | null,
  extraHeaders?: Record<string, string>,
): Promise<Response> {
  return postMetaWebhook(`${baseUrl.replace(/\/+$/, '')}/webhooks/messenger`, body, appSecret, extraHeaders);
}

/** The GET Meta makes when the callback URL is saved in the app dashboard. */
export function verifyMessengerWebhook(baseUrl: string, verifyToken: string, challenge: string): Promise<Response> {
  const query = new URLSearchParams({
    'hub.mode': 'subscribe',
    'hub.verify_token': verifyToken,
    'hub.challenge': challenge,
  });
  return fetch(`${baseUrl.replace(/\/+$/, '')}/webhooks/messenger?${query.toString()}`);
}
