import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/session.entity';
import { CallbackAttempt } from '../callbacks/callback-attempt.entity';
import { CallbackRequest } from '../callbacks/callback-request.entity';
import { ChannelAccount } from '../channel-accounts/channel-account.entity';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Contact } from '../contacts/contact.entity';
import { Attachment } from '../conversations/attachment.entity';
import { Conversation } from '../conversations/conversation.entity';
import { DeliveryReceipt } from '../conversations/delivery-receipt.entity';
import { Message } from '../conversations/message.entity';
import { Department } from '../departments/department.entity';
import { SlaSettingsRow } from '../sla/sla-settings.entity';
import { ConversationTopic } from '../topics/conversation-topic.entity';
import { Outcome } from '../topics/outcome.entity';
import { Topic } from '../topics/topic.entity';
import { WorkflowSettingsRow } from '../topics/workflow-settings.entity';
import { Escalation } from '../escalations/escalation.entity';
import { InboundEvent } from '../ingest/inbound-event.entity';
import { StandardAnswer } from '../knowledge/standard-answer.entity';
import { User } from '../users/user.entity';
import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema';
import { PublicThreadsAndMail1763990000000 } from './migrations/1763990000000-public-threads-and-mail';
import { ChannelAccounts1764100000000 } from './migrations/1764100000000-channel-accounts';
import { SlaDeadline1764200000000 } from './migrations/1764200000000-sla-deadline';
import { Departments1764300000000 } from './migrations/1764300000000-departments';
import { SlaSettings1764310000000 } from './migrations/1764310000000-sla-settings';
import { Workflow1764500000000 } from './migrations/1764500000000-workflow';
import { StandardAnswers1764510000000 } from './migrations/1764510000000-standard-answers';
import { TopicsAndOutcomes1764520000000 } from './migrations/1764520000000-topics-and-outcomes';
import { Csat1764550000000 } from './migrations/1764550000000-csat';
import { AutoAssign1764560000000 } from './migrations/1764560000000-auto-assign';
import { Callbacks1764530000000 } from './migrations/1764530000000-callbacks';

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
  Topic,
  Outcome,
  ConversationTopic,
  WorkflowSettingsRow,
  Escalation,
  AuditEvent,
  StandardAnswer,
  CallbackRequest,
  CallbackAttempt,
];
export const MIGRATIONS = [
  InitialSchema1763900000000,
  PublicThreadsAndMail1763990000000,
  ChannelAccounts1764100000000,
  SlaDeadline1764200000000,
  Departments1764300000000,
  SlaSettings1764310000000,
  Workflow1764500000000,
  StandardAnswers1764510000000,
  TopicsAndOutcomes1764520000000,
  Callbacks1764530000000,
  Csat1764550000000,
  AutoAssign1764560000000,
];
