import type { ContactIdentityDto, ConversationDetailDto, ConversationSummaryDto } from '@ingang/shared';

export interface OtherRoutes {
  /** The citizen's newest conversation on each other channel: answer there. */
  conversations: ConversationSummaryDto[];
  /** Addresses on other channels without a conversation yet. */
  addresses: ContactIdentityDto[];
}

/** Where else the citizen can be reached when this channel's window has closed for good. */
export function otherRoutes(
  detail: Pick<ConversationDetailDto, 'conversation' | 'identities' | 'history'>,
): OtherRoutes {
  const current = detail.conversation.channel;
  const conversations: ConversationSummaryDto[] = [];
  for (const other of detail.history) {
    if (other.channel === current || conversations.some((each) => each.channel === other.channel)) continue;
    conversations.push(other);
  }
  const addresses = detail.identities.filter(
    (identity) =>
      identity.channel !== current &&
      !detail.history.some(
        (other) => other.channel === identity.channel && other.contact.handle === identity.externalId,
      ),
  );
  return { conversations, addresses };
}
