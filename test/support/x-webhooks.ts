import { createHmac, randomBytes, randomInt } from 'node:crypto';

// Account Activity API payloads as X sends them (https://docs.x.com/x-api/account-activity/introduction): DMs as
// `message_create` events with a top-level `users` map, tweets as v1.1 tweet objects (`id_str`, HTML-escaped `text`,
// `display_text_range` in code points), every payload with the subscribed account's `for_user_id`, signed with
// `x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256(consumer secret, body)>`.

/** A user as the Account Activity API describes one (DM `users` map and tweet `user` alike, trimmed). */
export interface XUser {
  id: string;
  name: string;
  screen_name: string;
  protected?: boolean;
  verified?: boolean;
  followers_count?: number;
  friends_count?: number;
}

export interface XEntities {
  hashtags: unknown[];
  symbols: unknown[];
  user_mentions: { screen_name: string; name: string; id_str: string; indices: [number, number] }[];
  urls: { url: string; expanded_url: string; display_url: string; indices: [number, number] }[];
  media?: XMedia[];
}

export interface XMedia {
  id_str: string;
  type: 'photo' | 'video' | 'animated_gif';
  url: string;
  media_url_https: string;
  display_url?: string;
  expanded_url?: string;
  video_info?: { variants: { content_type: string; url: string; bitrate?: number }[] };
}

export interface DirectMessageEvent {
  type: 'message_create';
  id: string;
  created_timestamp: string;
  message_create: {
    target: { recipient_id: string };
    sender_id: string;
    source_app_id?: string;
    message_data: {
      text: string;
      entities: XEntities;
      attachment?: { type: 'media'; media: XMedia };
    };
  };
}

/** A v1.1 tweet object as tweet_create_events carries it (the fields Ingang and most clients read). */
export interface XTweet {
  created_at: string;
  id: number;
  id_str: string;
  text: string;
  display_text_range: [number, number];
  truncated: boolean;
  source: string;
  in_reply_to_status_id: number | null;
  in_reply_to_status_id_str: string | null;
  in_reply_to_user_id: number | null;
  in_reply_to_user_id_str: string | null;
  in_reply_to_screen_name: string | null;
  user: XUser & { id_str: string };
  is_quote_status: boolean;
  entities: XEntities;
  extended_entities?: { media: XMedia[] };
  extended_tweet?: { full_text: string; display_text_range: [number, number]; entities: XEntities };
  retweeted_status?: XTweet;
  edit_history: { initial_tweet_id: string; edit_tweet_ids: string[] };
  lang: string;
  timestamp_ms: string;
}

export interface AccountActivityPayload {
  for_user_id: string;
  user_has_blocked?: boolean;
  direct_message_events?: DirectMessageEvent[];
  tweet_create_events?: XTweet[];
  tweet_delete_events?: { status: { id: string; user_id: string }; timestamp_ms: string }[];
  favorite_events?: unknown[];
  follow_events?: unknown[];
  direct_message_mark_read_events?: {
    created_timestamp: string;
    sender_id: string;
    target: { recipient_id: string };
    last_read_event_id: string;
  }[];
  direct_message_indicate_typing_events?: unknown[];
  users?: Record<string, XUser & { created_timestamp?: string }>;
  apps?: Record<string, { id: string; name: string; url: string }>;
}

/** The municipality's account: the subscribed user, `for_user_id` of every delivery. */
export const TEST_X_ACCOUNT: XUser = {
  id: '1230000000000000001',
  name: 'Gemeente Utrecht',
  screen_name: 'gemeenteutrecht',
  verified: true,
  followers_count: 48213,
  friends_count: 412,
};

export const TEST_X_CITIZEN: XUser = {
  id: '1450000000000000002',
  name: 'Sanne de Vries',
  screen_name: 'sannedv',
  followers_count: 311,
  friends_count: 280,
};

/** The app X names as `source_app_id` of DMs sent through the API. */
export const TEST_X_APP = { id: '27521016', name: 'Ingang webcare', url: 'https://ingang.example' };

