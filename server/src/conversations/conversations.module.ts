import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUEUES } from '@ingang/shared';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Contact } from '../contacts/contact.entity';
import { SlaModule } from '../sla/sla.module';
import { TopicsModule } from '../topics/topics.module';
import { UsersModule } from '../users/users.module';
import { Attachment } from './attachment.entity';
import { AttachmentsController } from './attachments.controller';
import { Conversation } from './conversation.entity';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';
import { DeliveryReceipt } from './delivery-receipt.entity';
import { InboundApplier } from './inbound-applier';
import { MediaProcessor } from './media.processor';
import { MediaQueue } from './media.queue';
import { Message } from './message.entity';
import { OutboundProcessor } from './outbound.processor';
import { OutboundQueue } from './outbound.queue';
import { EscalationsController } from '../escalations/escalations.controller';
import { EscalationsService } from '../escalations/escalations.service';
import { ConversationWorkflowService } from './conversation-workflow.service';
import { PeopleDirectory } from './people-directory';
import { IdleClaims } from './idle-claims';
import { AutoAssigner } from './auto-assigner';

@Module({
  imports: [
    TypeOrmModule.forFeature([Conversation, Message, Attachment, DeliveryReceipt, Contact, ContactIdentity]),
    BullModule.registerQueue({ name: QUEUES.outbound }, { name: QUEUES.media }, { name: QUEUES.claims }),
    UsersModule,
    SlaModule,
    TopicsModule,
  ],
  // Escalations are a step of a conversation's workflow: their own folder, served by this module.
  controllers: [ConversationsController, AttachmentsController, EscalationsController],
  providers: [
    ConversationsService,
    ConversationWorkflowService,
    EscalationsService,
    PeopleDirectory,
    IdleClaims,
    AutoAssigner,
    InboundApplier,
    OutboundQueue,
    OutboundProcessor,
    MediaQueue,
    MediaProcessor,
  ],
  exports: [ConversationsService, InboundApplier, MediaQueue, PeopleDirectory],
})
export class ConversationsModule {}
