import type { Channel, ConversationSummaryDto, Visibility } from '@ingang/shared';

/** A public thread is answered in public unless the agent chooses otherwise; a private one only privately. */
export function defaultReplyVisibility(conversation: Pick<ConversationSummaryDto, 'visibility'>): Visibility {
  return conversation.visibility;
}

/** The choices the reply box offers: none for a private conversation, public first for a public one. */
export function replyVisibilityChoices(conversation: Pick<ConversationSummaryDto, 'visibility'>): Visibility[] {
  return conversation.visibility === 'public' ? ['public', 'private'] : [];
}

// Each channel names its public and private answers in its own words ("reply-tweet", "Direct bericht").
const CHANNELS_WITH_OWN_WORDS: readonly Channel[] = ['messenger', 'twitter'];

/** The i18n key of an option's label, e.g. `replyVisibility.twitter.public` → "Openbare reply-tweet". */
export function replyVisibilityLabelKey(channel: Channel, visibility: Visibility): string {
  const group = CHANNELS_WITH_OWN_WORDS.includes(channel) ? channel : 'default';
  return `replyVisibility.${group}.${visibility}`;
}
