import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUEUES } from '@ingang/shared';
import { Conversation } from '../conversations/conversation.entity';
import { SlaProcessor } from './sla.processor';
import { SlaScheduler } from './sla.scheduler';

@Module({
  imports: [TypeOrmModule.forFeature([Conversation]), BullModule.registerQueue({ name: QUEUES.sla })],
  providers: [SlaScheduler, SlaProcessor],
})
export class SlaModule {}
