import { z } from 'zod';
import { CHANNELS } from '../channels';
import type { ContactIdentityDto, ConversationSummaryDto } from './conversation';

export interface ContactSummaryDto {
  id: string;
  displayName: string;
  identities: ContactIdentityDto[];
}

export interface ContactDetailDto extends ContactSummaryDto {
  /** Every conversation of this citizen, on any channel, newest first. */
  conversations: ConversationSummaryDto[];
}

export const searchContactsQuerySchema = z.object({
  query: z.string().trim().min(2).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** Another contact turns out to be the same citizen: its addresses and conversations move to this one. */
export const mergeContactRequestSchema = z.object({ otherContactId: z.uuid() }).strict();

/** The agent knows another address of this citizen (e.g. the e-mail address given in a chat). */
export const linkIdentityRequestSchema = z
  .object({
    channel: z.enum(CHANNELS),
    externalId: z.string().trim().min(1).max(255),
  })
  .strict();

export const updateContactRequestSchema = z.object({ displayName: z.string().trim().min(1).max(200) }).strict();
