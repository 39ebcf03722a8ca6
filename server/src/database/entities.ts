import { Session } from '../auth/session.entity';
import { ChannelAccount } from '../channel-accounts/channel-account.entity';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Contact } from '../contacts/contact.entity';
import { Attachment } from '../conversations/attachment.entity';
import { Conversation } from '../conversations/conversation.entity';
import { DeliveryReceipt } from '../conversations/delivery-receipt.entity';
import { Message } from '../conversations/message.entity';
import { Department } from '../departments/department.entity';
import { SlaSettingsRow } from '../sla/sla-settings.entity';
import { InboundEvent } from '../ingest/inbound-event.entity';
import { User } from '../users/user.entity';
import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema';
import { PublicThreadsAndMail1763990000000 } from './migrations/1763990000000-public-threads-and-mail';
import { ChannelAccounts1764100000000 } from './migrations/1764100000000-channel-accounts';
import { SlaDeadline1764200000000 } from './migrations/1764200000000-sla-deadline';
import { Departments1764300000000 } from './migrations/1764300000000-departments';
import { SlaSettings1764310000000 } from './migrations/1764310000000-sla-settings';

export const ENTITIES = [
  User,
  Session,
  Contact,
  ContactIdentity,
  Conversation,
  Message,
  Attachment,
  DeliveryReceipt,
  InboundEvent,
  ChannelAccount,
  Department,
  SlaSettingsRow,
];
export const MIGRATIONS = [
  InitialSchema1763900000000,
  PublicThreadsAndMail1763990000000,
  ChannelAccounts1764100000000,
  SlaDeadline1764200000000,
  Departments1764300000000,
  SlaSettings1764310000000,
];