const SNOWFLAKE_EPOCH = 1288834974657n;
let sequence = 0;

/** An id as X makes them: milliseconds since X's epoch in the high bits, worker and sequence below. */
export function newSnowflake(at: Date = new Date()): string {
  sequence = (sequence + 1) % 4096;
  const ms = BigInt(at.getTime()) - SNOWFLAKE_EPOCH;
  return String((ms << 22n) | (BigInt(randomInt(1024)) << 12n) | BigInt(sequence));
}

/** A citizen with a fresh id and a recognisable name. */
export function newXUser(name: string, screenName?: string): XUser {
  return {
    id: newSnowflake(),
    name,
    screen_name:
      screenName ??
      name
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 15),
    followers_count: randomInt(2000),
    friends_count: randomInt(800),
  };
}

/** `created_at` as X writes it: "Thu Nov 20 14:00:00 +0000 2025". */
export function xCreatedAt(date: Date): string {
  const [weekday, , , , time] = date.toUTCString().replace(',', '').split(' ');
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${weekday} ${month} ${day} ${time} +0000 ${date.getUTCFullYear()}`;
}

function noEntities(): XEntities {
  return { hashtags: [], symbols: [], user_mentions: [], urls: [] };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function tcoLink(): string {
  return `https://t.co/${randomBytes(8).toString('base64url').slice(0, 10)}`;
}

