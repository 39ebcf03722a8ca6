import { replyWindow } from '@ingang/shared';
import { ChannelSendError, type OutboundRequest } from '../channel.adapter';
import { OWN_MESSAGE_METADATA_PREFIX } from './messenger-webhook.parser';

// Meta refuses longer texts: a Messenger message counts 2,000 characters, a comment 8,000.
export const MAX_MESSENGER_TEXT = 2000;
export const MAX_COMMENT_TEXT = 8000;

/** Characters as Meta counts them: code points, so an emoji is one. */
export function messengerLength(text: string): number {
  return [...text].length;
}

/** One Graph API call that delivers a reply, and where its answer keeps the new id. */
export interface MessengerCall {
  path: string;
  body: Record<string, unknown>;
  /** Send API answers `{ recipient_id, message_id }`, a comment `{ id }`. */
  answerId: 'message_id' | 'id';
}

/**
 * Chooses how an answer reaches the citizen: a public comment reply, a private reply to a comment, or a Send API
 * message whose messaging type follows Messenger's windows (24 hours free, then 7 days with the HUMAN_AGENT tag).
 */
export function messengerCall(request: OutboundRequest, now: Date): MessengerCall {
  if (request.content.kind !== 'text') {
    throw new ChannelSendError(false, 'UNSUPPORTED_MESSAGE', 'Messenger has no message templates');
  }
  const text = request.content.text;
  if (request.visibility === 'public') {
    // Answer under the citizen's latest comment, so the reply shows in its thread.
    const target = request.replyToProviderId ?? request.threadKey;
    if (!target) throw new ChannelSendError(false, 'REJECTED', 'no comment or post to answer');
    return { path: `/${encodeURIComponent(target)}/comments`, body: { message: text }, answerId: 'id' };
  }
  if (messengerLength(text) > MAX_MESSENGER_TEXT) {
    throw new ChannelSendError(false, 'REJECTED', `longer than the ${MAX_MESSENGER_TEXT} characters Messenger allows`);
  }
  // Meta echoes the metadata back, so the echo of our own reply is recognised and not stored twice.
  const message = { text, metadata: `${OWN_MESSAGE_METADATA_PREFIX}${request.idempotencyKey}` };
  const path = `/${encodeURIComponent(request.accountId)}/messages`;
  if (request.threadKey && request.replyToProviderId) {
    // A private reply to a comment: one per comment, within 7 days of it; Meta finds the person by the comment.
    return {
      path,
      body: { recipient: { comment_id: request.replyToProviderId }, messaging_type: 'RESPONSE', message },
      answerId: 'message_id',
    };
  }
  const lastInboundAt = request.lastInboundAt ? new Date(request.lastInboundAt) : null;
  const window = replyWindow('messenger', lastInboundAt, now);
  if (window.state === 'closed') {
    throw new ChannelSendError(false, 'WINDOW_CLOSED', "more than 7 days since the citizen's last message");
  }
  const messagingType =
    window.state === 'tagged' ? { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } : { messaging_type: 'RESPONSE' };
  return { path, body: { recipient: { id: request.to }, ...messagingType, message }, answerId: 'message_id' };
}
