import { MAX_REPLY_LENGTH, type Channel, type Visibility } from '@ingang/shared';

// A reply tweet may hold 280 characters; Messenger refuses a direct message over 2,000.
export const MAX_TWEET_LENGTH = 280;
export const MAX_MESSENGER_MESSAGE_LENGTH = 2000;

export interface ReplyTextLimit {
  max: number;
  /** tweet: the counter is the agent's main guide and turns red at 280. */
  kind: 'tweet' | 'channel' | 'api';
  count(text: string): number;
}

/**
 * Characters as the agent sees them: code points after NFC, so an emoji or an "ë" typed as e + ¨ counts once.
 * X itself also weighs links (23) and CJK (2); the server checks that and answers 400 when it disagrees.
 */
export function countCharacters(text: string): number {
  return [...text.normalize('NFC')].length;
}

// The API's own limit, counted as it counts (UTF-16 code units).
const apiLength = (text: string) => text.length;

/** The limit a reply on this channel and with this visibility must stay within; the text is counted trimmed. */
export function replyTextLimit(channel: Channel, visibility: Visibility): ReplyTextLimit {
  if (channel === 'twitter' && visibility === 'public') {
    return { max: MAX_TWEET_LENGTH, kind: 'tweet', count: countCharacters };
  }
  if (channel === 'messenger' && visibility === 'private') {
    return { max: MAX_MESSENGER_MESSAGE_LENGTH, kind: 'channel', count: countCharacters };
  }
  return { max: MAX_REPLY_LENGTH, kind: 'api', count: apiLength };
}