/** Links in `text` as X delivers them: shortened to t.co, the original in `entities.urls`. */
function shortenLinks(text: string): { text: string; urls: XEntities['urls'] } {
  const urls: XEntities['urls'] = [];
  const shortened = text.replace(/https?:\/\/[^\s]+/g, (expanded) => {
    const url = tcoLink();
    urls.push({ url, expanded_url: expanded, display_url: expanded.replace(/^https?:\/\//, ''), indices: [0, 0] });
    return url;
  });
  for (const url of urls) {
    const start = Array.from(shortened.slice(0, shortened.indexOf(url.url))).length;
    url.indices = [start, start + url.url.length];
  }
  return { text: shortened, urls };
}

function userMap(...users: XUser[]): Record<string, XUser & { created_timestamp: string }> {
  return Object.fromEntries(
    users.map((user) => [user.id, { ...user, created_timestamp: '1422556069340', protected: false, verified: false }]),
  );
}

export interface DirectMessageOptions {
  /** The citizen who writes; {@link TEST_X_CITIZEN} when left out. */
  from?: XUser;
  /** The account written to, also `for_user_id` unless that is given. */
  account?: XUser;
  /** Whose subscription this delivery is for: X delivers the same event once per subscribed participant. */
  forUserId?: string;
  id?: string;
  timestamp?: Date;
  /** A photo sent with the message, served from `mediaUrl` (X's TON store, or a fake standing in for it). */
  media?: { mediaUrl: string; id?: string };
}

function dmEvent(
  sender: XUser,
  recipient: XUser,
  text: string,
  options: { id?: string; timestamp?: Date; media?: { mediaUrl: string; id?: string }; viaApp?: boolean },
): DirectMessageEvent {
  const timestamp = options.timestamp ?? new Date();
  const { text: shortened, urls } = shortenLinks(text);
  const event: DirectMessageEvent = {
    type: 'message_create',
    id: options.id ?? newSnowflake(timestamp),
    created_timestamp: String(timestamp.getTime()),
    message_create: {
      target: { recipient_id: recipient.id },
      sender_id: sender.id,
      ...(options.viaApp ? { source_app_id: TEST_X_APP.id } : {}),
      message_data: { text: shortened, entities: { ...noEntities(), urls } },
    },
  };
  if (options.media) {
    // The DM text ends with the t.co link of the photo, as in the X apps.
    const url = tcoLink();
    event.message_create.message_data.text = `${shortened} ${url}`.trim();
    event.message_create.message_data.attachment = {
      type: 'media',
      media: {
        id_str: options.media.id ?? newSnowflake(timestamp),
        type: 'photo',
        url,
        media_url_https: options.media.mediaUrl,
        display_url: 'pic.x.com/photo',
        expanded_url: `https://x.com/messages/media/${event.id}`,
      },
    };
  }
  return event;
}

/** A citizen's direct message to the account. */
export function directMessage(text: string, options: DirectMessageOptions = {}): AccountActivityPayload {
  const from = options.from ?? TEST_X_CITIZEN;
  const account = options.account ?? TEST_X_ACCOUNT;
  return {
    for_user_id: options.forUserId ?? account.id,
    direct_message_events: [dmEvent(from, account, text, options)],
    users: userMap(from, account),
  };
}

/** The account's own DM to a citizen, as X echoes it (sent from Ingang, from the X app, or another tool). */
export function ownDirectMessage(
  text: string,
  options: { to?: XUser; account?: XUser; id?: string; timestamp?: Date; viaApp?: boolean } = {},
): AccountActivityPayload {
  const to = options.to ?? TEST_X_CITIZEN;
  const account = options.account ?? TEST_X_ACCOUNT;
  const payload: AccountActivityPayload = {
    for_user_id: account.id,
    direct_message_events: [dmEvent(account, to, text, { ...options, viaApp: options.viaApp ?? true })],
    users: userMap(to, account),
  };
  if (options.viaApp ?? true) payload.apps = { [TEST_X_APP.id]: TEST_X_APP };
  return payload;
}

export interface TweetOptions {
  /** The author; {@link TEST_X_CITIZEN} when left out. */
  from?: XUser;
  account?: XUser;
  forUserId?: string;
  id?: string;
  timestamp?: Date;
  /** The tweet this one answers: its id and author. */
  inReplyTo?: { id: string; user: XUser };
  media?: { mediaUrl: string; id?: string }[];
}

/** A v1.1 tweet object; a reply gets the author of its parent as a hidden @name in front, as X does. */
export function tweetObject(text: string, options: TweetOptions = {}): XTweet {
  const author = options.from ?? TEST_X_CITIZEN;
  const timestamp = options.timestamp ?? new Date();
  const id = options.id ?? newSnowflake(timestamp);
  const parent = options.inReplyTo;
  const prefix = parent && parent.user.id !== author.id ? `@${parent.user.screen_name} ` : '';
  const { text: shortened, urls } = shortenLinks(text);
  const media = (options.media ?? []).map((each): XMedia => ({
    id_str: each.id ?? newSnowflake(timestamp),
    type: 'photo',
    url: '',
    media_url_https: each.mediaUrl,
    display_url: 'pic.x.com/photo',
    expanded_url: `https://x.com/${author.screen_name}/status/${id}/photo/1`,
  }));
  const mediaLink = media.length ? tcoLink() : '';
  for (const each of media) each.url = mediaLink;
  const display = escapeHtml(`${prefix}${shortened}`);
  const full = mediaLink ? `${display} ${mediaLink}` : display;
  const start = Array.from(escapeHtml(prefix)).length;
  const entities: XEntities = {
    ...noEntities(),
    urls: urls.map((url) => ({
      ...url,
      indices: [url.indices[0] + start, url.indices[1] + start] as [number, number],
    })),
    ...(media.length ? { media: [media[0]] } : {}),
  };
  const mentions = [...`${prefix}${text}`.matchAll(/@(\w{1,15})/g)];
  entities.user_mentions = mentions.map((match) => ({
    screen_name: match[1],
    name: match[1],
    id_str: match[1] === parent?.user.screen_name ? parent.user.id : newSnowflake(),
    indices: [match.index ?? 0, (match.index ?? 0) + match[0].length] as [number, number],
  }));
  const tweet: XTweet = {
    created_at: xCreatedAt(timestamp),
    id: Number(id),
    id_str: id,
    text: full,
    display_text_range: [start, Array.from(display).length],
    truncated: false,
    source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    in_reply_to_status_id: parent ? Number(parent.id) : null,
    in_reply_to_status_id_str: parent?.id ?? null,
    in_reply_to_user_id: parent ? Number(parent.user.id) : null,
    in_reply_to_user_id_str: parent?.user.id ?? null,
    in_reply_to_screen_name: parent?.user.screen_name ?? null,
    user: { ...author, id_str: author.id },
    is_quote_status: false,
    entities,
    ...(media.length ? { extended_entities: { media } } : {}),
    edit_history: { initial_tweet_id: id, edit_tweet_ids: [id] },
    lang: 'nl',
    timestamp_ms: String(timestamp.getTime()),
  };
  // Over 140 characters the classic `text` is cut and the whole text sits in extended_tweet.
  if (Array.from(full).length > 140) {
    tweet.extended_tweet = {
      full_text: full,
      display_text_range: tweet.display_text_range,
      entities,
    };
    tweet.text = `${Array.from(full).slice(0, 113).join('')}… ${tcoLink()}`;
    tweet.display_text_range = [start, Array.from(tweet.text).length];
    tweet.truncated = true;
  }
  return tweet;
}

function tweetPayload(tweet: XTweet, forUserId: string): AccountActivityPayload {
  return { for_user_id: forUserId, tweet_create_events: [tweet] };
}

/** A citizen's tweet that names the account: "@gemeenteutrecht …" is put in front unless `text` has it already. */
export function mention(text: string, options: TweetOptions = {}): AccountActivityPayload {
  const account = options.account ?? TEST_X_ACCOUNT;
  const named = text.includes(`@${account.screen_name}`) ? text : `@${account.screen_name} ${text}`;
  return tweetPayload(tweetObject(named, options), options.forUserId ?? account.id);
}

/** A citizen's reply to a tweet (the account's answer, or their own earlier tweet). */
export function replyTweet(
  text: string,
  inReplyTo: { id: string; user: XUser },
  options: TweetOptions = {},
): AccountActivityPayload {
  const account = options.account ?? TEST_X_ACCOUNT;
  return tweetPayload(tweetObject(text, { ...options, inReplyTo }), options.forUserId ?? account.id);
}

/** The account's own reply tweet, as X echoes it. */
export function ownReplyTweet(
  text: string,
  inReplyTo: { id: string; user: XUser },
  options: Omit<TweetOptions, 'from' | 'inReplyTo'> = {},
): AccountActivityPayload {
  const account = options.account ?? TEST_X_ACCOUNT;
  return tweetPayload(tweetObject(text, { ...options, from: account, inReplyTo }), options.forUserId ?? account.id);
}

/** The account's own tweet that answers no one (an announcement). */
export function ownTweet(text: string, options: Omit<TweetOptions, 'from' | 'inReplyTo'> = {}): AccountActivityPayload {
  const account = options.account ?? TEST_X_ACCOUNT;
  return tweetPayload(tweetObject(text, { ...options, from: account }), options.forUserId ?? account.id);
}

/** Someone liked one of the account's tweets. */
export function favoriteEvent(tweet: XTweet, by: XUser = TEST_X_CITIZEN, account: XUser = TEST_X_ACCOUNT) {
  const now = new Date();
  return {
    for_user_id: account.id,
    favorite_events: [
      {
        id: randomBytes(16).toString('hex'),
        created_at: xCreatedAt(now),
        timestamp_ms: now.getTime(),
        favorited_status: tweet,
        user: { ...by, id_str: by.id },
      },
    ],
  } satisfies AccountActivityPayload;
}

/** Someone followed the account. */
export function followEvent(by: XUser = TEST_X_CITIZEN, account: XUser = TEST_X_ACCOUNT) {
  return {
    for_user_id: account.id,
    follow_events: [
      {
        type: 'follow',
        created_timestamp: String(Date.now()),
        target: { ...account, id_str: account.id },
        source: { ...by, id_str: by.id },
      },
    ],
  } satisfies AccountActivityPayload;
}

/** The citizen opened the DM conversation and read up to `lastReadEventId`. */
export function markRead(
  lastReadEventId: string,
  by: XUser = TEST_X_CITIZEN,
  account: XUser = TEST_X_ACCOUNT,
): AccountActivityPayload {
  return {
    for_user_id: account.id,
    direct_message_mark_read_events: [
      {
        created_timestamp: String(Date.now()),
        sender_id: by.id,
        target: { recipient_id: account.id },
        last_read_event_id: lastReadEventId,
      },
    ],
    users: userMap(by, account),
  };
}

/** A tweet was deleted by its author. */
export function tweetDelete(tweetId: string, by: XUser = TEST_X_CITIZEN, account: XUser = TEST_X_ACCOUNT) {
  return {
    for_user_id: account.id,
    tweet_delete_events: [{ status: { id: tweetId, user_id: by.id }, timestamp_ms: String(Date.now()) }],
  } satisfies AccountActivityPayload;
}

/** The tweet object inside a tweet payload (to reply to it, or to like it). */
export function tweetOf(payload: AccountActivityPayload): XTweet {
  const tweet = payload.tweet_create_events?.[0];
  if (!tweet) throw new Error('tweetOf: the payload has no tweet');
  return tweet;
}

/** The DM event inside a DM payload. */
export function directMessageOf(payload: AccountActivityPayload): DirectMessageEvent {
  const event = payload.direct_message_events?.[0];
  if (!event) throw new Error('directMessageOf: the payload has no DM');
  return event;
}

/** `x-twitter-webhooks-signature`: `sha256=` + base64 HMAC-SHA256 of the raw body with the consumer secret. */
export function signX(rawBody: string | Buffer, consumerSecret: string): string {
  return `sha256=${createHmac('sha256', consumerSecret).update(rawBody).digest('base64')}`;
}

/** The answer X expects to a CRC. */
export function crcResponseToken(crcToken: string, consumerSecret: string): string {
  return `sha256=${createHmac('sha256', consumerSecret).update(crcToken).digest('base64')}`;
}

/** POSTs a payload to exactly `url` as X does; `consumerSecret: null` sends it unsigned. */
export async function postXWebhook(
  url: string,
  body: unknown,
  consumerSecret: string | null,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (consumerSecret !== null) headers['x-twitter-webhooks-signature'] = signX(raw, consumerSecret);
  return fetch(url, { method: 'POST', headers: { ...headers, ...extraHeaders }, body: raw });
}

/** POSTs a payload to the server's `/webhooks/twitter`. */
export function postTwitterWebhook(
  baseUrl: string,
  body: unknown,
  consumerSecret: string | null,
  extraHeaders?: Record<string, string>,
): Promise<Response> {
  return postXWebhook(`${baseUrl.replace(/\/+$/, '')}/webhooks/twitter`, body, consumerSecret, extraHeaders);
}

/** The GET X makes at registration and about every hour after. */
export function crcCheck(baseUrl: string, crcToken: string): Promise<Response> {
  const query = new URLSearchParams({ crc_token: crcToken, nonce: randomBytes(8).toString('hex') });
  return fetch(`${baseUrl.replace(/\/+$/, '')}/webhooks/twitter?${query.toString()}`);
}

/** The app's keys and the account's user token, as the developer portal hands them out. */
export interface XCredentials {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

export function newXCredentials(account: XUser = TEST_X_ACCOUNT): XCredentials {
  const base62 = (bytes: number) =>
    randomBytes(bytes)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '');
  return {
    consumerKey: base62(20).slice(0, 25),
    consumerSecret: base62(40).slice(0, 50),
    accessToken: `${account.id}-${base62(32).slice(0, 30)}`,
    accessTokenSecret: base62(40).slice(0, 45),
  };
}

/** The server settings for X: the credentials and the API base of a fake X. */
export function twitterEnv(credentials: XCredentials, apiBase: string): Record<string, string> {
  return {
    TWITTER_CONSUMER_KEY: credentials.consumerKey,
    TWITTER_CONSUMER_SECRET: credentials.consumerSecret,
    TWITTER_ACCESS_TOKEN: credentials.accessToken,
    TWITTER_ACCESS_TOKEN_SECRET: credentials.accessTokenSecret,
    TWITTER_API_BASE: apiBase,
  };
}
