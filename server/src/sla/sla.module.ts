import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUEUES } from '@ingang/shared';
import { Conversation } from '../conversations/conversation.entity';
import { SlaRecomputer } from './sla-recomputer';
import { SlaSettingsController } from './sla-settings.controller';
import { SlaSettingsRow } from './sla-settings.entity';
import { SlaSettingsService } from './sla-settings.service';
import { SlaProcessor } from './sla.processor';
import { SlaScheduler } from './sla.scheduler';
import { TestClockController } from './test-clock.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Conversation, SlaSettingsRow]), BullModule.registerQueue({ name: QUEUES.sla })],
  controllers: [SlaSettingsController, TestClockController],
  providers: [SlaSettingsService, SlaScheduler, SlaRecomputer, SlaProcessor],
  exports: [SlaSettingsService],
})
export class SlaModule {}
