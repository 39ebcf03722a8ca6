import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUEUES } from '@ingang/shared';
import { ConversationsModule } from '../conversations/conversations.module';
import { InboundEvent } from './inbound-event.entity';
import { InboundEventStore } from './inbound-event.store';
import { InboundProcessor } from './inbound.processor';
import { InboundQueue } from './inbound.queue';
import { ImapPoller } from './imap.poller';
import { IngestService } from './ingest.service';
import { SmtpReceiver } from './smtp.receiver';
import { WebhooksController } from './webhooks.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([InboundEvent]),
    BullModule.registerQueue({ name: QUEUES.inbound }),
    ConversationsModule,
  ],
  controllers: [WebhooksController],
  providers: [InboundEventStore, InboundQueue, InboundProcessor, IngestService, SmtpReceiver, ImapPoller],
})
export class IngestModule {}
